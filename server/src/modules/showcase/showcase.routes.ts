import type { App, ModuleContext } from '../../kernel/module.js';
import { competitionsRoutes } from './competitions/competitions.routes.js';
import { submissionsRoutes } from './competitions/submissions.routes.js';
import { reviewRoutes } from './review/review.routes.js';
import { workbenchRoutes } from './review/workbench.routes.js';

/** Innovation case competitions: calls, cases, blind review, normalisation, awards. */
export function showcaseRoutes(app: App, ctx: ModuleContext) {
  competitionsRoutes(app, ctx);
  submissionsRoutes(app, ctx);
  reviewRoutes(app, ctx);
  workbenchRoutes(app, ctx);
}
