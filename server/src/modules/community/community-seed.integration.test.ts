import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, rows, type Database, type Db } from '../../kernel/db/client.js';
import { parseEnv } from '../../kernel/env.js';
import { EventBus } from '../../kernel/events.js';
import { ensureReferenceData } from '../../app.js';
import { seedDemoCity } from '../../seed/demo-city.js';
import { seedCommunity } from './community.seed.js';
import { communityPlans } from './seed/plan.js';

const one = async (db: Db, query: ReturnType<typeof sql>) => Number((await rows<{ n: number | string }>(db, query))[0].n);

/** The community seed's content on one demo city, ids replaced by names or ranks so that runs rolled back and repeated compare. */
async function communityDigest(db: Db) {
  // Statuses of hours depend on the clock (the last days' hours are pending), so they are left out.
  const content = [
    await rows(db, sql`SELECT name, street_code, party_org_name, address FROM communities ORDER BY id`),
    await rows(db, sql`SELECT t.name, t.captain_person_id, t.service_types, array_agg(m.person_id ORDER BY m.id) AS members FROM community_volunteer_teams t
                        JOIN community_team_members m ON m.team_id = t.id GROUP BY t.id ORDER BY t.id`),
    await rows(db, sql`SELECT g.person_id, c.name, g.status FROM community_member_registrations g JOIN communities c ON c.id = g.community_id ORDER BY g.id`),
    await rows(db, sql`SELECT dense_rank() OVER (ORDER BY h.activity_id) AS activity, c.name, h.person_id, h.recorded_hours
                         FROM community_service_hours h JOIN communities c ON c.id = h.community_id ORDER BY h.id`),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

// A fresh tiny demo city of its own, so that what the test template holds does not matter.
describe('community demo data on the tiny demo city', () => {
  const plan = communityPlans.tiny;
  let database: Database;
  let db: Db;
  let ctx: { database: Database; db: Db; env: ReturnType<typeof parseEnv>; events: EventBus };
  beforeAll(async () => {
    database = await openDatabase({});
    await migrateDatabase(database);
    const env = parseEnv({ LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    ctx = { database, db: database.db, env, events: new EventBus() };
    db = database.db;
    await ensureReferenceData(ctx);
    await seedDemoCity(db, { scale: 'tiny', seed: 7, demoPassword: env.DEMO_PASSWORD, today: '2026-07-01' });
  });
  afterAll(() => database.close());

  /** Seeds the community data inside a transaction that is rolled back, and digests it. */
  async function rolledBack(seed: number) {
    let digest = '';
    await db
      .transaction(async (tx) => {
        await seedCommunity({ ...ctx, db: tx as unknown as Db }, { scale: 'tiny', seed, demoPassword: ctx.env.DEMO_PASSWORD, log: () => {} });
        digest = await communityDigest(tx as unknown as Db);
        tx.rollback();
      })
      .catch((e: Error) => {
        if (!/rollback/i.test(e.message)) throw e;
      });
    return digest;
  }

  let first = '';
  it('is deterministic for a seed and different for another', async () => {
    first = await rolledBack(7);
    expect(first).not.toBe('');
    expect(await rolledBack(7)).toBe(first);
    expect(await rolledBack(8)).not.toBe(first);
    expect(await one(db, sql`SELECT count(*) AS n FROM communities`)).toBe(0); // rolled back
  });

  describe('once seeded', () => {
    beforeAll(async () => {
      await seedCommunity(ctx, { scale: 'tiny', seed: 7, demoPassword: ctx.env.DEMO_PASSWORD, log: () => {} });
    });

    it('is what the rolled-back runs gave', async () => {
      expect(await communityDigest(db)).toBe(first);
    });

    it('has communities of real streets with party organisations and staff accounts, the demo account among them', async () => {
      const n = await one(db, sql`SELECT count(*) AS n FROM communities`);
      expect(n).toBeGreaterThanOrEqual(plan.districts!.length * plan.streetsPerDistrict * plan.perStreet[0]);
      expect(await one(db, sql`SELECT count(*) AS n FROM communities WHERE name NOT LIKE '%社区' OR party_org_name NOT IN (name || '党委', name || '党总支', name || '党支部')`)).toBe(0);
      expect(await one(db, sql`SELECT count(*) AS n FROM communities WHERE left(street_code, 6) <> district_code`)).toBe(0);
      expect(await one(db, sql`SELECT count(DISTINCT name) AS n FROM communities`)).toBe(n);
      expect(await one(db, sql`SELECT count(*) AS n FROM communities c WHERE NOT EXISTS (SELECT 1 FROM community_staff s WHERE s.community_id = c.id)`)).toBe(0);
      // Every staff account holds community_staff at the committee root.
      expect(
        await one(db, sql`SELECT count(*) AS n FROM community_staff s WHERE NOT EXISTS (
          SELECT 1 FROM role_assignments r JOIN orgs o ON o.id = r.org_id WHERE r.account_id = s.account_id AND r.role = 'community_staff' AND o.parent_id IS NULL)`),
      ).toBe(0);
      expect(await one(db, sql`SELECT count(*) AS n FROM community_staff s JOIN accounts a ON a.id = s.account_id WHERE a.username = 'community'`)).toBe(plan.demoStaffCommunities);
      expect(await one(db, sql`SELECT count(*) AS n FROM accounts WHERE username LIKE 'community0%'`)).toBe(n);
    });

    it('registers every agency with 2–6 communities, confirmed by their staff, with queues', async () => {
      const perAgency = await rows<{ n: number }>(
        db,
        sql`SELECT (SELECT count(*)::int FROM community_org_registrations g WHERE g.org_id = o.id AND g.status = 'confirmed') AS n FROM orgs o WHERE o.kind = 'party_committee'`,
      );
      expect(perAgency.length).toBeGreaterThan(0);
      expect(perAgency.every((a) => a.n >= 2 && a.n <= 6)).toBe(true);
      expect(
        await one(db, sql`SELECT count(*) AS n FROM community_org_registrations g WHERE g.status = 'confirmed'
          AND NOT EXISTS (SELECT 1 FROM community_staff s WHERE s.community_id = g.community_id AND s.account_id = g.confirmed_by)`),
      ).toBe(0);
      // The demo staff account has a proposal waiting.
      expect(
        await one(db, sql`SELECT count(*) AS n FROM community_org_registrations g JOIN community_staff s ON s.community_id = g.community_id
          JOIN accounts a ON a.id = s.account_id WHERE a.username = 'community' AND g.status = 'proposed'`),
      ).toBeGreaterThan(0);
    });

    it('registers about 70% of members where they live, one active community each, the demo accounts left to register themselves', async () => {
      expect(await one(db, sql`SELECT count(*) AS n FROM (SELECT person_id FROM community_member_registrations WHERE status IN ('pending', 'confirmed') GROUP BY person_id HAVING count(*) > 1) x`)).toBe(0);
      const people = await one(db, sql`SELECT count(*) AS n FROM people`);
      const confirmed = await one(db, sql`SELECT count(DISTINCT person_id) AS n FROM community_member_registrations WHERE status = 'confirmed'`);
      expect(confirmed / people).toBeGreaterThan(0.6);
      expect(confirmed / people).toBeLessThan(0.8);
      expect(await one(db, sql`SELECT count(*) AS n FROM community_member_registrations WHERE status = 'pending'`)).toBeGreaterThan(0);
      expect(
        await one(db, sql`SELECT count(*) AS n FROM community_member_registrations g WHERE g.status IN ('confirmed', 'declined', 'left')
          AND NOT EXISTS (SELECT 1 FROM community_staff s WHERE s.community_id = g.community_id AND s.account_id = g.decided_by)`),
      ).toBe(0);
      expect(await one(db, sql`SELECT count(*) AS n FROM community_member_registrations g JOIN accounts a ON a.person_id = g.person_id WHERE a.username IN ('member', 'secretary')`)).toBe(0);
    });

    it('has the planned teams, each led by a captain with a login who is a member, 8–30 members and service areas', async () => {
      const teams = await rows<{ id: number; members: number; captain_in: boolean; areas: number; agency: boolean; captain_login: boolean }>(
        db,
        sql`SELECT t.id,
                   (SELECT count(*)::int FROM community_team_members m WHERE m.team_id = t.id AND m.left_at IS NULL) AS members,
                   EXISTS (SELECT 1 FROM community_team_members m WHERE m.team_id = t.id AND m.person_id = t.captain_person_id AND m.left_at IS NULL) AS captain_in,
                   (SELECT count(*)::int FROM community_team_areas a WHERE a.team_id = t.id AND a.community_id IS NOT NULL) AS areas,
                   EXISTS (SELECT 1 FROM orgs o WHERE o.id = t.org_id AND o.kind = 'party_committee' AND o.path = t.org_path) AS agency,
                   EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = t.captain_person_id AND a.username LIKE 'captain%') AS captain_login
              FROM community_volunteer_teams t`,
      );
      expect(teams.length).toBe(plan.teams);
      for (const t of teams) {
        expect(t).toMatchObject({ captain_in: true, agency: true, captain_login: true });
        expect(t.members).toBeGreaterThanOrEqual(8);
        expect(t.members).toBeLessThanOrEqual(30);
        expect(t.areas).toBeGreaterThan(0);
      }
    });

    it('links every volunteer activity, attendance and hours row consistently', async () => {
      // Every hours row belongs to a linked volunteer activity of the same community, with a checked-out attendance of the same hours.
      expect(
        await one(db, sql`SELECT count(*) AS n FROM community_service_hours h
          LEFT JOIN community_activities ca ON ca.activity_id = h.activity_id AND ca.community_id = h.community_id
          LEFT JOIN activities a ON a.id = h.activity_id AND a.type_code = 'volunteer_service' AND a.org_path = h.org_path
          LEFT JOIN activity_attendance x ON x.activity_id = h.activity_id AND x.person_id = h.person_id AND x.checked_out_at IS NOT NULL AND x.service_hours = h.recorded_hours
         WHERE ca.activity_id IS NULL OR a.id IS NULL OR x.id IS NULL`),
      ).toBe(0);
      const linkedAttendance = await one(db, sql`SELECT count(*) AS n FROM activity_attendance x JOIN community_activities ca ON ca.activity_id = x.activity_id`);
      expect(linkedAttendance).toBe(await one(db, sql`SELECT count(*) AS n FROM community_service_hours`));
      expect(linkedAttendance).toBeGreaterThanOrEqual(plan.personTimes);
      // Confirmed by the staff of the community served; recent ones still pending.
      expect(
        await one(db, sql`SELECT count(*) AS n FROM community_service_hours h WHERE h.status = 'confirmed'
          AND NOT EXISTS (SELECT 1 FROM community_staff s WHERE s.community_id = h.community_id AND s.account_id = h.confirmed_by)`),
      ).toBe(0);
      expect(await one(db, sql`SELECT count(*) AS n FROM community_service_hours WHERE status = 'pending'`)).toBeGreaterThan(0);
      expect(await one(db, sql`SELECT count(*) AS n FROM community_service_hours WHERE status = 'confirmed'`) / linkedAttendance).toBeGreaterThan(0.6);
      // Team activities are attended by their members (and a few colleagues of the same agency).
      expect(
        await one(db, sql`SELECT count(*) AS n FROM community_activities ca JOIN community_volunteer_teams t ON t.id = ca.team_id JOIN activities a ON a.id = ca.activity_id
          WHERE a.org_id <> t.org_id`),
      ).toBe(0);
    });

    it('turns fulfilled needs into activities through completed claims, keeps one live claim per need and flags late open needs', async () => {
      expect(
        await one(db, sql`SELECT count(*) AS n FROM community_needs n WHERE n.status = 'fulfilled' AND NOT EXISTS (
          SELECT 1 FROM community_need_claims c JOIN community_activities ca ON ca.activity_id = c.activity_id AND ca.need_id = n.id AND ca.claim_id = c.id
           WHERE c.need_id = n.id AND c.status = 'completed')`),
      ).toBe(0);
      expect(await one(db, sql`SELECT count(*) AS n FROM (SELECT need_id FROM community_need_claims WHERE status IN ('claimed', 'scheduled', 'completed') GROUP BY need_id HAVING count(*) > 1) x`)).toBe(0);
      expect(await one(db, sql`SELECT count(*) AS n FROM community_needs WHERE status = 'claimed' AND NOT EXISTS (SELECT 1 FROM community_need_claims c WHERE c.need_id = community_needs.id AND c.status IN ('claimed', 'scheduled'))`)).toBe(0);
      expect(await one(db, sql`SELECT count(*) AS n FROM community_needs WHERE status = 'open' AND claim_deadline < now() AND flagged_at IS NULL`)).toBe(0);
      const statuses = await rows<{ status: string }>(db, sql`SELECT DISTINCT status FROM community_needs ORDER BY status`);
      expect(statuses.map((s) => s.status)).toEqual(['cancelled', 'claimed', 'expired', 'fulfilled', 'open']);
    });

    it('serves most communities, each served one in some team’s service area', async () => {
      const n = await one(db, sql`SELECT count(*) AS n FROM communities`);
      const served = await rows<{ id: number; in_area: boolean }>(
        db,
        sql`SELECT c.id, EXISTS (SELECT 1 FROM community_team_areas a WHERE a.community_id = c.id) AS in_area FROM communities c
             WHERE EXISTS (SELECT 1 FROM community_activities ca JOIN activities a ON a.id = ca.activity_id
                            WHERE ca.community_id = c.id AND a.ends_at <= now() AND EXISTS (SELECT 1 FROM activity_attendance x WHERE x.activity_id = a.id))`,
      );
      expect(served.length).toBe(Math.round(n * plan.servedShare));
      expect(served.every((c) => c.in_area)).toBe(true);
      // The same communities count as served from confirmed hours or fulfilled needs alone.
      const confirmedOrFulfilled = await one(
        db,
        sql`SELECT count(DISTINCT id) AS n FROM (SELECT community_id AS id FROM community_service_hours WHERE status = 'confirmed'
             UNION SELECT community_id FROM community_needs WHERE status = 'fulfilled') s`,
      );
      expect(confirmedOrFulfilled).toBe(served.length);
    });
  });
});
