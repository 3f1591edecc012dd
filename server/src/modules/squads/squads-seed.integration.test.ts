import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows, type Database, type Db } from '../../kernel/db/client.js';
import { EventBus } from '../../kernel/events.js';
import { shanghaiDay } from '../../kernel/time.js';
import { openTestDatabase, testEnv } from '../../../../test/harness.js';
import { allModules } from '../../app.js';
import { seedSquads } from './squads.seed.js';
import { demoQuarters, demoYear } from './seed/calendar.js';

/** Rows that break a rule of the seeded data; every query must return none. */
const violations: Record<string, ReturnType<typeof sql>> = {
  'a person in two active squads': sql`SELECT person_id FROM squad_members WHERE status = 'active' GROUP BY person_id HAVING count(*) > 1`,
  'a member older than the young-cadre age on the joining day': sql`
    SELECT m.id FROM squad_members m JOIN people p ON p.id = m.person_id
     WHERE m.joined_at IS NOT NULL
       AND date_part('year', age((m.joined_at AT TIME ZONE 'Asia/Shanghai')::date, p.birth_date)) > coalesce((SELECT max(young_max_age) FROM squad_years), 35)`,
  'an active squad without 6–15 active members': sql`
    SELECT s.id FROM squads s LEFT JOIN squad_members m ON m.squad_id = s.id AND m.status = 'active'
     WHERE s.status = 'active' GROUP BY s.id HAVING count(m.id) NOT BETWEEN 6 AND 15`,
  'a squad whose leader is not its one active leader row': sql`
    SELECT s.id FROM squads s
     WHERE s.status = 'active' AND (SELECT array_agg(m.person_id) FROM squad_members m WHERE m.squad_id = s.id AND m.status = 'active' AND m.role = 'leader')
           IS DISTINCT FROM ARRAY[s.leader_person_id]`,
  'a member who left before joining': sql`SELECT id FROM squad_members WHERE left_at < joined_at OR confirmed_at < proposed_at`,
  'a squad organised outside an agency of the committee': sql`
    SELECT s.id FROM squads s JOIN orgs o ON o.id = s.org_id WHERE o.kind <> 'party_committee' OR o.path <> s.org_path`,
  'a task owner who is not a member of the squad': sql`
    SELECT o.task_id FROM squad_task_owners o JOIN squad_tasks t ON t.id = o.task_id
     WHERE NOT EXISTS (SELECT 1 FROM squad_members m WHERE m.squad_id = t.squad_id AND m.person_id = o.person_id AND m.status IN ('active', 'left'))`,
  'a task without owners or milestones': sql`
    SELECT t.id FROM squad_tasks t WHERE NOT EXISTS (SELECT 1 FROM squad_task_owners o WHERE o.task_id = t.id)
        OR NOT EXISTS (SELECT 1 FROM squad_milestones m WHERE m.task_id = t.id)`,
  "a task's milestones out of step with it": sql`
    SELECT t.id FROM squad_tasks t JOIN squad_milestones m ON m.task_id = t.id
     GROUP BY t.id HAVING max(m.due_on) <> t.due_on OR min(m.seq) <> 1 OR max(m.seq) <> count(*) OR count(DISTINCT m.seq) <> count(*)
        OR bool_or(m.created_at > coalesce(m.done_at, m.created_at)) OR bool_or(m.done_at > t.submitted_at)`,
  'an accepted task with an open milestone': sql`
    SELECT t.id FROM squad_tasks t JOIN squad_milestones m ON m.task_id = t.id WHERE t.status IN ('submitted', 'accepted') AND m.status <> 'done'`,
  'an on-time flag that does not follow the Shanghai day': sql`
    SELECT id FROM squad_tasks WHERE on_time IS DISTINCT FROM CASE WHEN done_at IS NULL THEN NULL ELSE (done_at AT TIME ZONE 'Asia/Shanghai')::date <= due_on END
    UNION ALL
    SELECT id FROM squad_milestones WHERE on_time IS DISTINCT FROM CASE WHEN done_at IS NULL THEN NULL ELSE (done_at AT TIME ZONE 'Asia/Shanghai')::date <= due_on END`,
  'a decision before its submission': sql`
    SELECT id FROM squad_tasks WHERE accepted_at < done_at OR returned_at < created_at OR done_at < created_at
    UNION ALL SELECT id FROM squad_innovations WHERE decided_at < submitted_at`,
  'something dated in the future': sql`
    SELECT id FROM squad_members WHERE greatest(proposed_at, confirmed_at, joined_at, left_at) > now()
    UNION ALL SELECT id FROM squad_tasks WHERE greatest(created_at, submitted_at, returned_at, accepted_at) > now()
    UNION ALL SELECT id FROM squad_milestones WHERE done_at > now()
    UNION ALL SELECT id FROM squad_innovations WHERE greatest(submitted_at, decided_at) > now()`,
  'a rating outside its year or of a squad founded after the period': sql`
    SELECT r.id FROM squad_ratings r JOIN squad_periods p ON p.id = r.period_id JOIN squad_rubric_criteria c ON c.id = r.criterion_id JOIN squads s ON s.id = r.squad_id
     WHERE c.year <> p.year OR s.started_on > p.ends_on OR r.created_at::date < p.starts_on`,
  'a year whose rubric has not 3–5 criteria': sql`SELECT year FROM squad_rubric_criteria GROUP BY year HAVING count(*) NOT BETWEEN 3 AND 5`,
  'a closed period without one snapshot per active squad': sql`
    SELECT p.id FROM squad_periods p WHERE p.status = 'closed'
       AND (SELECT count(*) FROM squad_score_snapshots x WHERE x.period_id = p.id)
           <> (SELECT count(*) FROM squads s WHERE s.status = 'active' AND s.started_on <= p.ends_on)`,
  'a quarter closed before its end, or ended and still open': sql`
    SELECT id FROM squad_periods WHERE (status = 'closed') <> (ends_on < (now() AT TIME ZONE 'Asia/Shanghai')::date)`,
  'a squad contest team whose squad does not exist': sql`SELECT t.id FROM contest_teams t WHERE t.squad_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM squads s WHERE s.id = t.squad_id)`,
};

async function expectConsistent(db: Db) {
  for (const [rule, query] of Object.entries(violations)) {
    const found = await rows(db, query);
    expect(found, rule).toEqual([]);
  }
}

async function figures(db: Db) {
  const [f] = await rows<Record<string, number>>(
    db,
    sql`SELECT (SELECT count(*)::int FROM squads WHERE status = 'active') AS squads,
               (SELECT count(*)::int FROM squad_members WHERE status = 'active') AS members,
               (SELECT count(*)::int FROM squad_members WHERE status = 'left') AS "left",
               (SELECT count(*)::int FROM squad_tasks) AS tasks,
               (SELECT count(*)::int FROM squad_tasks WHERE status = 'accepted' AND NOT on_time) AS late,
               (SELECT count(*)::int FROM squad_tasks WHERE returned_at IS NOT NULL) AS returned,
               (SELECT count(*)::int FROM squad_milestones WHERE status = 'done' AND NOT on_time) AS "lateMilestones",
               (SELECT count(*)::int FROM squad_innovations WHERE status = 'accepted') AS accepted,
               (SELECT count(*)::int FROM squad_innovations WHERE status = 'declined') AS declined,
               (SELECT count(*)::int FROM squad_periods) AS periods,
               (SELECT count(*)::int FROM squad_periods WHERE status = 'closed') AS closed,
               (SELECT count(*)::int FROM squad_ratings) AS ratings`,
  );
  return f;
}

describe('squads demo seed', () => {
  const env = testEnv();
  const seed = async (database: Database, today: string) => {
    const logged: string[] = [];
    const summary = await seedSquads({ database, db: database.db, env, events: new EventBus() }, { scale: 'tiny', seed: 2026, demoPassword: 'x', log: (m) => logged.push(m) }, today);
    return { summary, logged: logged.join('\n') };
  };

  it('seeds three consistent squads with a year of work into the tiny city, the four quarters that ended last closed by the scoring engine', async () => {
    const database = await openTestDatabase();
    try {
      // The tests' fixture itself carries no demo squads (squads tests build their own).
      expect((await figures(database.db)).squads).toBe(0);
      // A contest already played by everyone of the city, in agency teams (as the contests seed makes at the bigger scales).
      const [c] = await rows<{ id: number }>(
        database.db,
        sql`INSERT INTO contests (name, org_id, org_path, question_source, scoring, award_rule) SELECT '知识挑战赛', id, path, '{}'::jsonb, '{}'::jsonb, '{}'::jsonb FROM orgs WHERE parent_id IS NULL RETURNING id`,
      );
      const [round] = await rows<{ id: number }>(
        database.db,
        sql`INSERT INTO contest_rounds (contest_id, seq, name, kind, question_ids, seconds_per_question, phase, shuffle_seed) VALUES (${c.id}, 1, '线上初赛', 'async', '{}', 20, 'ended', 1) RETURNING id`,
      );
      await database.db.execute(sql`INSERT INTO contest_teams (contest_id, name, org_id, org_path) SELECT ${c.id}, name, id, path FROM orgs WHERE kind = 'party_committee'`);
      await database.db.execute(sql`INSERT INTO contest_players (round_id, person_id, name, org_path, team_id, token_hash)
        SELECT ${round.id}, p.id, p.name, o.path, (SELECT t.id FROM contest_teams t WHERE o.path LIKE t.org_path || '%'), md5(p.id::text) FROM people p JOIN orgs o ON o.id = p.org_id`);
      // The study the bigger scales seed (content's reading, learning's quizzes and lessons), which 比学习 reads, and
      // their contests (the case's, and one in each of the last four quarters), which 比本领 reads.
      const ctx = { database, db: database.db, env, events: new EventBus() };
      for (const name of ['content', 'learning', 'contests']) await allModules.find((m) => m.name === name)!.seed!(ctx, { scale: 'small', seed: 2026, demoPassword: 'x', log: () => {} });
      const today = shanghaiDay(new Date());
      const { summary, logged } = await seed(database, today);
      expect(summary).toMatchObject({ squads: 3, year: demoYear(today) });
      expect(logged).toContain('青年尖刀班: 3 支');
      await expectConsistent(database.db);
      const f = await figures(database.db);
      expect(f.squads).toBe(3);
      expect(f.members).toBeGreaterThanOrEqual(18);
      expect(f.tasks).toBeGreaterThanOrEqual(12);
      // Four closed quarters, whatever the day: the previous year's last ones come before the competition year's.
      expect(f.periods).toBe(demoQuarters(today).length);
      expect(f.closed).toBe(summary!.closed);
      expect(f.closed).toBe(4);
      // Each closed quarter was lived through: accepted tasks and decided innovations in it, and a ranking with spread.
      const closed = await rows<{ seq: number; year: number; tasks: number; innovations: number; duty: number; ratings: number }>(
        database.db,
        sql`SELECT p.year, p.seq,
                   (SELECT count(*)::int FROM squad_tasks t WHERE t.status = 'accepted' AND (t.done_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN p.starts_on AND p.ends_on) AS tasks,
                   (SELECT count(*)::int FROM squad_innovations i WHERE i.decided_at IS NOT NULL AND (i.decided_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN p.starts_on AND p.ends_on) AS innovations,
                   (SELECT count(DISTINCT x.duty)::int FROM squad_score_snapshots x WHERE x.period_id = p.id) AS duty,
                   (SELECT count(*)::int FROM squad_ratings r WHERE r.period_id = p.id) AS ratings
              FROM squad_periods p WHERE p.status = 'closed' ORDER BY p.starts_on`,
      );
      expect(closed).toHaveLength(4);
      for (const q of closed) {
        expect(q.tasks + q.innovations, `${q.year}-Q${q.seq}`).toBeGreaterThan(0);
        expect(q.duty, `${q.year}-Q${q.seq}`).toBeGreaterThan(1);
        expect(q.ratings, `${q.year}-Q${q.seq}`).toBeGreaterThan(0);
      }
      // 比学习 of every closed quarter comes from the members' study: above zero, and not the same for every squad.
      const learning = await rows<{ year: number; seq: number; best: number; distinct: number }>(
        database.db,
        sql`SELECT p.year, p.seq, max(x.learning)::float AS best, count(DISTINCT x.learning)::int AS distinct
              FROM squad_score_snapshots x JOIN squad_periods p ON p.id = x.period_id WHERE p.status = 'closed' GROUP BY p.year, p.seq ORDER BY p.year, p.seq`,
      );
      expect(learning).toHaveLength(4);
      for (const q of learning) {
        expect(q.best, `比学习 ${q.year}-Q${q.seq}`).toBeGreaterThan(0);
        expect(q.distinct, `比学习 ${q.year}-Q${q.seq}`).toBeGreaterThan(1);
      }
      // 比本领 likewise, from the quarterly contests the members played.
      const skill = await rows<{ year: number; seq: number; best: number }>(
        database.db,
        sql`SELECT p.year, p.seq, max(x.skill)::float AS best FROM squad_score_snapshots x JOIN squad_periods p ON p.id = x.period_id
             WHERE p.status = 'closed' GROUP BY p.year, p.seq ORDER BY p.year, p.seq`,
      );
      expect(skill).toHaveLength(4);
      for (const q of skill) expect(q.best, `比本领 ${q.year}-Q${q.seq}`).toBeGreaterThan(0);
      expect(f.ratings).toBeGreaterThan(0);
      // 比本领 as a team: one squad entered the contest as its own team, with its members' players.
      const teams = await rows<{ squad_id: number; roster: number[]; players: number[]; members: number[] }>(
        database.db,
        sql`SELECT t.squad_id, t.roster, (SELECT array_agg(p.person_id ORDER BY p.person_id) FROM contest_players p WHERE p.team_id = t.id) AS players,
                   (SELECT array_agg(m.person_id ORDER BY m.person_id) FROM squad_members m WHERE m.squad_id = t.squad_id AND m.status = 'active') AS members
              FROM contest_teams t WHERE t.contest_id = ${c.id} AND t.squad_id IS NOT NULL`,
      );
      expect(teams).toHaveLength(summary!.contestTeams);
      expect(teams).toHaveLength(1);
      expect(teams[0].players).toEqual(teams[0].members);
      expect([...teams[0].roster].sort((a, b) => a - b)).toEqual(teams[0].members);
      // The demo accounts' people stay free for the squads the tests create.
      expect(await rows(database.db, sql`SELECT a.username FROM accounts a JOIN squad_members m ON m.person_id = a.person_id`)).toEqual([]);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('is deterministic for a seed and a day; after a whole year every quarter is closed and ranked', async () => {
    const digests: string[] = [];
    for (let run = 0; run < 2; run++) {
      const database = await openTestDatabase();
      try {
        const { summary } = await seed(database, '2026-02-10');
        expect(summary).toMatchObject({ year: 2025, squads: 3, closed: 4 });
        await expectConsistent(database.db);
        const f = await figures(database.db);
        // A whole year lived through: most tasks accepted on time, some late, innovations decided.
        expect(f.tasks - f.late).toBeGreaterThan(f.late);
        expect(f.accepted + f.declined).toBeGreaterThan(0);
        const periods = await rows(database.db, sql`SELECT seq, starts_on::text, ends_on::text, status FROM squad_periods WHERE year = 2025 ORDER BY seq`);
        expect(periods).toEqual([
          { seq: 1, starts_on: '2025-01-01', ends_on: '2025-03-31', status: 'closed' },
          { seq: 2, starts_on: '2025-04-01', ends_on: '2025-06-30', status: 'closed' },
          { seq: 3, starts_on: '2025-07-01', ends_on: '2025-09-30', status: 'closed' },
          { seq: 4, starts_on: '2025-10-01', ends_on: '2025-12-31', status: 'closed' },
        ]);
        const rated = await rows(database.db, sql`SELECT DISTINCT period_id FROM squad_ratings`);
        expect(rated).toHaveLength(4);
        // Ranks 1..n per period with the top squad badged; movement follows the previous quarter.
        const ranks = await rows<{ seq: number; ranks: number[]; badges: number; moved: boolean }>(
          database.db,
          sql`SELECT p.seq, array_agg(x.rank ORDER BY x.rank) AS ranks, count(*) FILTER (WHERE x.badge)::int AS badges,
                     bool_and(x.movement IS NOT DISTINCT FROM x.previous_rank - x.rank) AS moved
                FROM squad_score_snapshots x JOIN squad_periods p ON p.id = x.period_id GROUP BY p.seq ORDER BY p.seq`,
        );
        for (const r of ranks) {
          expect(r.ranks[0]).toBe(1);
          expect(r.badges).toBeGreaterThanOrEqual(1);
          expect(r.moved).toBe(true);
        }
        const dump = [];
        for (const q of [
          sql`SELECT name, field, org_id, started_on::text, leader_person_id, mission FROM squads ORDER BY id`,
          sql`SELECT squad_id, person_id, role, status, proposed_at, joined_at, left_at, leave_reason, reject_reason FROM squad_members ORDER BY id`,
          sql`SELECT squad_id, title, difficulty, due_on::text, status, submitted_at, returned_at, accepted_at, done_at, on_time FROM squad_tasks ORDER BY id`,
          sql`SELECT task_id, seq, title, due_on::text, status, done_at, on_time FROM squad_milestones ORDER BY id`,
          sql`SELECT task_id, person_id FROM squad_task_owners ORDER BY task_id, person_id`,
          sql`SELECT squad_id, kind, title, status, submitted_at, decided_at FROM squad_innovations ORDER BY id`,
          sql`SELECT period_id, squad_id, rater_account_id, criterion_id, score FROM squad_ratings ORDER BY id`,
          sql`SELECT period_id, squad_id, learning, skill, innovation, duty, performance, total, rank, movement, badge FROM squad_score_snapshots ORDER BY id`,
        ])
          dump.push(await rows(database.db, q));
        digests.push(createHash('sha256').update(JSON.stringify(dump)).digest('hex'));
      } finally {
        await database.close();
      }
    }
    expect(digests[1]).toBe(digests[0]);
  }, 180_000);
});
