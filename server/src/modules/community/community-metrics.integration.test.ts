import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { communityMetrics } from './community.metrics.js';

type Org = { id: number; path: string };

describe(`community figures (${dbKind})`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let root: Org;
  let agency: Org;
  let c: number[];
  let agencyPeople: number[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    [root] = await rows<Org>(t.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
    [agency] = await rows<Org>(t.db, sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin'`);
    agencyPeople = (await rows<{ id: number }>(t.db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${agency.path + '%'} ORDER BY p.id LIMIT 3`)).map((p) => p.id);
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

  const value = async (name: string, org: Org) => {
    const res = await admin.get(`/api/v1/figures/${name}?orgId=${org.id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().value as number;
  };

  it('counts confirmed service only, communities served, teams and needs, each within the scope', async () => {
    expect(await value('community.volunteer_person_times', root)).toBe(2);
    expect(await value('community.confirmed_hours', agency)).toBe(4);
    expect(await value('community.communities_served', root)).toBe(2);
    expect(await value('community.communities_served', agency)).toBe(2);
    expect(await value('community.volunteer_teams', root)).toBe(1);
    expect(await value('community.needs_posted', root)).toBe(3);
    expect(await value('community.needs_posted', agency)).toBe(1);
    expect(await value('community.needs_claimed', root)).toBe(2);
    expect(await value('community.needs_claimed', agency)).toBe(1);
    expect(await value('community.needs_fulfilled', root)).toBe(1);
    expect(await value('community.hours_to_claim', root)).toBe(15);
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${agency.path + '%'}`);
    expect(await value('community.member_registration_rate', agency)).toBe(Math.round((2 / n) * 1000) / 10);
    const served = (await admin.get(`/api/v1/figures/community.communities_served/records?orgId=${root.id}`)).json();
    expect(served.items.map((r: { id: number }) => r.id).sort()).toEqual([c[0], c[1]].sort());
    const cases = new Map((await admin.get(`/api/v1/figures?orgId=${root.id}`)).json().caseFigures.map((x: { code: string; metric: string }) => [x.code, x.metric]));
    expect(cases.get('volunteer_person_times')).toBe('community.volunteer_person_times');
    expect(cases.get('communities_served')).toBe('community.communities_served');
    expect(cases.get('volunteer_teams')).toBe('community.volunteer_teams');
  });

  it('every community figure equals what its records add up to (root and agency), and another agency sees none of it', async () => {
    for (const org of [root, agency]) {
      for (const m of communityMetrics) {
        if (!m.records) continue;
        const rec = (await admin.get(`/api/v1/figures/${m.name}/records?orgId=${org.id}&pageSize=100`)).json();
        const v = await value(m.name, org);
        if (m.measure === 'none') {
          // A rate: its records are the hits (people registered), the value a share in per cent.
          expect(rec.total, m.name).toBe(2);
          expect(v).toBeGreaterThan(0);
          expect(v).toBeLessThanOrEqual(100);
        }        else if (m.measure && typeof m.measure === 'object') {
          const field = m.measure.sum;
          expect(rec.items.reduce((s: number, r: Record<string, unknown>) => s + Number(r[field]), 0), m.name).toBeCloseTo(v, 6);
        } else expect(rec.total, `${m.name} at ${org.path}`).toBe(v);
      }
    }
    const orgadmin2 = await t.login('orgadmin2');
    const theirs = (await orgadmin2.get('/api/v1/figures')).json().items;
    for (const name of ['community.volunteer_person_times', 'community.confirmed_hours', 'community.communities_served', 'community.volunteer_teams', 'community.needs_posted'])
      expect(theirs.find((i: { name: string }) => i.name === name).value, name).toBe(0);
  });
});
