import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../kernel/access/scope.js';
import { getQuestionsForContest } from '../learning/index.js';
import { loadRound } from './round-state.js';
import { standings } from './standings.js';
import type { AwardTier } from './contests.schema.js';
import type { ContestDetailOut, ContestRoundOut, ContestRowOut } from './contests.responses.js';

export async function listContests(db: Db, scope: Scope, q: { page: number; pageSize: number; q?: string }) {
  const conds: SQL[] = [inScope(sql`c.org_path`, scope)];
  if (q.q) conds.push(sql`c.name ILIKE ${'%' + escapeLike(q.q) + '%'}`);
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM contests c WHERE ${where}`);
  const items = await rows<ContestRowOut>(
    db,
    sql`SELECT c.id, c.name, c.entrant_kind AS "entrantKind", c.org_id AS "orgId", o.name AS "orgName", c.created_at AS "createdAt",
               (SELECT count(*)::int FROM contest_rounds r WHERE r.contest_id = c.id) AS rounds,
               (SELECT count(*)::int FROM contest_players p JOIN contest_rounds r ON r.id = p.round_id WHERE r.contest_id = c.id) AS players
          FROM contests c JOIN orgs o ON o.id = c.org_id WHERE ${where} ORDER BY c.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A contest with its rounds and teams, for organisers; question texts are not part of it. */
export async function getContest(db: Db, scope: Scope, id: number) {
  const [c] = await rows<Omit<ContestDetailOut, 'rounds' | 'teams'>>(
    db,
    sql`SELECT c.id, c.name, c.description, c.org_id AS "orgId", o.name AS "orgName", c.question_source AS "questionSource",
               c.entrant_kind AS "entrantKind", c.scoring, c.award_rule AS "awardRule", c.created_at AS "createdAt"
          FROM contests c JOIN orgs o ON o.id = c.org_id WHERE c.id = ${id} AND ${inScope(sql`c.org_path`, scope)}`,
  );
  if (!c) return null;
  const rounds = await rows<ContestRoundOut>(
    db,
    sql`SELECT r.id, r.seq, r.name, r.kind, r.code, r.phase, r.current_index AS "currentIndex", cardinality(r.question_ids) AS questions,
               r.seconds_per_question AS "secondsPerQuestion", r.opens_at AS "opensAt", r.closes_at AS "closesAt", r.finished_at AS "finishedAt",
               (SELECT count(*)::int FROM contest_players p WHERE p.round_id = r.id) AS players
          FROM contest_rounds r WHERE r.contest_id = ${id} ORDER BY r.seq`,
  );
  const teams = await rows<ContestDetailOut['teams'][number]>(db, sql`SELECT id, name, org_id AS "orgId", squad_id AS "squadId", cardinality(roster) AS "rosterSize" FROM contest_teams WHERE contest_id = ${id} ORDER BY id`);
  return { ...c, rounds, teams };
}

/** The round, if its contest is in scope. */
export async function roundInScope(db: Db, scope: Scope, roundId: number) {
  const s = await loadRound(db, { id: roundId });
  if (!s) return null;
  const [ok] = await rows(db, sql`SELECT 1 FROM contests c WHERE c.id = ${s.contestId} AND ${inScope(sql`c.org_path`, scope)}`);
  return ok ? s : null;
}

export async function questionStats(db: Db, roundId: number, questionIds: number[]) {
  const stats = await rows<{ index: number; answered: number; correct: number; avgMs: number | null }>(
    db,
    sql`SELECT question_index AS index, count(answered_at)::int AS answered, (count(*) FILTER (WHERE correct))::int AS correct,
               round(avg(time_ms) FILTER (WHERE answered_at IS NOT NULL))::int AS "avgMs"
          FROM contest_answers WHERE round_id = ${roundId} GROUP BY question_index`,
  );
  const byIndex = new Map(stats.map((s) => [s.index, s]));
  const questions = await getQuestionsForContest(db, questionIds);
  return questions.map((q, index) => {
    const s = byIndex.get(index);
    return {
      index,
      questionId: q.id,
      stem: q.stem,
      answered: s?.answered ?? 0,
      correct: s?.correct ?? 0,
      correctRate: s && s.answered ? Math.round((s.correct / s.answered) * 1000) / 10 : 0,
      avgSeconds: s?.avgMs != null ? Math.round(s.avgMs / 100) / 10 : null,
    };
  });
}

export async function awardList(db: Db, roundId: number) {
  return rows<{ id: number; tier: AwardTier; rank: number; score: number; name: string; personId: number | null; teamId: number | null; certificateNo: string }>(
    db,
    sql`SELECT id, tier, rank, score, name, person_id AS "personId", team_id AS "teamId", certificate_no AS "certificateNo"
          FROM contest_awards WHERE round_id = ${roundId} ORDER BY rank, id`,
  );
}

/** Rankings (individual and team), per-question statistics and the award list of one round. */
export async function roundResults(db: Db, roundId: number) {
  const s = await loadRound(db, { id: roundId });
  if (!s) return null;
  const st = await standings(db, roundId, s.contestId, s.scoring);
  return {
    round: { id: s.id, name: s.name, kind: s.kind, phase: s.phase, finishedAt: s.finishedAt ? new Date(s.finishedAt).toISOString() : null, contestName: s.contestName },
    individuals: st.players.map((r) => ({ rank: r.rank, playerId: r.entrant.id, name: r.entrant.name, score: r.entrant.score, correct: r.entrant.correct, answered: r.entrant.answered, timeMs: r.entrant.timeMs })),
    teams: st.teams.map((r) => ({ rank: r.rank, teamId: r.entrant.id, name: r.entrant.name, score: r.entrant.score, players: r.entrant.players })),
    questions: await questionStats(db, roundId, s.questionIds),
    awards: await awardList(db, roundId),
  };
}
export type RoundResults = NonNullable<Awaited<ReturnType<typeof roundResults>>>;
