import type { App, ModuleContext } from '../../kernel/module.js';
import { venuesRoutes } from './venues/venues.routes.js';
import { bookingsRoutes } from './bookings/bookings.routes.js';
import { projectsRoutes } from './projects/projects.routes.js';
import { brandsRoutes } from './brands/brands.routes.js';

/** Venues, bookings and their approval queue, 第一粒扣子 projects, brands. */
export function basesRoutes(app: App, ctx: ModuleContext) {
  venuesRoutes(app, ctx);
  bookingsRoutes(app, ctx);
  projectsRoutes(app, ctx);
  brandsRoutes(app, ctx);
}
