import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook, personSpec, readSheet, rowFor } from './roster.fixtures.js';
import { httpLogin, startServer, type ServerProcess } from '../../../../test/server-process.js';
import { XLSX_MIME } from './columns.js';

const pgUrl = process.env.TEST_DATABASE_URL;
const kind = pgUrl ? 'postgres' : 'pglite';
const ROWS = 20_000;

/**
 * Crash safety of the one-transaction import: a real server process is killed with SIGKILL
 * while it is writing a 20,000-row roster, then restarted on the same data.
 */
describe(`roster import survives kill -9 mid-apply (${kind})`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vg-crash-'));
  const dbName = `vg_crash_${randomBytes(5).toString('hex')}`;
  let serverEnv: Record<string, string> = { DATA_DIR: dataDir };
  const started: ServerProcess[] = [];

  async function start() {
    const s = await startServer(serverEnv);
    started.push(s);
    return s;
  }

  async function adminSql<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    if (pgUrl) {
      await adminSql((c) => c.query(`CREATE DATABASE ${dbName}`));
      const u = new URL(pgUrl);
      u.pathname = '/' + dbName;
      serverEnv = { ...serverEnv, DATABASE_URL: u.toString() };
    }
  });

  afterAll(async () => {
    for (const s of started) await s.kill9();
    if (pgUrl) await adminSql((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Resolves once the apply's transaction has begun writing people rows (and has not committed). */
  function waitForInsertsInProgress(done: () => boolean): Promise<boolean> {
    const deadline = Date.now() + 120_000;
    if (pgUrl) {
      const probe = new pg.Client({ connectionString: serverEnv.DATABASE_URL });
      const connected = probe.connect();
      return (async () => {
        await connected;
        try {
          while (!done() && Date.now() < deadline) {
            const { rows } = await probe.query(
              `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                 AND backend_xid IS NOT NULL AND query ILIKE 'insert into "people"%'`,
            );
            if (rows.length) return true;
            await new Promise((r) => setTimeout(r, 5));
          }
          return false;
        } finally {
          await probe.end();
        }
      })();
    }
    // PGlite is inside the server process: watch its write-ahead log instead. Parsing and validating
    // write nothing, so a run of WAL writes means the insert chunks are going in.
    const walDir = join(dataDir, 'pglite', 'pg_wal');
    const snapshot = () =>
      readdirSync(walDir)
        .map((f) => {
          const st = statSync(join(walDir, f), { throwIfNoEntry: false });
          return `${f}:${st?.size}:${st?.mtimeMs}`;
        })
        .join(',');
    return (async () => {
      await new Promise((r) => setTimeout(r, 300)); // past the session check at the start of the request
      let last = snapshot();
      let changes = 0;
      while (!done() && Date.now() < deadline) {
        const now = snapshot();
        if (now !== last && ++changes >= 3) return true;
        last = now;
        await new Promise((r) => setTimeout(r, 5));
      }
      return false;
    })();
  }

  async function exportedIds(admin: Awaited<ReturnType<typeof httpLogin>>): Promise<Set<string>> {
    const res = await admin.get('/api/v1/roster/export');
    expect(res.status).toBe(200);
    const sheet = await readSheet(Buffer.from(await res.arrayBuffer()));
    const ids = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 1) ids.add(String(row.getCell(5).value));
    });
    return ids;
  }

  it('leaves no partial import, keeps acknowledged data, and imports completely after restart', { timeout: 600_000 }, async () => {
    let server = await start();
    let admin = await httpLogin(server.url, 'admin');
    const before = await exportedIds(admin);
    const firstExport = await readSheet(Buffer.from(await (await admin.get('/api/v1/roster/export')).arrayBuffer()));
    const org = String(firstExport.getRow(2).getCell(9).value);

    // Acknowledged before the crash: must survive it.
    const acknowledged = personSpec(0, org, '110103');
    const ack = await admin.upload('/api/v1/roster/import?mode=apply', await buildWorkbook([rowFor(acknowledged)]), 'roster.xlsx', XLSX_MIME);
    expect(ack.status).toBe(200);

    const people = Array.from({ length: ROWS }, (_, i) => personSpec(i, org, '110102'));
    const file = await buildWorkbook(people.map((p) => rowFor(p)));
    const check = await admin.upload('/api/v1/roster/import?mode=validate', file, 'roster.xlsx', XLSX_MIME);
    expect(await check.json()).toMatchObject({ ok: true, total: ROWS });

    let answered = false;
    const abort = new AbortController();
    const apply = admin.upload('/api/v1/roster/import?mode=apply', file, 'roster.xlsx', XLSX_MIME, abort.signal).then(
      (r) => ((answered = true), r.status),
      () => 'no response',
    );
    const writing = await waitForInsertsInProgress(() => answered);
    await server.kill9();
    abort.abort();
    expect(writing, 'the apply finished before the kill could land mid-transaction').toBe(true);
    expect(await apply).toBe('no response');

    server = await start();
    admin = await httpLogin(server.url, 'admin');
    const afterCrash = await exportedIds(admin);
    expect(people.filter((p) => afterCrash.has(p.idNumber))).toHaveLength(0);
    expect(afterCrash.has(acknowledged.idNumber)).toBe(true);
    expect(afterCrash.size).toBe(before.size + 1);
    for (const id of before) expect(afterCrash.has(id)).toBe(true);

    const retry = await admin.upload('/api/v1/roster/import?mode=apply', file, 'roster.xlsx', XLSX_MIME);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ ok: true, imported: ROWS });
    const finalIds = await exportedIds(admin);
    expect(people.filter((p) => finalIds.has(p.idNumber))).toHaveLength(ROWS);
    expect(finalIds.size).toBe(before.size + 1 + ROWS);
  });
});
