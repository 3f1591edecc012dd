import type { App, ModuleContext } from '../../kernel/module.js';
import { entrepreneursRoutes } from './entrepreneurs/entrepreneurs.routes.js';
import { publicPairingRoutes } from './entrepreneurs/public.routes.js';
import { pairsRoutes } from './pairs/pairs.routes.js';
import { myPairsRoutes } from './pairs/my-pairs.routes.js';
import { concernsRoutes } from './concerns/concerns.routes.js';
import { researchRoutes } from './research/research.routes.js';
import { myResearchRoutes } from './research/my-research.routes.js';
import { outputFileRoutes } from './research/output-file.routes.js';
import { coStudyRoutes } from './costudy/costudy.routes.js';

/** Entrepreneurs (directory, review, public form), pairs and contact logs, concerns. */
export function pairingRoutes(app: App, ctx: ModuleContext) {
  entrepreneursRoutes(app, ctx);
  publicPairingRoutes(app, ctx);
  pairsRoutes(app, ctx);
  myPairsRoutes(app, ctx);
  concernsRoutes(app, ctx);
  researchRoutes(app, ctx);
  myResearchRoutes(app, ctx);
  outputFileRoutes(app, ctx);
  coStudyRoutes(app, ctx);
}
