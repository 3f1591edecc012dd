import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { assessmentFixture, personTree } from '../test/fixture.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Item = { kind: string; title: string; value: string | null; link: string | null; mobileLink: string | null; at: string };

describe(`assessment: growth profile (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let orgadmin2: Client;
  let member: Client;
  let self: Client;
  let fx: Awaited<ReturnType<typeof assessmentFixture>>;
  let person: number;
  let ids: { report: number; exam: number; squad: number; round: number };

  beforeAll(async () => {
    t = await createTestApp();
    fx = await assessmentFixture(t.db);
    person = fx.people[0];
    const db = t.db;
    const one = async (q: ReturnType<typeof sql>) => (await rows<{ id: number }>(db, q))[0].id;
    // A report submitted in 2020 and a draft (drafts stay out).
    const report = await one(
      sql`INSERT INTO practice_reports (person_id, org_id, org_path, title, status, submitted_at, approved_at) VALUES (${person}, ${fx.branch.id}, ${fx.branch.path}, '社区走访调研', 'approved', '2020-03-01T02:00:00Z', '2020-03-05T02:00:00Z') RETURNING id`,
    );
    await db.execute(sql`INSERT INTO practice_reports (person_id, org_id, org_path, title) VALUES (${person}, ${fx.branch.id}, ${fx.branch.path}, '未提交的草稿')`);
    // An exam sat in 2020: 85 of 100, pass 60.
    const exam = await one(
      sql`INSERT INTO learning_exams (title, org_id, org_path, time_limit_minutes, sections, pass_score) VALUES ('党章党规测试', ${fx.agency.id}, ${fx.agency.path}, 30, '[]'::jsonb, 60) RETURNING id`,
    );
    await db.execute(sql`INSERT INTO learning_exam_attempts (exam_id, person_id, items, started_at, submitted_at, score, total_points) VALUES (${exam}, ${person}, '[]'::jsonb, '2020-04-01T01:00:00Z', '2020-04-01T01:30:00Z', 85, 100)`);
    // A squad, its closed quarter and the frozen 五比.
    const squad = await one(
      sql`INSERT INTO squads (name, org_id, org_path, field, started_on) VALUES ('成长测试尖刀班', ${fx.branch.id}, ${fx.branch.path}, '基层治理', '2019-01-01') RETURNING id`,
    );
    await db.execute(sql`INSERT INTO squad_members (squad_id, person_id, role, status, joined_at) VALUES (${squad}, ${person}, 'member', 'active', '2019-06-01T00:00:00Z')`);
    const period = await one(
      sql`INSERT INTO squad_periods (year, kind, seq, starts_on, ends_on, status, weights, closed_at) VALUES (2019, 'quarter', 3, '2019-07-01', '2019-09-30', 'closed', '{}'::jsonb, '2019-10-08T00:00:00Z')
          ON CONFLICT (year, kind, seq) DO UPDATE SET status = 'closed' RETURNING id`,
    );
    await db.execute(
      sql`INSERT INTO squad_score_snapshots (period_id, squad_id, org_id, org_path, member_count, learning, skill, innovation, duty, performance, total, rank, badge, inputs)
          VALUES (${period}, ${squad}, ${fx.branch.id}, ${fx.branch.path}, 1, 80, 70, 60, 90, 75, 75, 2, true, '{}'::jsonb)`,
    );
    [admin, orgadmin, orgadmin2, member, self] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'member', 'r_near'].map((u) => t.login(u)));
    // A closed round of this module: 甲 has 10 h of study in 2020 and no rating → 30 + 30 + 0 = 60.
    const system = (await admin.post('/api/v1/assessment/systems', { name: '成长档案测试体系', targetKind: 'person', tree: personTree })).json().id;
    expect((await admin.post(`/api/v1/assessment/systems/${system}/publish`)).statusCode).toBe(200);
    const round = (await admin.post('/api/v1/assessment/rounds', { name: '2020 年度考核', systemId: system, kind: 'annual', periodFrom: '2020-01-01', periodTo: '2020-12-31', scopeOrgId: fx.branch.id })).json().id;
    for (const step of ['start', 'close']) expect((await admin.post(`/api/v1/assessment/rounds/${round}/${step}`)).statusCode).toBe(200);
    ids = { report, exam, squad, round };
  });
  afterAll(() => t.close());

  it('assembles the record of the modules as a timeline, the figures and the 五比 radar', async () => {
    const res = await admin.get(`/api/v1/assessment/growth/${person}`);
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json();
    expect(g.person).toMatchObject({ id: person, name: '考核甲', orgName: '考核测试党支部' });
    const timeline = g.timeline as Item[];
    const pick = (kind: string) => timeline.filter((i) => i.kind === kind).map((i) => [i.title, i.value, i.link]);
    expect(pick('report')).toEqual([['来自基层的报告《社区走访调研》', '已采用', `/practice/reports?id=${ids.report}`]]);
    expect(pick('exam')).toEqual([['参加考试《党章党规测试》', '85 / 100 分', `/learning/exams/${ids.exam}`]]);
    expect(pick('squad')).toEqual([['加入青年尖刀班「成长测试尖刀班」', null, `/squads/${ids.squad}`]]);
    expect(pick('squad_score')).toEqual([['「成长测试尖刀班」2019 年第 3 季度五比一做得分', '75 分', `/squads/${ids.squad}`]]);
    const [result] = timeline.filter((i) => i.kind === 'assessment');
    expect(result.title).toMatch(/^2020 年度考核：/);
    expect(result.value).toBe('60 分');
    expect(result.link).toMatch(new RegExp(`^/assessment/rounds/${ids.round}/targets/\\d+$`));
    // Newest first.
    expect(timeline.map((i) => i.at)).toEqual([...timeline.map((i) => i.at)].sort().reverse());
    expect(g.summary.counts).toMatchObject({ report: 1, exam: 1, squad: 1, squad_score: 1, assessment: 1, volunteer: 0 });
    expect(g.radar).toMatchObject({ squadId: ids.squad, squadName: '成长测试尖刀班', total: 75 });
    expect(g.radar.dimensions.map((d: { zh: string; value: number }) => [d.zh, d.value])).toEqual([
      ['比学习', 80],
      ['比本领', 70],
      ['比创新', 60],
      ['比担当', 90],
      ['比作为', 75],
    ]);
    // The registered person metrics, for all time: 10 h of study (the fixture's reads) and the one exam.
    const figure = (name: string) => (g.figures as { name: string; value: number }[]).find((f) => f.name === name)?.value;
    expect(figure('content.my_study_hours')).toBe(10);
    expect(figure('learning.my_exams')).toBe(1);
  });

  it('is visible to the person, their organisation admins and the committee; anyone else gets 404', async () => {
    expect((await orgadmin.get(`/api/v1/assessment/growth/${person}`)).statusCode).toBe(200);
    const mine = await self.get('/api/v1/me/assessment/growth');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().person.id).toBe(person);
    expect((await self.get(`/api/v1/assessment/growth/${person}`)).statusCode).toBe(200);
    // r_near is a reviewer, not an admin: a colleague's profile is not theirs to see.
    expect((await self.get(`/api/v1/assessment/growth/${fx.people[1]}`)).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/assessment/growth/${person}`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/assessment/growth/${person}`)).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/assessment/growth/${person}/profile.pdf`)).statusCode).toBe(404);
    expect((await admin.get('/api/v1/assessment/growth/987654321')).statusCode).toBe(404);
    expect((await t.anonymous().get(`/api/v1/assessment/growth/${person}`)).statusCode).toBe(401);
  });

  it('lists the metrics a computed leaf may use, person ones included, to system editors only', async () => {
    const res = await orgadmin.get('/api/v1/assessment/metrics');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { name: string; kind: string }[];
    expect(items.find((i) => i.name === 'content.my_study_hours')?.kind).toBe('person');
    expect(items.some((i) => i.kind === 'org')).toBe(true);
    expect((await member.get('/api/v1/assessment/metrics')).statusCode).toBe(403);
  });

  it('exports a PDF for appointment files and audits the export', async () => {
    const res = await orgadmin.get(`/api/v1/assessment/growth/${person}/profile.pdf`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(2000);
    const audit = await rows<{ actor: string; entityId: string; orgId: number }>(
      t.db,
      sql`SELECT actor, entity_id AS "entityId", org_id AS "orgId" FROM audit_log WHERE action = 'assessment.growth_export' ORDER BY id`,
    );
    expect(audit).toEqual([{ actor: 'orgadmin', entityId: String(person), orgId: fx.branch.id }]);
  });
});
