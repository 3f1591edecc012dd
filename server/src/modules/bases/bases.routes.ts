import type { App, ModuleContext } from '../../kernel/module.js';
import { venuesRoutes } from './venues/venues.routes.js';
import { bookingsRoutes } from './bookings/bookings.routes.js';
import { projectsRoutes } from './projects/projects.routes.js';
import { brandsRoutes } from './brands/brands.routes.js';
import { readingRoutes } from './reading/reading.routes.js';

/** Venues, bookings and their approval queue, 第一粒扣子 projects, brands, 读书分享会. */
export function basesRoutes(app: App, ctx: ModuleContext) {
  venuesRoutes(app, ctx);
  bookingsRoutes(app, ctx);
  projectsRoutes(app, ctx);
  brandsRoutes(app, ctx);
  readingRoutes(app, ctx);
}
