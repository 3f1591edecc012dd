import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows, type Db } from '../server/src/kernel/db/client.js';
import { sampleFiles } from './sample-files.js';
import { pgUrlOf, scratchDatabase, type ScratchDatabase } from './scratch-db.js';
import { httpLogin, startServer } from './server-process.js';

/** The backup and restore procedures of the README ("Backup and restore"), run as written. */

const url = process.env.TEST_DATABASE_URL;
console.warn(
  url
    ? 'SKIPPED PGlite backup test: this is the PostgreSQL pass (the PGlite data-folder backup runs in the PGlite pass).'
    : 'SKIPPED PostgreSQL backup test: it needs pg_dump/pg_restore and a PostgreSQL server; set TEST_DATABASE_URL.',
);

/** Rows in every table of every schema (the migrations journal included). */
async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = await rows<{ s: string; t: string }>(
    db,
    sql`SELECT table_schema AS s, table_name AS t FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  const out: Record<string, number> = {};
  for (const { s, t } of tables) out[`${s}.${t}`] = (await rows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM "${s}"."${t}"`)))[0].n;
  return out;
}

async function countsOf(where: ScratchDatabase) {
  const database = await where.open();
  try {
    return await tableCounts(database.db);
  } finally {
    await database.close();
  }
}

/** A server on `where`: the admin stores a PDF in a new content item; the server is then stopped. */
async function storeUpload(where: ScratchDatabase) {
  const server = await startServer(where.serverEnv);
  try {
    const admin = await httpLogin(server.url, 'admin');
    const tree = (await (await admin.get('/api/v1/orgs/tree')).json()) as { nodes: Array<{ id: number; parentId: number | null }> };
    const created = await admin.call('/api/v1/content', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'pdf', orgId: tree.nodes.find((n) => n.parentId === null)!.id, title: '备份演练手册' }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const pdf = sampleFiles.pdf(5000);
    const up = await admin.upload(`/api/v1/content/${id}/media/pdf`, pdf, 'manual.pdf', 'application/pdf');
    expect(up.status, await up.clone().text()).toBe(200);
    return { id, pdf };
  } finally {
    await server.stop();
  }
}

/** A server on the restored copy: the admin signs in and gets the PDF back, byte for byte. */
async function expectServes(where: ScratchDatabase, item: { id: number; pdf: Buffer }) {
  const server = await startServer(where.serverEnv);
  try {
    const admin = await httpLogin(server.url, 'admin');
    expect((await admin.get('/api/v1/auth/me')).status).toBe(200);
    const res = await admin.get(`/api/v1/content/${item.id}/media/pdf`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(item.pdf)).toBe(true);
  } finally {
    await server.stop();
  }
}

function expectSameRows(restored: Record<string, number>, original: Record<string, number>) {
  expect(Object.keys(original).length).toBeGreaterThan(50);
  expect(original['public.accounts']).toBeGreaterThan(5);
  expect(original['public.sessions']).toBeGreaterThan(0); // the sign-in before the backup
  expect(restored).toEqual(original);
}

describe.skipIf(!!url)('backup and restore of a PGlite DATA_DIR', () => {
  it('the folder of a stopped server, archived with tar and unpacked into an empty folder, holds the same rows and files and serves them', async () => {
    const original = await scratchDatabase('vg-backup', { seeded: true });
    const restored = await scratchDatabase('vg-restore');
    const archive = join(tmpdir(), `vg-backup-${randomBytes(4).toString('hex')}.tar.gz`);
    try {
      const item = await storeUpload(original);
      execFileSync('tar', ['-czf', archive, '-C', original.dataDir, '.']);
      execFileSync('tar', ['-xzf', archive, '-C', restored.dataDir]);
      expectSameRows(await countsOf(restored), await countsOf(original));
      await expectServes(restored, item);
    } finally {
      rmSync(archive, { force: true });
      await original.drop();
      await restored.drop();
    }
  }, 300_000);
});

describe.skipIf(!url)('backup and restore of a PostgreSQL database', () => {
  it('pg_dump -Fc, pg_restore into an empty database and the uploads folder archived with tar: same rows, same files, served', async () => {
    const original = await scratchDatabase('vg_backup', { seeded: true });
    const restored = await scratchDatabase('vg_restore');
    const tag = randomBytes(4).toString('hex');
    const dump = join(tmpdir(), `vg-${tag}.dump`);
    const archive = join(tmpdir(), `vg-uploads-${tag}.tar.gz`);
    try {
      const item = await storeUpload(original);
      execFileSync('pg_dump', ['-Fc', '-f', dump, '-d', pgUrlOf(original.name!)]);
      execFileSync('tar', ['-czf', archive, '-C', original.dataDir, 'uploads']);
      execFileSync('pg_restore', ['--no-owner', '--exit-on-error', '-d', pgUrlOf(restored.name!), dump]);
      execFileSync('tar', ['-xzf', archive, '-C', restored.dataDir]);
      expectSameRows(await countsOf(restored), await countsOf(original));
      await expectServes(restored, item);
    } finally {
      rmSync(dump, { force: true });
      rmSync(archive, { force: true });
      await original.drop();
      await restored.drop();
    }
  }, 300_000);
});
