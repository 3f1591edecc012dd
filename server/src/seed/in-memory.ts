import { migrateDatabase, openDatabase } from '../kernel/db/client.js';
import type { Env } from '../kernel/env.js';
import { EventBus } from '../kernel/events.js';
import type { SeedScale } from './demo-city.js';
import { seedAll } from './run.js';

/**
 * A first start's demo city, seeded in an in-memory PGlite and handed over as a dump of its data folder: the
 * seed's writes then never go through the on-disk folder one page at a time (on this kind of machine that took the
 * city's first start from about 90 s to between 125 and 160 s, with pauses of up to a minute).
 */
export async function seedInMemory(env: Env, scale: SeedScale, log: (m: string) => void) {
  const database = await openDatabase({});
  try {
    await migrateDatabase(database);
    const demo = await seedAll({ database, db: database.db, env, events: new EventBus() }, scale, log);
    const dump = await database.pglite!.dumpDataDir('none');
    return { demo, dump };
  } finally {
    await database.close();
  }
}
