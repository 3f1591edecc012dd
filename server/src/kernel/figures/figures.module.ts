import type { Database } from '../db/client.js';
import type { ModuleContext, VanguardModule } from '../module.js';
import { FiguresEngine, registryOf } from './figures.engine.js';
import { figuresRoutes } from './figures.routes.js';
import { computeCaseGauges, followCaseGauges } from './case-gauges.js';

/**
 * The figures kernel module: every module's registered metrics served for a scope and period (values, series,
 * breakdowns, records), the case figures beside them, and the case figures computed on a schedule for /metrics.
 */
let installed: () => readonly VanguardModule[] = () => [];
const engines = new WeakMap<Database, FiguresEngine>();
const engineFor = (ctx: ModuleContext) => {
  let e = engines.get(ctx.database);
  if (!e) engines.set(ctx.database, (e = new FiguresEngine(ctx, () => registryOf(installed()))));
  return e;
};

/**
 * The figures of the installed modules, for a module that computes from other modules' registered metrics
 * (squads' 五比 scoring reads learning and contests only through these): `get(name)`, `value`, `byPeople`.
 */
export const figuresFor = (ctx: ModuleContext): FiguresEngine => engineFor(ctx);

export function figuresModule(modules: () => readonly VanguardModule[]): VanguardModule {
  installed = modules;
  return {
    name: 'figures',
    routes: figuresRoutes(engineFor),
    subscribe: (ctx) => followCaseGauges(ctx.database),
    jobs: (ctx) => ({ 'figures.case_gauges': async () => void (await computeCaseGauges(ctx.database, engineFor(ctx))) }),
    schedules: [{ name: 'figures.case_gauges', everySeconds: 300 }],
  };
}
