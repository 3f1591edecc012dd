import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { defaultRules } from './points.defaults.js';

type Awardable = { event: string; label: { zh: string; en: string }; rules: number };

describe(`points rules: every awarded event has a rule, admins add rules (${dbKind})`, () => {
  let t: TestApp;
  let person: number;
  const ledger = (key: string) =>
    rows<{ rule_code: string; points: number }>(t.db, sql`SELECT rule_code, points FROM points_ledger WHERE person_id = ${person} AND idempotency_key LIKE ${'%:' + key} ORDER BY rule_code`);

  beforeAll(async () => {
    t = await createTestApp();
    [{ id: person }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM people WHERE id NOT IN (SELECT person_id FROM accounts WHERE person_id IS NOT NULL) ORDER BY id LIMIT 1`);
  });
  afterAll(() => t.close());

  it('lists the events modules award points for, each with labels in both languages and a shipped rule; every shipped rule listens to one of them', async () => {
    const admin = await t.login('admin');
    const res = await admin.get('/api/v1/points/events');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Awardable[];
    const events = items.map((e) => e.event);
    for (const e of ['auth.login', 'learning.exam_submitted', 'contests.answer_correct', 'contests.awarded', 'practice.report_approved', 'squads.task_accepted', 'community.hours_confirmed']) expect(events).toContain(e);
    for (const e of items) {
      expect(e.label.zh, e.event).toMatch(/\p{Script=Han}/u);
      expect(e.label.en, e.event).toMatch(/^[A-Z][^\p{Script=Han}]+$/u);
      expect(e.rules, `${e.event} earns nothing`).toBeGreaterThan(0);
    }
    for (const r of defaultRules) expect(events, `${r.code} listens to an event no module publishes`).toContain(r.eventType);
    expect((await (await t.login('orgadmin')).get('/api/v1/points/events')).statusCode).toBe(403);
  });

  it('an exam, a contest answer and an approved report now earn their rules, once each', async () => {
    await t.ctx.events.publish('learning.exam_submitted', { personId: person, examId: 9101, attemptId: 1, score: 8, totalPoints: 10, auto: false });
    await t.ctx.events.publish('learning.exam_submitted', { personId: person, examId: 9101, attemptId: 2, score: 10, totalPoints: 10, auto: false });
    await t.ctx.events.publish('contests.answer_correct', { contestId: 1, roundId: 9102, personId: person, questionIndex: 0, questionId: 1, points: 100 });
    await t.ctx.events.publish('practice.report_approved', { reportId: 9103, personId: person });
    expect(await ledger('exam:9101')).toEqual([{ rule_code: 'exam_taken', points: 5 }]);
    expect(await ledger('contest:9102:0')).toEqual([{ rule_code: 'contest_correct', points: 1 }]);
    expect(await ledger('practice_report:9103')).toEqual([{ rule_code: 'practice_report', points: 5 }]);
  });

  it('a committee admin adds a rule on an awarded event; it earns beside the shipped one, and is audited', async () => {
    const admin = await t.login('admin');
    const before = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM points_rules`);

    const unknown = await admin.post('/api/v1/points/rules', { eventType: 'demands.created', name: '提交诉求', points: 1, dailyCap: null, active: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ field: 'eventType' })]);
    expect((await admin.post('/api/v1/points/rules', { eventType: 'practice.report_approved', name: '', points: 1, dailyCap: null, active: true })).statusCode).toBe(400);
    expect((await (await t.login('orgadmin')).post('/api/v1/points/rules', { eventType: 'practice.report_approved', name: '优秀报告', points: 3, dailyCap: null, active: true })).statusCode).toBe(403);
    expect((await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM points_rules`))[0].n).toBe(before[0].n);

    const created = await admin.post('/api/v1/points/rules', { code: 'report_bonus', eventType: 'practice.report_approved', name: '基层报告加分', points: 3, dailyCap: 6, active: true });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'report_bonus', eventType: 'practice.report_approved', points: 3, dailyCap: 6, active: true });
    expect((await admin.post('/api/v1/points/rules', { code: 'report_bonus', eventType: 'auth.login', name: '重复代码', points: 1, dailyCap: null, active: true })).statusCode).toBe(409);
    const generated = await admin.post('/api/v1/points/rules', { eventType: 'contests.awarded', name: '竞赛获奖加分', points: 2, dailyCap: null, active: false });
    expect(generated.statusCode).toBe(201);
    expect(generated.json().code).toMatch(/^contests_awarded_[a-z0-9]+$/);

    await t.ctx.events.publish('practice.report_approved', { reportId: 9104, personId: person });
    expect(await ledger('practice_report:9104')).toEqual([
      { rule_code: 'practice_report', points: 5 },
      { rule_code: 'report_bonus', points: 3 },
    ]);
    const [entry] = await rows<{ after: { eventType: string; points: number } }>(t.db, sql`SELECT after FROM audit_log WHERE action = 'points_rules.create' AND entity_id = 'report_bonus'`);
    expect(entry.after).toMatchObject({ eventType: 'practice.report_approved', points: 3 });
    const listed = (await admin.get('/api/v1/points/events')).json().items as Awardable[];
    expect(listed.find((e) => e.event === 'practice.report_approved')!.rules).toBe(2);
  });

  it('a rule is deactivated and activated again, audited each time; a committee admin of one unit may not', async () => {
    const admin = await t.login('admin');
    const put = (active: boolean) => admin.put('/api/v1/points/rules/report_bonus', { points: 3, dailyCap: 6, active });
    const off = await put(false);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    await t.ctx.events.publish('practice.report_approved', { reportId: 9105, personId: person });
    expect((await ledger('practice_report:9105')).map((l) => l.rule_code)).toEqual(['practice_report']);
    expect((await put(true)).json().active).toBe(true);
    const changes = await rows<{ after: { active: boolean } }>(t.db, sql`SELECT after FROM audit_log WHERE action = 'points_rules.update' AND entity_id = 'report_bonus' ORDER BY id`);
    expect(changes.map((c) => c.after.active)).toEqual([false, true]);

    const [acc] = await rows<{ id: number; org_id: number }>(t.db, sql`SELECT a.id, r.org_id FROM accounts a JOIN role_assignments r ON r.account_id = a.id WHERE a.username = 'orgadmin' LIMIT 1`);
    await t.db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${acc.id}, 'committee_admin', ${acc.org_id})`);
    const unit = await t.login('orgadmin');
    expect((await unit.put('/api/v1/points/rules/report_bonus', { points: 99, dailyCap: null, active: true })).statusCode).toBe(403);
    expect((await rows<{ points: number }>(t.db, sql`SELECT points FROM points_rules WHERE code = 'report_bonus'`))[0].points).toBe(3);
  });
});
