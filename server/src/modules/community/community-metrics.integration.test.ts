import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { communityMetrics } from './community.metrics.js';
import { allPages } from './communities/community.test-helpers.js';

type Org = { id: number; path: string };

describe(`community figures (${dbKind})`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let root: Org;
  let agency: Org;
  let c: number[];
  let agencyPeople: number[];
  // An organisation of this test's own, with no demo data: the average time to claim is checked there.
  let fresh: Org;
  // The demo data fills the figures: each is measured before this test's rows are added, and the change checked.
  const before = new Map<string, number>();
  let registeredBefore: number;
  let theirsBefore: Map<string, number>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    [root] = await rows<Org>(t.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
    [agency] = await rows<Org>(t.db, sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin'`);
    // People of the agency with no active 报到 of the demo data (one pending or confirmed registration per person).
    agencyPeople = (
      await rows<{ id: number }>(
        t.db,
        sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${agency.path + '%'}
              AND NOT EXISTS (SELECT 1 FROM community_member_registrations m WHERE m.person_id = p.id AND m.status IN ('pending', 'confirmed'))
            ORDER BY p.id LIMIT 3`,
      )
    ).map((p) => p.id);
    expect(agencyPeople).toHaveLength(3);
    const made = await admin.post('/api/v1/orgs', { parentId: root.id, name: '认领用时测试党委', kind: 'party_committee' });
    expect(made.statusCode, made.body).toBe(201);
    fresh = { id: made.json().id, path: made.json().path };
    for (const org of [root, agency]) for (const m of communityMetrics) before.set(`${m.name}@${org.id}`, await value(m.name, org));
    registeredBefore = (await admin.get(`/api/v1/figures/community.member_registration_rate/records?orgId=${agency.id}`)).json().total;
    theirsBefore = new Map((await (await t.login('orgadmin2')).get('/api/v1/figures')).json().items.map((i: { name: string; value: number }) => [i.name, i.value]));
    c = (
      await rows<{ id: number }>(
        t.db,
        sql`INSERT INTO communities (name, district_code, street_code, party_org_name) VALUES
              ('太平角社区', '370202', '370202001', '太平角社区党委'), ('金门路社区', '370202', '370202002', '金门路社区党委'), ('浮山后社区', '370212', '370212001', '浮山后社区党委')
            RETURNING id`,
      )
    ).map((r) => r.id);
    await t.db.execute(sql`INSERT INTO community_need_types (code, name, name_en, sort) VALUES ('elderly', '助老', 'Elderly care', 1) ON CONFLICT (code) DO NOTHING`);
    // The agency's 共建 agreement with the first community.
    await t.db.execute(sql`INSERT INTO community_org_registrations (org_id, org_path, community_id, period_start, period_end, contact_name, contact_phone, status, confirmed_by, confirmed_at)
                           VALUES (${agency.id}, ${agency.path}, ${c[0]}, '2026-01-01', '2026-12-31', '王芳', '13800000000', 'confirmed', 1, now())`);
    // Three needs: the first claimed by the agency 10 hours after posting and fulfilled, the second claimed by the committee after 20 hours, the third open.
    const needs = (
      await rows<{ id: number }>(
        t.db,
        sql`INSERT INTO community_needs (community_id, type_code, title, starts_at, ends_at, people_needed, claim_deadline, status, created_at) VALUES
              (${c[0]}, 'elderly', '独居老人探访', now() - interval '3 days', now() - interval '3 days' + interval '2 hours', 5, now() - interval '4 days', 'fulfilled', now() - interval '10 days'),
              (${c[1]}, 'elderly', '助老理发', now() + interval '3 days', now() + interval '3 days' + interval '2 hours', 3, now() + interval '2 days', 'claimed', now() - interval '5 days'),
              (${c[2]}, 'elderly', '助餐送餐', now() + interval '6 days', now() + interval '6 days' + interval '2 hours', 2, now() + interval '5 days', 'open', now() - interval '1 day')
            RETURNING id`,
      )
    ).map((r) => r.id);
    await t.db.execute(sql`INSERT INTO community_need_claims (need_id, claimant_kind, org_id, org_path, claimed_by, claimed_at, activity_due_at, activity_id, status) VALUES
      (${needs[0]}, 'org', ${agency.id}, ${agency.path}, 1, now() - interval '10 days' + interval '10 hours', now() - interval '5 days', 900001, 'completed'),
      (${needs[1]}, 'org', ${root.id}, ${root.path}, 1, now() - interval '5 days' + interval '20 hours', now() + interval '1 day', NULL, 'claimed')`);
    // Two more needs in the third community, claimed by the fresh organisation 6 and 12 hours after posting.
    const freshNeeds = (
      await rows<{ id: number }>(
        t.db,
        sql`INSERT INTO community_needs (community_id, type_code, title, starts_at, ends_at, people_needed, claim_deadline, status, created_at) VALUES
              (${c[2]}, 'elderly', '助老陪诊', now() + interval '4 days', now() + interval '4 days' + interval '2 hours', 2, now() + interval '3 days', 'claimed', now() - interval '8 days'),
              (${c[2]}, 'elderly', '助老读报', now() + interval '4 days', now() + interval '4 days' + interval '2 hours', 2, now() + interval '3 days', 'claimed', now() - interval '8 days')
            RETURNING id`,
      )
    ).map((r) => r.id);
    await t.db.execute(sql`INSERT INTO community_need_claims (need_id, claimant_kind, org_id, org_path, claimed_by, claimed_at, activity_due_at, activity_id, status) VALUES
      (${freshNeeds[0]}, 'org', ${fresh.id}, ${fresh.path}, 1, now() - interval '8 days' + interval '6 hours', now() + interval '1 day', NULL, 'claimed'),
      (${freshNeeds[1]}, 'org', ${fresh.id}, ${fresh.path}, 1, now() - interval '8 days' + interval '12 hours', now() + interval '1 day', NULL, 'claimed')`);
    // Hours: two confirmed in the second community by the agency, one pending (does not count).
    await t.db.execute(sql`INSERT INTO community_service_hours (activity_id, person_id, community_id, org_path, recorded_hours, status, confirmed_by, confirmed_at) VALUES
      (900002, ${agencyPeople[0]}, ${c[1]}, ${agency.path}, 2.5, 'confirmed', 1, now()),
      (900002, ${agencyPeople[1]}, ${c[1]}, ${agency.path}, 1.5, 'confirmed', 1, now()),
      (900002, ${agencyPeople[2]}, ${c[1]}, ${agency.path}, 4, 'pending', NULL, NULL)`);
    // Teams: one active, one disbanded.
    await t.db.execute(sql`INSERT INTO community_volunteer_teams (name, org_id, org_path, captain_person_id, status, disbanded_at) VALUES
      ('太平角助老服务队', ${agency.id}, ${agency.path}, ${agencyPeople[0]}, 'active', NULL), ('旧服务队', ${agency.id}, ${agency.path}, ${agencyPeople[1]}, 'disbanded', now())`);
    // Member 报到: two confirmed, one pending.
    await t.db.execute(sql`INSERT INTO community_member_registrations (person_id, community_id, address, status, decided_by, decided_at) VALUES
      (${agencyPeople[0]}, ${c[0]}, '太平角一路 1 号', 'confirmed', 1, now()), (${agencyPeople[1]}, ${c[0]}, '太平角一路 2 号', 'confirmed', 1, now()),
      (${agencyPeople[2]}, ${c[1]}, '金门路 3 号', 'pending', NULL, NULL)`);
  });
  afterAll(() => t.close());

  async function value(name: string, org: Org) {
    const res = await admin.get(`/api/v1/figures/${name}?orgId=${org.id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().value as number;
  }
  const added = async (name: string, org: Org) => (await value(name, org)) - before.get(`${name}@${org.id}`)!;
  const peopleIn = async (org: Org) => (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${org.path + '%'}`))[0].n;

  it('counts confirmed service only, communities served, teams and needs, each within the scope', async () => {
    expect(await added('community.volunteer_person_times', root)).toBe(2);
    expect(await added('community.confirmed_hours', agency)).toBe(4);
    expect(await added('community.communities_served', root)).toBe(2);
    expect(await added('community.communities_served', agency)).toBe(2);
    expect(await added('community.volunteer_teams', root)).toBe(1);
    expect(await added('community.needs_posted', root)).toBe(5);
    expect(await added('community.needs_posted', agency)).toBe(1);
    expect(await added('community.needs_claimed', root)).toBe(4);
    expect(await added('community.needs_claimed', agency)).toBe(1);
    expect(await added('community.needs_fulfilled', root)).toBe(1);
    expect(await value('community.hours_to_claim', fresh)).toBe(9);
    // The 报到 rate: two more confirmed registrations among the agency's people (the pending one does not count).
    const registered = (await admin.get(`/api/v1/figures/community.member_registration_rate/records?orgId=${agency.id}`)).json().total;
    expect(registered).toBe(registeredBefore + 2);
    expect(await value('community.member_registration_rate', agency)).toBe(Math.round((registered / (await peopleIn(agency))) * 1000) / 10);
    const served = (await allPages<{ id: number }>((u) => admin.get(u), `/api/v1/figures/community.communities_served/records?orgId=${root.id}`)).map((r) => r.id);
    expect(served).toEqual(expect.arrayContaining([c[0], c[1]]));
    expect(served).not.toContain(c[2]);
    const cases = new Map((await admin.get(`/api/v1/figures?orgId=${root.id}`)).json().caseFigures.map((x: { code: string; metric: string }) => [x.code, x.metric]));
    expect(cases.get('volunteer_person_times')).toBe('community.volunteer_person_times');
    expect(cases.get('communities_served')).toBe('community.communities_served');
    expect(cases.get('volunteer_teams')).toBe('community.volunteer_teams');
  });

  it('counts the teams that served in a period, not the ones founded in it', async () => {
    const year = (y: number) => `from=${y}-01-01T00:00:00%2B08:00&to=${y + 1}-01-01T00:00:00%2B08:00`;
    const inYear = async (y: number) => {
      const res = await admin.get(`/api/v1/figures/community.volunteer_teams?orgId=${fresh.id}&${year(y)}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().value as number;
    };
    const [p] = await rows<{ id: number }>(t.db, sql`SELECT id FROM people ORDER BY id LIMIT 1`);
    // Founded in 2023 and still active; founded in 2023 and disbanded in 2024; founded in 2026.
    await t.db.execute(sql`INSERT INTO community_volunteer_teams (name, org_id, org_path, captain_person_id, status, created_at, disbanded_at) VALUES
      ('老队', ${fresh.id}, ${fresh.path}, ${p.id}, 'active', '2023-03-01T00:00:00Z', NULL),
      ('散队', ${fresh.id}, ${fresh.path}, ${p.id}, 'disbanded', '2023-03-01T00:00:00Z', '2024-06-01T00:00:00Z'),
      ('新队', ${fresh.id}, ${fresh.path}, ${p.id}, 'active', '2026-02-01T00:00:00Z', NULL)`);
    expect(await inYear(2022)).toBe(0);
    expect(await inYear(2023)).toBe(2);
    expect(await inYear(2024)).toBe(2);
    expect(await inYear(2025)).toBe(1);
    expect(await inYear(2026)).toBe(2);
    // Without a period: the active ones.
    expect(await value('community.volunteer_teams', fresh)).toBe(2);
  });

  it('every community figure equals what its records add up to (root and agency), and another agency sees none of it', async () => {
    for (const org of [root, agency]) {
      for (const m of communityMetrics) {
        if (!m.records) continue;
        const rec = await allPages<Record<string, unknown>>((u) => admin.get(u), `/api/v1/figures/${m.name}/records?orgId=${org.id}`);
        const v = await value(m.name, org);
        if (m.measure === 'none') {
          // A rate: its records are the hits (people registered), the value their share of the scope's people in per cent.
          expect(v, m.name).toBe(Math.round((rec.length / (await peopleIn(org))) * 1000) / 10);
          expect(v).toBeGreaterThan(0);
          expect(v).toBeLessThanOrEqual(100);
        } else if (m.measure && typeof m.measure === 'object') {
          const field = m.measure.sum;
          expect(rec.reduce((s: number, r: Record<string, unknown>) => s + Number(r[field]), 0), m.name).toBeCloseTo(v, 6);
        } else expect(rec.length, `${m.name} at ${org.path}`).toBe(v);
      }
    }
    // Another agency's figures do not move with this test's rows.
    const orgadmin2 = await t.login('orgadmin2');
    const theirs = (await orgadmin2.get('/api/v1/figures')).json().items;
    for (const name of ['community.volunteer_person_times', 'community.confirmed_hours', 'community.communities_served', 'community.volunteer_teams', 'community.needs_posted'])
      expect(theirs.find((i: { name: string }) => i.name === name).value, name).toBe(theirsBefore.get(name));
  });
});
