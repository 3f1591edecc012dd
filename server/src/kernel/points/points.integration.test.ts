import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { award, shanghaiDay } from './points.service.js';

describe(`points (${dbKind})`, () => {
  let t: TestApp;
  let plain: number[]; // people without an account, so logins in other tests do not touch them
  const ledgerOf = (personId: number, ruleCode: string) =>
    rows<{ points: number; day: string; idempotency_key: string; org_path: string }>(
      t.db,
      sql`SELECT points, day, idempotency_key, org_path FROM points_ledger WHERE person_id = ${personId} AND rule_code = ${ruleCode} ORDER BY id`,
    );
  const setRule = (code: string, points: number, dailyCap: number | null, active: boolean) =>
    t.db.execute(sql`UPDATE points_rules SET points = ${points}, daily_cap = ${dailyCap}, active = ${active} WHERE code = ${code}`);

  beforeAll(async () => {
    t = await createTestApp();
    const list = await rows<{ id: number }>(
      t.db,
      sql`SELECT id FROM people WHERE id NOT IN (SELECT person_id FROM accounts WHERE person_id IS NOT NULL) ORDER BY id LIMIT 6`,
    );
    plain = list.map((p) => p.id);
  });
  afterAll(() => t.close());

  it('seeds the default rules, only rules whose events exist active, and some demo history', async () => {
    const admin = await t.login('admin');
    const res = await admin.get('/api/v1/points/rules');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ code: string; active: boolean; note: string | null }>;
    const shipped = ['activity_attend', 'article_read', 'challenge_quiz', 'contest_award', 'contest_correct', 'course_completed', 'daily_login', 'daily_quiz', 'exam_taken', 'match_duel', 'match_four', 'media_study', 'practice_report', 'squad_task', 'volunteer_hour'];
    expect(items.map((r) => r.code).sort()).toEqual(shipped);
    expect(items.filter((r) => r.active).map((r) => r.code).sort()).toEqual(shipped);
    const [{ n, today }] = await rows<{ n: number; today: number }>(
      t.db,
      sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE day >= ${shanghaiDay(new Date())})::int AS today FROM points_ledger`,
    );
    expect(n).toBeGreaterThan(100);
    expect(today).toBe(0);
  });

  it('awards once per idempotency key and records the org of the moment', async () => {
    await setRule('activity_attend', 2, null, true);
    const first = await award(t.db, { event: 'activities.attended', personId: plain[0], idempotencyKey: 'activity-1' });
    const again = await award(t.db, { event: 'activities.attended', personId: plain[0], idempotencyKey: 'activity-1' });
    expect(first).toEqual([{ ruleCode: 'activity_attend', points: 2, result: 'awarded' }]);
    expect(again).toEqual([{ ruleCode: 'activity_attend', points: 0, result: 'duplicate' }]);
    // The person's seeded attendance earned its own rows; this key has one.
    const ledger = (await ledgerOf(plain[0], 'activity_attend')).filter((r) => r.idempotency_key.endsWith(':activity-1'));
    expect(ledger).toHaveLength(1);
    expect(ledger[0].idempotency_key).toBe('activity_attend:activity-1');
    const [person] = await rows<{ path: string }>(t.db, sql`SELECT o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${plain[0]}`);
    expect(ledger[0].org_path).toBe(person.path);
  });

  it('respects the daily cap per Asia/Shanghai day, also under concurrent awards', async () => {
    await setRule('article_read', 1, 6, true);
    // 23:30 Shanghai on Jan 1 and 00:30 on Jan 2 are both Jan 1 in UTC but two days here.
    const lateDay1 = new Date('2020-01-01T23:30:00+08:00');
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => award(t.db, { event: 'content.read_completed', personId: plain[1], idempotencyKey: `a${i}`, at: lateDay1 })),
    );
    await award(t.db, { event: 'content.read_completed', personId: plain[1], idempotencyKey: 'next-day', at: new Date('2020-01-02T00:30:00+08:00') });
    const ledger = await ledgerOf(plain[1], 'article_read');
    const perDay = (d: string) => ledger.filter((r) => r.day === d).reduce((s, r) => s + r.points, 0);
    expect(perDay('2020-01-01')).toBe(6);
    expect(perDay('2020-01-02')).toBe(1);

    // A rule worth more than what is left under the cap awards only the rest.
    await setRule('daily_quiz', 4, 6, true);
    const day = new Date('2020-02-01T12:00:00+08:00');
    const a = await award(t.db, { event: 'learning.daily_quiz_completed', personId: plain[2], idempotencyKey: 'q1', at: day });
    const b = await award(t.db, { event: 'learning.daily_quiz_completed', personId: plain[2], idempotencyKey: 'q2', at: day });
    const c = await award(t.db, { event: 'learning.daily_quiz_completed', personId: plain[2], idempotencyKey: 'q3', at: day });
    expect([a[0].points, b[0].points, c[0].result]).toEqual([4, 2, 'capped']);
  });

  it('an inactive rule or an unknown person gives nothing', async () => {
    await setRule('media_study', 1, 6, false);
    expect(await award(t.db, { event: 'learning.media_completed', personId: plain[3], idempotencyKey: 'm1' })).toEqual([]);
    expect(await ledgerOf(plain[3], 'media_study')).toHaveLength(0);
    expect(await award(t.db, { event: 'auth.login', personId: 987654321, idempotencyKey: 'x' })).toEqual([]);
  });

  it('a login awards one point once per day', async () => {
    const [{ personId }] = await rows<{ personId: number }>(t.db, sql`SELECT person_id AS "personId" FROM accounts WHERE username = 'member'`);
    const before = (await ledgerOf(personId, 'daily_login')).length;
    const member = await t.login('member');
    await t.login('member');
    const ledger = await ledgerOf(personId, 'daily_login');
    expect(ledger.length).toBe(before + 1);
    expect(ledger.filter((r) => r.day === shanghaiDay(new Date()))).toHaveLength(1);

    const me = await member.get('/api/v1/points/me?pageSize=5');
    expect(me.statusCode).toBe(200);
    const [{ sum }] = await rows<{ sum: number }>(t.db, sql`SELECT sum(points)::int AS sum FROM points_ledger WHERE person_id = ${personId}`);
    expect(me.json().balance).toBe(sum);
    expect(me.json().items).toHaveLength(5);
    expect(me.json().items[0]).toMatchObject({ ruleCode: 'daily_login', ruleName: '每日登录', points: 1 });
    // An account with no person record has no points page.
    expect((await (await t.login('admin')).get('/api/v1/points/me')).statusCode).toBe(404);
  });

  it('an admin edits a rule, validated and audited with before and after', async () => {
    const admin = await t.login('admin');
    expect((await admin.put('/api/v1/points/rules/volunteer_hour', { points: 5000, dailyCap: 6, active: true })).statusCode).toBe(400);
    const badCap = await admin.put('/api/v1/points/rules/volunteer_hour', { points: 2, dailyCap: 0, active: true });
    expect(badCap.statusCode).toBe(400);
    expect(JSON.stringify(badCap.json().error.details)).toContain('dailyCap');
    expect((await admin.put('/api/v1/points/rules/no_such_rule', { points: 2, dailyCap: null, active: true })).statusCode).toBe(404);

    const res = await admin.put('/api/v1/points/rules/volunteer_hour', { points: 2, dailyCap: null, active: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 'volunteer_hour', points: 2, dailyCap: null, active: true });
    const [entry] = await rows<{ actor: string; before: unknown; after: unknown }>(
      t.db,
      sql`SELECT actor, before, after FROM audit_log WHERE action = 'points_rules.update' AND entity_id = 'volunteer_hour' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({ actor: 'admin', before: { points: 1, dailyCap: 8 }, after: { points: 2, dailyCap: null } });
    // Per-unit rules multiply: three volunteer hours.
    const out = await award(t.db, { event: 'community.hours_confirmed', personId: plain[4], idempotencyKey: 'shift-1', units: 3 });
    expect(out[0].points).toBe(6);
  });

  it('refuses rule reads and edits to non-admins', async () => {
    const orgadmin = await t.login('orgadmin');
    expect((await orgadmin.get('/api/v1/points/rules')).statusCode).toBe(403);
    const res = await orgadmin.put('/api/v1/points/rules/daily_login', { points: 100, dailyCap: null, active: true });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('ranks organisations with aggregates only, within scope', async () => {
    const admin = await t.login('admin');
    const res = await admin.get('/api/v1/points/leaderboard/orgs');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ orgId: number; name: string; points: number; members: number; perCapita: number }>;
    expect(items).toHaveLength(3);
    const [{ people }] = await rows<{ people: number }>(t.db, sql`SELECT count(*)::int AS people FROM people`);
    expect(items.reduce((s, i) => s + i.members, 0)).toBe(people);
    for (const i of items) {
      expect(Object.keys(i).sort()).toEqual(['members', 'name', 'orgId', 'perCapita', 'points']);
      expect(i.perCapita).toBeCloseTo(i.points / i.members, 2);
    }
    expect(items[0].perCapita).toBeGreaterThanOrEqual(items[2].perCapita);

    const orgadmin2 = await t.login('orgadmin2');
    const own = (await orgadmin2.get('/api/v1/auth/me')).json().roles[0].orgId as number;
    const mine = await orgadmin2.get('/api/v1/points/leaderboard/orgs');
    expect(mine.json().parentId).toBe(own);
    const other = items.find((i) => i.orgId !== own)!.orgId;
    expect((await orgadmin2.get(`/api/v1/points/leaderboard/orgs?parentId=${other}`)).statusCode).toBe(404);
  });

  it('personal ranking is off by default and on only where the org enables it', async () => {
    const orgadmin2 = await t.login('orgadmin2');
    const agency = (await orgadmin2.get('/api/v1/auth/me')).json().roles[0].orgId as number;
    const [flag] = await rows<{ personal_leaderboard: boolean }>(t.db, sql`SELECT personal_leaderboard FROM orgs WHERE id = ${agency}`);
    expect(flag.personal_leaderboard).toBe(false);
    const off = await orgadmin2.get(`/api/v1/points/leaderboard/people?orgId=${agency}`);
    expect(off.statusCode).toBe(200);
    expect(off.json()).toEqual({ orgId: agency, enabled: false, items: [] });

    await t.db.execute(sql`UPDATE orgs SET personal_leaderboard = true WHERE id = ${agency}`);
    const on = (await orgadmin2.get(`/api/v1/points/leaderboard/people?orgId=${agency}`)).json();
    expect(on.enabled).toBe(true);
    expect(on.items.length).toBeGreaterThan(0);
    expect(on.items[0].rank).toBe(1);
    for (let i = 1; i < on.items.length; i++) expect(on.items[i].points).toBeLessThanOrEqual(on.items[i - 1].points);

    // Another agency's ranking is not reachable, even when it is enabled there.
    const [otherAgency] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE kind = 'party_committee' AND id <> ${agency} ORDER BY id LIMIT 1`);
    await t.db.execute(sql`UPDATE orgs SET personal_leaderboard = true WHERE id = ${otherAgency.id}`);
    expect((await orgadmin2.get(`/api/v1/points/leaderboard/people?orgId=${otherAgency.id}`)).statusCode).toBe(404);

    // A member sees the ranking of an enabled org they belong to (their agency), not a sibling's.
    const member = await t.login('member');
    const [memberAgency] = await rows<{ id: number }>(
      t.db,
      sql`SELECT a.id FROM accounts acc JOIN people p ON p.id = acc.person_id JOIN orgs b ON b.id = p.org_id
            JOIN orgs a ON b.path LIKE a.path || '%' AND a.kind = 'party_committee' WHERE acc.username = 'member'`,
    );
    await t.db.execute(sql`UPDATE orgs SET personal_leaderboard = true WHERE id = ${memberAgency.id}`);
    expect((await member.get(`/api/v1/points/leaderboard/people?orgId=${memberAgency.id}`)).json().enabled).toBe(true);
    expect((await member.get(`/api/v1/points/leaderboard/people?orgId=${agency}`)).statusCode).toBe(404);
  });
});
