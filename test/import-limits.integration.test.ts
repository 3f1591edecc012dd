import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from './harness.js';
import { rows } from '../server/src/kernel/db/client.js';
import { xlsxWithCell, zipOf } from './zip.js';
import { buildWorkbook, multipartBody, personSpec, rowFor } from '../server/src/kernel/roster/roster.fixtures.js';
import { loadOrgRefs } from '../server/src/kernel/roster/org-paths.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const MB = 1024 * 1024;

describe(`Excel imports: zip bombs refused before inflating, parsing off the request thread (${dbKind})`, () => {
  let t: TestApp;
  let dataDir: string;
  let orgadmin: Client;
  let admin: Client;

  const upload = (c: Client, url: string, file: Buffer, filename = 'roster.xlsx') => {
    const body = multipartBody(file, filename);
    return c.request({ method: 'POST', url, payload: body.payload, headers: { 'content-type': body.contentType } });
  };
  const roster = (file: Buffer) => upload(orgadmin, '/api/v1/roster/import?mode=validate', file);
  let rootId = 0;
  const bank = (file: Buffer) => upload(admin, `/api/v1/learning/questions/import?mode=dry-run&orgId=${rootId}`, file, '题库.xlsx');

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vg-import-limits-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    [orgadmin, admin] = await Promise.all([t.login('orgadmin'), t.login('admin')]);
    rootId = (await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`))[0].id;
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a 120 KB workbook that unpacks to 120 MB from its directory, on both imports, with zh and en messages', async () => {
    const bomb = xlsxWithCell(120 * MB);
    expect(bomb.length).toBeLessThan(MB);
    for (const res of [await roster(bomb), await bank(bomb)]) {
      expect(res.statusCode, res.body).toBe(400);
      const { error } = res.json();
      expect(error).toMatchObject({ code: 'workbook_too_large', message_zh: expect.stringContaining('100 MB'), message_en: expect.stringContaining('100 MB') });
      expect(error.details[0]).toMatchObject({ field: 'file', reason: expect.stringContaining('compression ratio') });
    }
  });

  it('refuses a workbook declaring more than 100 MB in all, even compressed like a real one', async () => {
    // 1 MB of random bytes declared as 150 MB: a plausible ratio (150:1) but over the cap.
    const declared = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: randomBytes(MB), declaredSize: 150 * MB }]);
    const res = await roster(declared);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details[0].reason).toMatch(/^unpacks to \d+ bytes/);
  });

  it('refuses a workbook whose directory lies about its sizes, before the Excel reader sees it', async () => {
    const liar = xlsxWithCell(50 * MB, { declaredSheetSize: 2000 });
    for (const res of [await roster(liar), await bank(liar)]) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'workbook_too_large', details: [{ reason: expect.stringContaining('more than it declares') }] });
    }
    // the same sheet, honestly declared and small, reaches the reader (which finds no roster header)
    const honest = await roster(xlsxWithCell(2000));
    expect(honest.statusCode).toBe(400);
    expect(honest.json().error.details[0].message).toContain('表头');
  });

  it('keeps answering /healthz while a 10,000-row roster is read', async () => {
    const refs = await loadOrgRefs(t.db);
    const branch = [...refs.values()].find((r) => r.names.at(-1)!.endsWith('党支部'))!.namePath;
    const file = await buildWorkbook(Array.from({ length: 10_000 }, (_, i) => rowFor(personSpec(i, branch))));
    const started = performance.now();
    let finished = 0;
    const importing = upload(admin, '/api/v1/roster/import?mode=validate', file).then((res) => {
      finished = performance.now();
      return res;
    });
    // /healthz in a loop for as long as the import runs: when parsing holds the event loop, one gap between
    // answers spans most of the import; off the thread, every gap is a small part of it (measured: over half of it in one gap before, under a tenth after).
    const answers: number[] = [started];
    while (!finished) {
      const h = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(h.statusCode).toBe(200);
      if (!finished) answers.push(performance.now());
      await new Promise((r) => setTimeout(r, 20));
    }
    answers.push(finished);
    const res = await importing;
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, total: 10_000 });
    const gaps = answers.slice(1).map((a, i) => a - answers[i]);
    const total = finished - started;
    expect(answers.length - 2, 'health checks answered during the import').toBeGreaterThan(3);
    expect(Math.max(...gaps), `longest gap of ${gaps.length} in ${Math.round(total)} ms`).toBeLessThan(total / 4);
  });
});
