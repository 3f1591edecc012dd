import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { enqueue } from './jobs.js';
import { JobRunner } from './runner.js';
import { buildJobRunner } from '../../app.js';
import { kernelModules } from '../kernel-modules.js';

describe(`job queue (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('runs a due job once, even with two runners polling', async () => {
    const seen: number[] = [];
    const handler = async (p: { n: number }) => {
      seen.push(p.n);
    };
    await enqueue(t.db, 'test.once', { n: 1 });
    const a = new JobRunner(t.db, { 'test.once': handler });
    const b = new JobRunner(t.db, { 'test.once': handler });
    await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.tick(), b.tick()]);
    expect(seen).toEqual([1]);
  });

  it('deduplicates by key and retries a failing job later with the error kept', async () => {
    await enqueue(t.db, 'test.fail', {}, { dedupeKey: 'k1' });
    await enqueue(t.db, 'test.fail', {}, { dedupeKey: 'k1' });
    const runner = new JobRunner(t.db, { 'test.fail': async () => Promise.reject(new Error('boom')) });
    expect(await runner.tick()).toBe(1);
    expect(await runner.tick()).toBe(0); // backed off
    const [row] = await rows<{ attempts: number; last_error: string; done_at: string | null }>(
      t.db,
      sql`SELECT attempts, last_error, done_at FROM jobs WHERE name = 'test.fail'`,
    );
    expect(row).toMatchObject({ attempts: 1, done_at: null });
    expect(row.last_error).toContain('boom');
  });

  it('the session purge schedule removes idle sessions', async () => {
    const admin = await t.login('admin');
    await t.login('member');
    await t.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '2 hours' WHERE account_id = (SELECT id FROM accounts WHERE username = 'member')`);
    await buildJobRunner(t.ctx).tick();
    const left = await rows<{ username: string }>(t.db, sql`SELECT a.username FROM sessions s JOIN accounts a ON a.id = s.account_id`);
    expect(left.map((r) => r.username)).toEqual(['admin']);
    expect((await admin.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  // PostgreSQL vacuums by itself (autovacuum); the job does nothing there.
  it.skipIf(dbKind !== 'pglite')('on PGlite, which has no autovacuum, the hourly upkeep vacuums: pages a write touched are all-visible again', async () => {
    const allVisible = async () => (await rows<{ pages: number; visible: number }>(t.db, sql`SELECT relpages AS pages, relallvisible AS visible FROM pg_class WHERE relname = 'people'`))[0];
    // The seed left the city vacuumed: every page all-visible, so counts can read indexes alone.
    const seeded = await allVisible();
    expect(seeded.visible).toBe(seeded.pages);
    await t.db.execute(sql`UPDATE people SET unit = unit`);
    await t.db.execute(sql`ANALYZE people`);
    expect((await allVisible()).visible).toBe(0);
    const upkeep = kernelModules.find((m) => m.name === 'db')!.jobs!(t.ctx)['db.analyze']!;
    await upkeep({}, { id: 0, attempts: 0 });
    const after = await allVisible();
    expect(after.visible).toBe(after.pages);
  });
});
