import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows, type Db } from '../../../kernel/db/client.js';
import { EventBus } from '../../../kernel/events.js';
import { openTestDatabase, testEnv } from '../../../../../test/harness.js';
import { defineModulePermissions } from '../../../app.js';
import { isCreditCode } from '../credit-code.js';
import { seedPairing } from './seed-pairing.js';

/** Rows that break a rule of the seeded data; every query must return none. */
const violations: Record<string, ReturnType<typeof sql>> = {
  'a credit code whose region is not the district': sql`SELECT id FROM pairing_entrepreneurs WHERE substr(credit_code, 3, 6) <> district_code`,
  'an approved entrepreneur without an entrepreneur account': sql`
    SELECT e.id FROM pairing_entrepreneurs e WHERE e.status = 'approved'
       AND NOT EXISTS (SELECT 1 FROM role_assignments r WHERE r.account_id = e.account_id AND r.role = 'entrepreneur')`,
  'a pair with a cadre over 35 on the day': sql`
    SELECT p.id FROM pairing_pairs p JOIN people x ON x.id = p.cadre_person_id
     WHERE date_part('year', age((p.started_at AT TIME ZONE 'Asia/Shanghai')::date, x.birth_date)) > 35`,
  'a pair before the approval or ending before it started': sql`
    SELECT p.id FROM pairing_pairs p JOIN pairing_entrepreneurs e ON e.id = p.entrepreneur_id WHERE p.started_at < e.reviewed_at OR p.ended_at <= p.started_at`,
  'a contact outside its pair or written by another than the cadre': sql`
    SELECT l.id FROM pairing_contact_logs l JOIN pairing_pairs p ON p.id = l.pair_id LEFT JOIN accounts a ON a.id = l.written_by
     WHERE l.happened_at < p.started_at OR l.happened_at > coalesce(p.ended_at, now()) OR a.person_id IS DISTINCT FROM p.cadre_person_id`,
  "a concern whose pair was not the entrepreneur's active one when raised": sql`
    SELECT c.demand_id FROM pairing_concerns c JOIN pairing_pairs p ON p.id = c.pair_id
     WHERE c.created_at < p.started_at OR c.created_at > coalesce(p.ended_at, now()) OR p.entrepreneur_id <> c.entrepreneur_id`,
  "a concern's trail out of order, in the future, or not starting when it was raised": sql`
    SELECT e.demand_id FROM demand_events e JOIN pairing_concerns c ON c.district_code = e.district_code AND c.demand_id = e.demand_id
     JOIN demands d ON d.district_code = e.district_code AND d.id = e.demand_id
     WHERE e.at > now() OR e.at < d.received_at OR c.created_at <> d.received_at
        OR e.at < (SELECT max(x.at) FROM demand_events x WHERE x.district_code = e.district_code AND x.demand_id = e.demand_id AND x.id < e.id)`,
  'a research participant who is both or neither side': sql`
    SELECT id FROM pairing_research_participants WHERE (person_id IS NULL) = (entrepreneur_id IS NULL) OR left_at < joined_at`,
  'a meeting or output of a concluded topic after its end': sql`
    SELECT t.id FROM pairing_research_topics t WHERE t.ended_on IS NOT NULL AND (
      EXISTS (SELECT 1 FROM pairing_research_meetings m WHERE m.topic_id = t.id AND (m.held_at AT TIME ZONE 'Asia/Shanghai')::date > t.ended_on)
      OR EXISTS (SELECT 1 FROM pairing_research_outputs o WHERE o.topic_id = t.id AND (greatest(o.submitted_at, o.reviewed_at, o.published_at) AT TIME ZONE 'Asia/Shanghai')::date > t.ended_on))`,
  'co-study attendance without a sign-up': sql`
    SELECT x.id FROM activity_attendance x JOIN activities a ON a.id = x.activity_id WHERE a.type_code = 'co_study' AND a.created_by IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM activity_signups s WHERE s.activity_id = x.activity_id AND s.person_id = x.person_id AND s.status = 'confirmed')`,
  "an entrepreneur at a co-study session who was not paired with a cadre signed up for it, or checked in to one not held yet": sql`
    SELECT g.id FROM pairing_cosession_signups g JOIN activities a ON a.id = g.activity_id
     WHERE NOT EXISTS (SELECT 1 FROM pairing_research_meetings m WHERE m.activity_id = a.id)
       AND (g.checked_in_at IS NOT NULL AND a.starts_at > now())
        OR NOT EXISTS (SELECT 1 FROM pairing_research_meetings m WHERE m.activity_id = a.id) AND NOT EXISTS (SELECT 1 FROM pairing_pairs p JOIN activity_signups s ON s.person_id = p.cadre_person_id AND s.activity_id = g.activity_id
                        WHERE p.entrepreneur_id = g.entrepreneur_id AND p.started_at < a.starts_at AND (p.ended_at IS NULL OR p.ended_at > a.starts_at))`,
  "a co-study session whose seats are not its sign-ups on both sides": sql`
    SELECT a.id FROM activities a WHERE a.type_code = 'co_study' AND a.created_by IS NOT NULL
       AND a.confirmed_count <> (SELECT count(*) FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'confirmed')
                              + (SELECT count(*) FROM pairing_cosession_signups g WHERE g.activity_id = a.id AND g.cancelled_at IS NULL AND g.status = 'confirmed')`,
  'a research meeting held as an activity at another time, of another organisation or not a co-study session': sql`
    SELECT m.id FROM pairing_research_meetings m JOIN pairing_research_topics t ON t.id = m.topic_id LEFT JOIN activities a ON a.id = m.activity_id
     WHERE m.activity_id IS NOT NULL AND (a.id IS NULL OR a.starts_at <> m.held_at OR a.org_id <> t.org_id OR a.type_code <> 'co_study')`,
  "someone at a research meeting's session who was not on the topic that day": sql`
    SELECT m.id FROM pairing_research_meetings m
     WHERE EXISTS (SELECT 1 FROM activity_signups s WHERE s.activity_id = m.activity_id AND NOT EXISTS (
             SELECT 1 FROM pairing_research_participants x WHERE x.topic_id = m.topic_id AND x.person_id = s.person_id AND x.joined_at <= m.held_at AND (x.left_at IS NULL OR x.left_at > m.held_at)))
        OR EXISTS (SELECT 1 FROM pairing_cosession_signups g WHERE g.activity_id = m.activity_id AND NOT EXISTS (
             SELECT 1 FROM pairing_research_participants x WHERE x.topic_id = m.topic_id AND x.entrepreneur_id = g.entrepreneur_id AND x.joined_at <= m.held_at AND (x.left_at IS NULL OR x.left_at > m.held_at)))`,
  'a published output without its review': sql`
    SELECT id FROM pairing_research_outputs WHERE status IN ('approved', 'published', 'returned') AND (reviewed_at IS NULL OR reviewed_at < submitted_at)
        OR published_at < reviewed_at OR submitted_at < created_at`,
};

async function figures(db: Db) {
  const [f] = await rows<Record<string, number>>(
    db,
    sql`SELECT (SELECT count(*)::int FROM pairing_entrepreneurs WHERE status = 'approved') AS approved,
               (SELECT count(*)::int FROM pairing_entrepreneurs WHERE status = 'pending') AS pending,
               (SELECT count(*)::int FROM pairing_pairs WHERE ended_at IS NULL) AS active,
               (SELECT count(*)::int FROM pairing_contact_logs) AS contacts,
               (SELECT count(*)::int FROM pairing_concerns) AS concerns,
               (SELECT count(DISTINCT d.status)::int FROM pairing_concerns c JOIN demands d ON d.district_code = c.district_code AND d.id = c.demand_id) AS states,
               (SELECT count(*)::int FROM activities WHERE type_code = 'co_study' AND created_by IS NOT NULL) AS sessions,
               (SELECT count(*)::int FROM pairing_cosession_signups WHERE checked_in_at IS NOT NULL) AS "entrepreneurCheckIns",
               (SELECT count(*)::int FROM pairing_research_topics) AS topics,
               (SELECT count(*)::int FROM pairing_research_meetings WHERE activity_id IS NOT NULL) AS "meetingSessions",
               (SELECT count(DISTINCT status)::int FROM pairing_research_outputs) AS "outputStates"`,
  );
  return f;
}

describe('pairing demo seed', () => {
  it('seeds consistent entrepreneurs, pairs, contacts, concerns through the demands workflow, co-study and research; the same seed the same data', async () => {
    const env = testEnv();
    // The seed acts through the engines' commands, which check permissions as the app defines them.
    defineModulePermissions();
    const run = async () => {
      const database = await openTestDatabase();
      const logged: string[] = [];
      const ctx = { database, db: database.db, env, events: new EventBus() };
      // The tests' fixture carries no pairing data of its own.
      expect((await figures(database.db)).approved).toBe(0);
      const summary = await seedPairing(ctx, { scale: 'tiny', seed: 2026, demoPassword: 'x', log: (m) => logged.push(m) }, new Date('2026-12-06T04:00:00Z'));
      return { database, summary: summary!, logged: logged.join('\n') };
    };
    const a = await run();
    try {
      for (const [rule, query] of Object.entries(violations)) expect(await rows(a.database.db, query), rule).toEqual([]);
      const codes = await rows<{ credit_code: string }>(a.database.db, sql`SELECT credit_code FROM pairing_entrepreneurs`);
      expect(codes.every((c) => isCreditCode(c.credit_code))).toBe(true);
      const f = await figures(a.database.db);
      expect(f.approved + f.pending).toBeLessThanOrEqual(40);
      expect(f.approved).toBeGreaterThan(25);
      expect(f.active).toBeGreaterThan(15);
      expect(f.contacts).toBeGreaterThan(f.active * 3);
      expect(f.concerns).toBe(a.summary.concerns.raised);
      expect(f.states).toBeGreaterThanOrEqual(4);
      expect(f.sessions).toBe(a.summary.coStudy.sessions + a.summary.coStudy.upcoming + a.summary.research.sessions);
      expect(f.entrepreneurCheckIns).toBe(a.summary.coStudy.entrepreneurAttendances + a.summary.research.sessionAttendances.entrepreneurs);
      // research meetings held as co-study sessions: every topic's opening one at least, with both sides present
      expect(f.meetingSessions).toBe(a.summary.research.sessions);
      expect(f.meetingSessions).toBeGreaterThanOrEqual(3);
      expect(a.summary.research.sessionAttendances.cadres).toBeGreaterThan(0);
      expect(a.summary.research.sessionAttendances.entrepreneurs).toBeGreaterThan(0);
      expect(f.entrepreneurCheckIns).toBeGreaterThan(0);
      expect(f.topics).toBe(3);
      expect(a.logged).toContain('青创π: 青年企业家');
      // Deterministic: a second database seeded the same way holds the same entrepreneurs and pairs.
      const b = await run();
      try {
        const digest = (db: Db) => rows(db, sql`SELECT e.name, e.credit_code, p.cadre_person_id FROM pairing_entrepreneurs e LEFT JOIN pairing_pairs p ON p.entrepreneur_id = e.id ORDER BY e.id, p.id`);
        expect(await digest(b.database.db)).toEqual(await digest(a.database.db));
        expect(b.summary.concerns).toEqual(a.summary.concerns);
        expect(b.summary.research).toEqual(a.summary.research);
        const meetings = (db: Db) =>
          rows(db, sql`SELECT m.title, m.held_at, a.title AS activity, a.capacity, (SELECT count(*)::int FROM activity_attendance x WHERE x.activity_id = a.id) AS came
                         FROM pairing_research_meetings m LEFT JOIN activities a ON a.id = m.activity_id ORDER BY m.id`);
        expect(await meetings(b.database.db)).toEqual(await meetings(a.database.db));
      } finally {
        await b.database.close();
      }
    } finally {
      await a.database.close();
    }
  }, 120_000);
});
