import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { startPgliteWorker } from './pglite-worker.js';
import { PreparingClient } from './prepared-client.js';
import { PipelinedPool } from './pipelined-pool.js';

/** One Drizzle type for both drivers; code never needs to know which one it has. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'pg';
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL → node-postgres pool; otherwise PGlite. */
  url?: string;
  /** PGlite data folder; omitted → in memory. */
  dataDir?: string;
  /** PGlite: start from a dumped data folder (tests use a migrated template). */
  loadDataDir?: Blob;
  poolSize?: number;
  /** PostgreSQL: connections that carry single statements outside transactions pipelined (see PipelinedPool); 0: none. */
  pipeline?: number;
  /** node-postgres pools (PostgreSQL, the PGlite worker): parameterised statements as named prepared statements (default). */
  prepare?: boolean;
  /** PGlite in a worker thread (PGLITE_WORKER): its queries no longer hold up this thread's event loop. */
  worker?: boolean;
  /** PGlite (in this thread): extra `-c name=value` settings after PGlite's own start parameters. */
  settings?: Record<string, string>;
}

export const DEFAULT_PIPELINE = 2;

export const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const config = { connectionString: opts.url, max: opts.poolSize ?? 10, Client: opts.prepare === false ? pg.Client : PreparingClient };
    const lanes = opts.pipeline ?? DEFAULT_PIPELINE;
    const pool = lanes > 0 ? new PipelinedPool(config, lanes) : new pg.Pool(config);
    pool.on('error', () => {}); // idle client errors (server restart) surface on the next query instead
    const db = drizzlePg({ client: pool }) as unknown as Db;
    return { db, kind: 'pg', pool, close: () => pool.end() };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  if (opts.worker) {
    const worker = await startPgliteWorker({ dataDir: opts.dataDir, loadDataDir: opts.loadDataDir, poolSize: opts.poolSize ?? 10, prepare: opts.prepare !== false });
    const db = drizzlePg({ client: worker.pool }) as unknown as Db;
    return { db, kind: 'pglite', pool: worker.pool, close: () => worker.close() };
  }
  // btree_gist: the venue bookings' exclusion constraint (migration 0009) needs it, on every copy of the database.
  const startParams = opts.settings ? [...PGlite.defaultStartParams, ...Object.entries(opts.settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])] : undefined;
  const pglite = new PGlite({ dataDir: opts.dataDir, loadDataDir: opts.loadDataDir, extensions: { btree_gist }, startParams });
  await pglite.waitReady;
  const db = drizzlePglite({ client: pglite }) as unknown as Db;
  return { db, kind: 'pglite', pglite, close: () => pglite.close() };
}

/**
 * Applies the one migration stream; on a server, several processes may start at once, so take a lock.
 * `folder` is for tests that replay part of the stream (the upgrade test).
 */
export async function migrateDatabase(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.kind === 'pglite' && !database.pglite) {
    // PGlite in a worker thread, over the wire protocol: one process, so no lock.
    await migratePg(database.db as never, { migrationsFolder: folder });
    return;
  }
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder: folder });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7270701)');
    await migratePg(database.db as never, { migrationsFolder: folder });
  } finally {
    await client.query('SELECT pg_advisory_unlock(7270701)').catch(() => {});
    client.release();
  }
}

/** Runs raw SQL and returns its rows on either driver. */
export async function rows<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** All-or-nothing: every write inside `fn` commits together or not at all. */
export function transaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db));
}

export async function ping(db: Db): Promise<boolean> {
  await db.execute(sql`select 1`);
  return true;
}
