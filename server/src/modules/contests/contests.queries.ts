import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike, inScope, originOf, ownedAbove, pathInScope, type Scope } from '../../kernel/access/scope.js';
import { getQuestionsForContest } from '../learning/index.js';
import { loadRound } from './round-state.js';
import { standings } from './standings.js';
import type { AwardTier } from './contests.schema.js';
import type { ContestDetailOut, ContestRoundOut, ContestRowOut } from './contests.responses.js';

/**
 * Contests an organiser sees: organised in their scope, and those organised above them (by an ancestor organisation)
 * in which their people play or which field a team
 * of their organisation (read-only there; results and counts cover their people only).
 */
function contestVisible(scope: Scope): SQL {
  const reached = sql`EXISTS (SELECT 1 FROM contest_players p JOIN contest_rounds r ON r.id = p.round_id WHERE r.contest_id = c.id AND ${inScope(sql`p.org_path`, scope)})
    OR EXISTS (SELECT 1 FROM contest_teams t WHERE t.contest_id = c.id AND t.org_path IS NOT NULL AND ${inScope(sql`t.org_path`, scope)})`;
  return sql`(${inScope(sql`c.org_path`, scope)} OR (${ownedAbove(sql`c.org_path`, scope)} AND (${reached})))`;
}
/** Players counted for the caller: everyone in their own contests, their own people in one organised above. */
const countedPlayer = (scope: Scope) => sql`(${inScope(sql`c.org_path`, scope)} OR ${inScope(sql`p.org_path`, scope)})`;

export async function listContests(db: Db, scope: Scope, q: { page: number; pageSize: number; q?: string }) {
  const conds: SQL[] = [contestVisible(scope)];
  if (q.q) conds.push(sql`c.name ILIKE ${'%' + escapeLike(q.q) + '%'}`);
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM contests c WHERE ${where}`);
  const items = await rows<ContestRowOut>(
    db,
    sql`SELECT c.id, c.name, c.entrant_kind AS "entrantKind", c.org_id AS "orgId", o.name AS "orgName", c.created_at AS "createdAt",
               (SELECT count(*)::int FROM contest_rounds r WHERE r.contest_id = c.id) AS rounds,
               (SELECT count(*)::int FROM contest_players p JOIN contest_rounds r ON r.id = p.round_id WHERE r.contest_id = c.id AND ${countedPlayer(scope)}) AS players,
               ${originOf(sql`c.org_path`, sql`o.parent_id`, scope)} AS origin
          FROM contests c JOIN orgs o ON o.id = c.org_id WHERE ${where} ORDER BY c.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A contest with its rounds and teams, for organisers; question texts are not part of it. */
export async function getContest(db: Db, scope: Scope, id: number) {
  const [c] = await rows<Omit<ContestDetailOut, 'rounds' | 'teams'>>(
    db,
    sql`SELECT c.id, c.name, c.description, c.org_id AS "orgId", o.name AS "orgName", c.question_source AS "questionSource",
               c.entrant_kind AS "entrantKind", c.scoring, c.award_rule AS "awardRule", c.created_at AS "createdAt",
               ${originOf(sql`c.org_path`, sql`o.parent_id`, scope)} AS origin
          FROM contests c JOIN orgs o ON o.id = c.org_id WHERE c.id = ${id} AND ${contestVisible(scope)}`,
  );
  if (!c) return null;
  const rounds = await rows<ContestRoundOut>(
    db,
    sql`SELECT r.id, r.seq, r.name, r.kind, r.code, r.phase, r.current_index AS "currentIndex", cardinality(r.question_ids) AS questions,
               r.seconds_per_question AS "secondsPerQuestion", r.opens_at AS "opensAt", r.closes_at AS "closesAt", r.finished_at AS "finishedAt",
               (SELECT count(*)::int FROM contest_players p JOIN contests c ON c.id = r.contest_id WHERE p.round_id = r.id AND ${countedPlayer(scope)}) AS players
          FROM contest_rounds r WHERE r.contest_id = ${id} ORDER BY r.seq`,
  );
  // Organised above: only the teams of the caller's own organisations.
  const ownTeams = c.origin === 'own' ? sql`` : sql` AND org_path IS NOT NULL AND ${inScope(sql`org_path`, scope)}`;
  const teams = await rows<ContestDetailOut['teams'][number]>(db, sql`SELECT id, name, org_id AS "orgId", squad_id AS "squadId", cardinality(roster) AS "rosterSize" FROM contest_teams WHERE contest_id = ${id}${ownTeams} ORDER BY id`);
  return { ...c, rounds, teams };
}

/** The round, if its contest is in scope. */
export async function roundInScope(db: Db, scope: Scope, roundId: number) {
  const s = await loadRound(db, { id: roundId });
  if (!s) return null;
  const [ok] = await rows(db, sql`SELECT 1 FROM contests c WHERE c.id = ${s.contestId} AND ${inScope(sql`c.org_path`, scope)}`);
  return ok ? s : null;
}

/** The round, if the caller sees its contest (own, or above and reaching their people): `own` says which. */
export async function roundVisible(db: Db, scope: Scope, roundId: number) {
  const s = await loadRound(db, { id: roundId });
  if (!s) return null;
  const [ok] = await rows<{ own: boolean }>(db, sql`SELECT ${inScope(sql`c.org_path`, scope)} AS own FROM contests c WHERE c.id = ${s.contestId} AND ${contestVisible(scope)}`);
  return ok ? { ...s, own: ok.own } : null;
}

/** Per question, over every player or (`playerIds`) some of them. */
export async function questionStats(db: Db, roundId: number, questionIds: number[], playerIds?: number[]) {
  const some = playerIds ? sql` AND player_id = ANY(${`{${playerIds.join(',')}}`}::int[])` : sql``;
  const stats = await rows<{ index: number; answered: number; correct: number; avgMs: number | null }>(
    db,
    sql`SELECT question_index AS index, count(answered_at)::int AS answered, (count(*) FILTER (WHERE correct))::int AS correct,
               round(avg(time_ms) FILTER (WHERE answered_at IS NOT NULL))::int AS "avgMs"
          FROM contest_answers WHERE round_id = ${roundId}${some} GROUP BY question_index`,
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

/**
 * Rankings (individual and team), per-question statistics and the award list of one round. With `onlyScope` (a contest
 * organised above the caller) every part covers the caller's own people only: their players keep their overall rank
 * (no other name, score or count is shown), teams are their own organisations' teams, the question statistics are
 * computed over their players' answers and the award list names their people and teams.
 */
export async function roundResults(db: Db, roundId: number, onlyScope: Scope | null = null) {
  const s = await loadRound(db, { id: roundId });
  if (!s) return null;
  const st = await standings(db, roundId, s.contestId, s.scoring);
  let players = st.players;
  let teams = st.teams;
  let awards = await awardList(db, roundId);
  if (onlyScope) {
    players = players.filter((r) => pathInScope(r.entrant.orgPath, onlyScope));
    const own = await rows<{ id: number }>(db, sql`SELECT id FROM contest_teams WHERE contest_id = ${s.contestId} AND org_path IS NOT NULL AND ${inScope(sql`org_path`, onlyScope)}`);
    const ownTeams = new Set(own.map((t) => t.id));
    teams = teams.filter((r) => ownTeams.has(r.entrant.id));
    const ownPeople = new Set(players.map((r) => r.entrant.personId));
    awards = awards.filter((a) => (a.personId != null ? ownPeople.has(a.personId) : a.teamId != null && ownTeams.has(a.teamId)));
  }
  return {
    round: { id: s.id, name: s.name, kind: s.kind, phase: s.phase, finishedAt: s.finishedAt ? new Date(s.finishedAt).toISOString() : null, contestName: s.contestName, ownPeopleOnly: !!onlyScope },
    individuals: players.map((r) => ({ rank: r.rank, playerId: r.entrant.id, name: r.entrant.name, score: r.entrant.score, correct: r.entrant.correct, answered: r.entrant.answered, timeMs: r.entrant.timeMs })),
    teams: teams.map((r) => ({ rank: r.rank, teamId: r.entrant.id, name: r.entrant.name, score: r.entrant.score, players: r.entrant.players })),
    questions: await questionStats(db, roundId, s.questionIds, onlyScope ? players.map((r) => r.entrant.id) : undefined),
    awards,
  };
}
export type RoundResults = NonNullable<Awaited<ReturnType<typeof roundResults>>>;
