import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { multipartBody } from '../../kernel/roster/roster.fixtures.js';
import { excelExpected, excelFile, giftExpected, giftFile, jsonExpected, jsonFile, outcomes } from './import/import.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

describe(`learning question bank (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let orgadmin2: Client;
  let rootId: number;
  let agencyId: number;
  let agency2Id: number;

  const upload = (client: Client, file: Buffer | string, filename: string, query: string) => {
    const { payload, contentType } = multipartBody(Buffer.from(file), filename, 'application/octet-stream');
    return client.request({ method: 'POST', url: `/api/v1/learning/questions/import?${query}`, payload, headers: { 'content-type': contentType } });
  };
  const question = (over: Record<string, unknown> = {}) => ({
    type: 'single',
    stem: '中国共产党的根本宗旨是（ ）。',
    options: ['全心全意为人民服务', '实现共产主义'],
    answer: ['A'],
    tags: ['党章'],
    difficulty: 2,
    explanation: '见党章总纲',
    orgId: agencyId,
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp();
    [admin, orgadmin, orgadmin2] = await Promise.all([t.login('admin'), t.login('orgadmin'), t.login('orgadmin2')]);
    [{ id: rootId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    const agencyOf = async (u: string) =>
      (await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = ${u}`))[0].id;
    agencyId = await agencyOf('orgadmin');
    agency2Id = await agencyOf('orgadmin2');
  });
  afterAll(() => t.close());

  it('creates, reads, updates and deletes a question inside the admin scope, audited', async () => {
    const created = await orgadmin.post('/api/v1/learning/questions', question());
    expect(created.statusCode, created.body).toBe(201);
    const q = created.json();
    expect(q).toMatchObject({ type: 'single', answer: ['A'], tags: ['党章'], orgId: agencyId });

    const patched = await orgadmin.patch(`/api/v1/learning/questions/${q.id}`, { type: 'multiple', answer: ['B', 'a'], difficulty: 4 });
    expect(patched.json()).toMatchObject({ type: 'multiple', answer: ['A', 'B'], difficulty: 4 });
    expect((await orgadmin2.get(`/api/v1/learning/questions/${q.id}`)).statusCode).toBe(404);
    expect((await orgadmin2.patch(`/api/v1/learning/questions/${q.id}`, { difficulty: 1 })).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/learning/questions/${q.id}`)).statusCode).toBe(200);

    expect((await orgadmin.delete(`/api/v1/learning/questions/${q.id}`)).statusCode).toBe(200);
    expect((await orgadmin.get(`/api/v1/learning/questions/${q.id}`)).statusCode).toBe(404);
    const actions = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE entity = 'learning_question' AND entity_id = ${String(q.id)} ORDER BY id`);
    expect(actions.map((a) => a.action)).toEqual(['learning.question_create', 'learning.question_update', 'learning.question_read', 'learning.question_delete']);
  });

  it('refuses invalid questions naming the field, other agencies, members, and duplicates', async () => {
    const bad = await orgadmin.post('/api/v1/learning/questions', question({ answer: ['C'] }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('answer');
    expect((await orgadmin.post('/api/v1/learning/questions', question({ difficulty: 9 }))).json().error.details[0].field).toContain('difficulty');
    expect((await orgadmin.post('/api/v1/learning/questions', question({ orgId: agency2Id }))).json().error.details[0].field).toBe('orgId');
    const member = await t.login('member');
    expect((await member.post('/api/v1/learning/questions', question())).statusCode).toBe(403);
    expect((await member.get('/api/v1/learning/questions')).statusCode).toBe(403);

    expect((await orgadmin.post('/api/v1/learning/questions', question({ stem: '判断：党员必须交纳党费。', type: 'judge', options: [], answer: ['对'] }))).statusCode).toBe(201);
    const dup = await orgadmin.post('/api/v1/learning/questions', question({ stem: '判断：党员必须交纳党费', type: 'judge', options: [], answer: ['错'] }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details.duplicateOf).toBeGreaterThan(0);
  });

  it('lists with search, filters and pagination, scoped in SQL', async () => {
    for (let i = 1; i <= 5; i++) {
      await orgadmin.post('/api/v1/learning/questions', question({ stem: `分页测试题 ${i}`, difficulty: i, tags: i % 2 ? ['奇数'] : ['偶数'] }));
      await orgadmin2.post('/api/v1/learning/questions', question({ stem: `另一机关的题 ${i}`, orgId: agency2Id }));
    }
    const page = (await orgadmin.get('/api/v1/learning/questions?q=分页测试&pageSize=2&page=2')).json();
    expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect((await orgadmin.get('/api/v1/learning/questions?q=另一机关')).json().total).toBe(0);
    expect((await admin.get('/api/v1/learning/questions?q=另一机关')).json().total).toBe(5);
    expect((await orgadmin.get(`/api/v1/learning/questions?tag=${encodeURIComponent('奇数')}`)).json().total).toBe(3);
    expect((await orgadmin.get('/api/v1/learning/questions?difficulty=4&q=分页')).json().items[0].stem).toBe('分页测试题 4');
    const tags = (await orgadmin.get('/api/v1/learning/question-tags')).json().items;
    expect(tags).toContainEqual({ tag: '奇数', count: 3 });
    expect((await orgadmin.get('/api/v1/learning/questions?difficulty=7')).statusCode).toBe(400);
  });

  it('JSON 题库: texts, letters, true/false and fill-in; errors and duplicates reported', async () => {
    const report = (await upload(orgadmin, jsonFile, 'bank.json', `orgId=${agencyId}&mode=apply`)).json();
    expect(outcomes(report.items)).toEqual(jsonExpected);
    expect(report).toMatchObject({ total: 16, imported: 10, skipped: 6 });
    expect(report.items[15].message).toContain('第 1 题');
    expect(report.items[10]).toMatchObject({ line: 12, reason: 'parse_error' });
    const again = (await upload(orgadmin, jsonFile, 'bank.json', `orgId=${agencyId}&mode=dry-run`)).json();
    expect(again.items.filter((i: { reason: string }) => i.reason === 'duplicate')).toHaveLength(11);

    const broken = (await upload(orgadmin, '{\n "题|甲|乙": "A",\n "坏": \n}', 'broken.json', `orgId=${agencyId}`)).json();
    expect(broken).toMatchObject({ total: 1, imported: 0, items: [{ reason: 'parse_error', line: 4 }] });
  });

  it('Excel: template downloads and imports its own examples', async () => {
    const tpl = await orgadmin2.get('/api/v1/learning/questions/import/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('题库')!.getRow(1).values).toContain('选项F');
    const fromTemplate = (await upload(orgadmin2, tpl.rawPayload, '模板.xlsx', `orgId=${agency2Id}`)).json();
    expect(outcomes(fromTemplate.items)).toEqual(['single', 'multiple', 'judge', 'fill']);
  });

  it('Excel: every row reported with its row number, full-width answers understood, duplicates on re-import', async () => {
    expect((await upload(orgadmin, await excelFile(), '题库.xlsx', `orgId=${agency2Id}`)).json().error.details[0].field).toBe('orgId');
    const report = (await upload(orgadmin2, await excelFile(), '题库.xlsx', `orgId=${agency2Id}&mode=apply`)).json();
    expect(outcomes(report.items)).toEqual(excelExpected);
    expect(report.items.map((i: { line: number }) => i.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14]);
    expect(report.items[5]).toMatchObject({ type: '简答题', reason: 'unsupported_type' });
    expect(report.items[10].message).toContain('第 1 题');
    const [q] = await rows<{ answer: string[] }>(t.db, sql`SELECT answer FROM learning_questions WHERE stem = '全角答案字母也能识别的题目' AND org_id = ${agency2Id}`);
    expect(q.answer).toEqual(['C']);
    const again = (await upload(orgadmin2, await excelFile(), '题库.xlsx', `orgId=${agency2Id}&mode=apply`)).json();
    expect(again).toMatchObject({ imported: 0 });
    expect(again.items.filter((i: { reason: string }) => i.reason === 'duplicate')).toHaveLength(6);
  });

  it('GIFT: every supported form imported, every unsupported type and error listed; dry-run writes nothing', async () => {
    const count = async () => (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM learning_questions WHERE source = 'gift'`))[0].n;
    const dry = await upload(admin, giftFile, '党章.gift', `orgId=${rootId}`);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ mode: 'dry-run', format: 'gift', total: giftExpected.length, imported: 9, skipped: 9 });
    expect(outcomes(report.items)).toEqual(giftExpected);
    expect(report.items.filter((i: { type: string }) => ['matching', 'numerical', 'essay', 'description'].includes(i.type))).toHaveLength(4);
    expect(report.items.every((i: { status: string; message: string | null }) => i.status === 'imported' || i.message)).toBe(true);
    expect(await count()).toBe(0);

    const applied = (await upload(admin, giftFile, 'bank.txt', `orgId=${rootId}&mode=apply&tags=${encodeURIComponent('理论学习')}`)).json();
    expect(applied.imported).toBe(9);
    expect(await count()).toBe(9);
    const [tf] = await rows<{ tags: string[]; answer: string[] }>(t.db, sql`SELECT tags, answer FROM learning_questions WHERE stem LIKE '预备党员有表决权%'`);
    expect(tf).toEqual({ tags: ['党章', '理论学习'], answer: ['false'] });
    const [audit] = await rows<{ summary: string }>(t.db, sql`SELECT summary FROM audit_log WHERE action = 'learning.questions_import' AND summary LIKE 'gift%'`);
    expect(audit.summary).toContain('9 imported');

    const again = (await upload(admin, giftFile, 'bank.gift', `orgId=${rootId}&mode=apply`)).json();
    expect(again.imported).toBe(0);
    expect(again.items.filter((i: { reason: string }) => i.reason === 'duplicate')).toHaveLength(10);
    expect(await count()).toBe(9);

    // The committee's bank is what every agency's members are asked: an agency copy is a duplicate too.
    const below = (await upload(orgadmin2, giftFile, 'bank.gift', `orgId=${agency2Id}`)).json();
    expect(below.imported).toBe(0);
  });

  it('refuses files over 5 MB, unknown formats and non-multipart bodies', async () => {
    const big = await upload(orgadmin, Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), 'big.gift', `orgId=${agencyId}`);
    expect(big.statusCode).toBe(413);
    expect((await upload(orgadmin, 'x', 'bank.doc', `orgId=${agencyId}`)).json().error.details[0].field).toBe('file');
    expect((await orgadmin.post(`/api/v1/learning/questions/import?orgId=${agencyId}`, { a: 1 })).statusCode).toBe(400);
  });

  it('assigns daily-quiz tags per organisation inside the scope', async () => {
    expect((await orgadmin.put('/api/v1/learning/tag-assignments', { orgId: agencyId, tags: ['党章', '党史'] })).statusCode).toBe(200);
    expect((await orgadmin.put('/api/v1/learning/tag-assignments', { orgId: agency2Id, tags: ['党章'] })).statusCode).toBe(400);
    expect((await orgadmin.get('/api/v1/learning/tag-assignments')).json().items).toEqual([expect.objectContaining({ orgId: agencyId, tags: ['党章', '党史'] })]);
    expect((await orgadmin2.get('/api/v1/learning/tag-assignments')).json().items).toEqual([]);
  });
});
