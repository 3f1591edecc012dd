import type { App, ModuleContext } from '../../kernel/module.js';
import { squadsRoutes } from './squads/squads.routes.js';
import { membersRoutes } from './members/members.routes.js';
import { mySquadRoutes } from './members/my-squad.routes.js';
import { tasksRoutes } from './tasks/tasks.routes.js';
import { myTasksRoutes } from './tasks/my-tasks.routes.js';
import { evidenceRoutes } from './tasks/evidence.routes.js';
import { innovationsRoutes } from './innovations/innovations.routes.js';

/** The squads, their membership, hard tasks and innovations (scoring brings its own routes). */
export function squadsCoreRoutes(app: App, ctx: ModuleContext) {
  squadsRoutes(app, ctx);
  membersRoutes(app, ctx);
  mySquadRoutes(app, ctx);
  tasksRoutes(app, ctx);
  myTasksRoutes(app, ctx);
  evidenceRoutes(app, ctx);
  innovationsRoutes(app, ctx);
}
