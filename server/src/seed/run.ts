import type { ModuleContext } from '../kernel/module.js';
import { allModules, defineModulePermissions, ensureReferenceData } from '../app.js';
import { vacuumAnalyze } from '../kernel/db/analyze.js';
import { seedPointsFromRecords } from '../kernel/points/points.seed.js';
import { seedDemoCity, type DemoAccount, type SeedScale } from './demo-city.js';

/** Demo city first, then every module's own demo data, in manifest order; last, the points those records earned. */
export async function seedAll(ctx: ModuleContext, scale: SeedScale, log: (m: string) => void, seed = 2026, opts: { living?: boolean } = {}): Promise<DemoAccount[]> {
  defineModulePermissions();
  await ensureReferenceData(ctx);
  const demo = await seedDemoCity(ctx.db, {
    scale,
    seed,
    demoPassword: ctx.env.DEMO_PASSWORD,
    mustChangePassword: !ctx.env.DEMO_MODE,
    youngRatio: ctx.env.SEED_YOUNG_RATIO,
    log,
  });
  if (demo.length === 0) return demo; // already seeded on an earlier start
  for (const m of allModules) {
    if (m.seed) {
      log(`seed: ${m.name}`);
      await m.seed(ctx, { scale, seed, demoPassword: ctx.env.DEMO_PASSWORD, log, living: opts.living });
    }
  }
  log('seed: points');
  await seedPointsFromRecords(ctx, { seed, log });
  await vacuumAnalyze(ctx.db);
  return demo;
}
