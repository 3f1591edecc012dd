import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SharedSessionPreparingClient } from './prepared-client.js';

export interface PgliteWorker {
  pool: pg.Pool;
  dump(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * PGlite in a worker thread, reached through node-postgres over a Unix socket. PGlite runs every
 * query on the thread that owns it; in the server's own thread a heavy query would hold up every
 * socket (live contests included). Queries still run one at a time, as they do in-process.
 */
export async function startPgliteWorker(opts: { dataDir?: string; loadDataDir?: Blob; poolSize: number; prepare: boolean }): Promise<PgliteWorker> {
  const socketDir = mkdtempSync(join(tmpdir(), 'vg-pglite-'));
  // A process that exits without close() (a crash, a test runner's kill) leaves no socket folder behind.
  const removeSocketDir = () => rmSync(socketDir, { recursive: true, force: true });
  process.once('exit', removeSocketDir);
  const port = 5432;
  const loadDataDir = opts.loadDataDir ? new Uint8Array(await opts.loadDataDir.arrayBuffer()) : undefined;
  const worker = new Worker(new URL('./pglite-thread.mjs', import.meta.url), {
    workerData: { dataDir: opts.dataDir, loadDataDir, socketPath: join(socketDir, `.s.PGSQL.${port}`) },
    transferList: loadDataDir ? [loadDataDir.buffer as ArrayBuffer] : [],
  });
  const next = <K extends string>(key: K) =>
    new Promise<Record<K, unknown>>((resolve, reject) => {
      const onMessage = (m: Record<string, unknown>) => {
        if (key in m) {
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve(m as Record<K, unknown>);
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  await next('ready');
  const pool = new pg.Pool({ host: socketDir, port, user: 'postgres', database: 'postgres', max: opts.poolSize, Client: opts.prepare ? SharedSessionPreparingClient : pg.Client });
  pool.on('error', () => {});
  return {
    pool,
    async dump() {
      const reply = next('dump');
      worker.postMessage({ dump: true });
      return (await reply).dump as Uint8Array;
    },
    async close() {
      await pool.end();
      const reply = next('closed');
      worker.postMessage({ close: true });
      await reply;
      await worker.terminate();
      process.off('exit', removeSocketDir);
      removeSocketDir();
    },
  };
}
