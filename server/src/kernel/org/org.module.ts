import type { VanguardModule } from '../module.js';
import { orgRoutes } from './org.routes.js';
import { peopleRoutes } from './people.routes.js';

/** The organisation tree and its people. */
export const orgModule: VanguardModule = {
  name: 'org',
  routes(app, ctx) {
    orgRoutes(app, ctx);
    peopleRoutes(app, ctx);
  },
};
