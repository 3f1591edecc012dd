import type { App, ModuleContext } from '../../kernel/module.js';
import { competitionsRoutes } from './competitions/competitions.routes.js';
import { submissionsRoutes } from './competitions/submissions.routes.js';
import { reviewRoutes } from './review/review.routes.js';
import { workbenchRoutes } from './review/workbench.routes.js';
import { exemplarRoutes } from './role-models/role-models.routes.js';
import { roundRoutes } from './role-models/rounds.routes.js';
import { answersRoutes } from './answers/answers.routes.js';
import { certificateRoutes } from './review/certificates.routes.js';

/** Innovation case competitions (calls, cases, blind review, normalisation, awards), role models and votes, 我们的答卷. */
export function showcaseRoutes(app: App, ctx: ModuleContext) {
  competitionsRoutes(app, ctx);
  submissionsRoutes(app, ctx);
  reviewRoutes(app, ctx);
  workbenchRoutes(app, ctx);
  exemplarRoutes(app, ctx);
  roundRoutes(app, ctx);
  answersRoutes(app, ctx);
  certificateRoutes(app, ctx);
}
