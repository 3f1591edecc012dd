import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDatabase, openDatabase } from '../kernel/db/client.js';
import type { Env } from '../kernel/env.js';
import { EventBus } from '../kernel/events.js';
import type { SeedScale } from './demo-city.js';
import { seedAll } from './run.js';

/**
 * Settings of the throw-away in-memory instance only: sorts and hashes of the seed's set-based inserts stay in memory,
 * and no page is written twice to a log nobody replays (the instance is shut down cleanly before its files are kept).
 */
const seedSettings = { work_mem: '64MB', maintenance_work_mem: '256MB', wal_init_zero: 'off', full_page_writes: 'off' };

/** Emscripten's file system inside PGlite, where an in-memory instance keeps its data folder. */
interface MemoryFs {
  readdir(path: string): string[];
  stat(path: string): { mode: number };
  isDir(mode: number): boolean;
  readFile(path: string): Uint8Array;
}
const memoryDataFolder = '/pglite/data';

function copyOut(fs: MemoryFs, from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of fs.readdir(from)) {
    if (name === '.' || name === '..') continue;
    const path = `${from}/${name}`;
    if (fs.isDir(fs.stat(path).mode)) copyOut(fs, path, join(to, name));
    else writeFileSync(join(to, name), fs.readFile(path));
  }
}

/**
 * A first start's demo city, seeded in an in-memory PGlite, shut down cleanly and written out as the data folder
 * `dataDir`: the seed's writes never go through the on-disk folder one page at a time (on this kind of machine that
 * took the city's first start from about 90 s to between 125 and 160 s), and the folder opens like any restart's
 * (loading a dump of it instead took 13 s more at city scale).
 */
export async function seedInMemory(env: Env, scale: SeedScale, log: (m: string) => void, dataDir: string) {
  const database = await openDatabase({ settings: seedSettings });
  const fs = (database.pglite as unknown as { mod: { FS: MemoryFs } }).mod.FS;
  let closed = false;
  try {
    await migrateDatabase(database);
    const demo = await seedAll({ database, db: database.db, env, events: new EventBus() }, scale, log);
    await database.close();
    closed = true;
    // Beside the folder first and renamed when whole: a start stopped half-way leaves no half folder to open.
    const partial = `${dataDir}.partial`;
    rmSync(partial, { recursive: true, force: true });
    copyOut(fs, memoryDataFolder, partial);
    rmSync(dataDir, { recursive: true, force: true });
    renameSync(partial, dataDir);
    return { demo };
  } finally {
    if (!closed) await database.close();
  }
}

