import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { RoundPhase } from './contests.schema.js';
import type { HostCommand } from './contests.dto.js';
import type { AwardRule, ScoringRule } from './scoring.js';

/** A round as the live engine needs it; times are epoch milliseconds. */
export interface RoundState {
  id: number;
  contestId: number;
  contestName: string;
  contestOrgPath: string;
  entrantKind: 'individual' | 'team';
  scoring: ScoringRule;
  awardRule: AwardRule;
  name: string;
  kind: 'async' | 'live';
  code: string | null;
  questionIds: number[];
  secondsPerQuestion: number;
  opensAt: number | null;
  closesAt: number | null;
  phase: RoundPhase;
  currentIndex: number;
  questionStartedAt: number | null;
  questionDeadline: number | null;
  pausedRemainingMs: number | null;
  pausedFrom: RoundPhase | null;
  shuffleSeed: number;
  version: number;
  finishedAt: number | null;
}

const ms = (v: unknown) => (v == null ? null : new Date(v as string).getTime());

export async function loadRound(db: Db, by: { id: number } | { code: string }, lock = false): Promise<RoundState | null> {
  const where = 'id' in by ? sql`r.id = ${by.id}` : sql`r.code = ${by.code}`;
  const [r] = await rows<Record<string, unknown>>(
    db,
    sql`SELECT r.*, c.name AS contest_name, c.org_path AS contest_org_path, c.entrant_kind, c.scoring, c.award_rule
          FROM contest_rounds r JOIN contests c ON c.id = r.contest_id WHERE ${where} ${lock ? sql`FOR UPDATE OF r` : sql``}`,
  );
  if (!r) return null;
  return {
    id: r.id as number,
    contestId: r.contest_id as number,
    contestName: r.contest_name as string,
    contestOrgPath: r.contest_org_path as string,
    entrantKind: r.entrant_kind as RoundState['entrantKind'],
    scoring: r.scoring as ScoringRule,
    awardRule: r.award_rule as AwardRule,
    name: r.name as string,
    kind: r.kind as RoundState['kind'],
    code: (r.code as string | null) ?? null,
    questionIds: (r.question_ids as number[]).map(Number),
    secondsPerQuestion: r.seconds_per_question as number,
    opensAt: ms(r.opens_at),
    closesAt: ms(r.closes_at),
    phase: r.phase as RoundPhase,
    currentIndex: r.current_index as number,
    questionStartedAt: ms(r.question_started_at),
    questionDeadline: ms(r.question_deadline),
    pausedRemainingMs: (r.paused_remaining_ms as number | null) ?? null,
    pausedFrom: (r.paused_from as RoundPhase | null) ?? null,
    shuffleSeed: r.shuffle_seed as number,
    version: r.version as number,
    finishedAt: ms(r.finished_at),
  };
}

export type StatePatch = Pick<RoundState, 'phase' | 'currentIndex' | 'questionStartedAt' | 'questionDeadline' | 'pausedRemainingMs' | 'pausedFrom'>;

function refuse(s: RoundState, command: HostCommand): never {
  throw new AppError('invalid_transition', { phase: s.phase, command });
}

/** The host's commands as a state machine; what the next state is, or a refusal. */
export function applyCommand(s: RoundState, command: HostCommand, now: number): StatePatch {
  if (s.kind !== 'live') refuse(s, command);
  const limit = s.secondsPerQuestion * 1000;
  const keep: StatePatch = { phase: s.phase, currentIndex: s.currentIndex, questionStartedAt: s.questionStartedAt, questionDeadline: s.questionDeadline, pausedRemainingMs: null, pausedFrom: null };
  const ask = (index: number): StatePatch => ({ ...keep, phase: 'question', currentIndex: index, questionStartedAt: now, questionDeadline: now + limit });
  switch (command) {
    case 'open':
      if (s.phase !== 'draft') refuse(s, command);
      return { ...keep, phase: 'lobby' };
    case 'start':
      if (s.phase !== 'lobby') refuse(s, command);
      return ask(0);
    case 'next':
      if (s.phase !== 'reveal' || s.currentIndex + 1 >= s.questionIds.length) refuse(s, command);
      return ask(s.currentIndex + 1);
    case 'reveal':
      if (s.phase !== 'question') refuse(s, command);
      return { ...keep, phase: 'reveal' };
    case 'pause':
      if (s.phase !== 'question' && s.phase !== 'reveal' && s.phase !== 'lobby') refuse(s, command);
      return { ...keep, phase: 'paused', pausedFrom: s.phase, pausedRemainingMs: s.phase === 'question' ? Math.max(0, (s.questionDeadline ?? now) - now) : null };
    case 'resume': {
      if (s.phase !== 'paused' || !s.pausedFrom) refuse(s, command);
      if (s.pausedFrom !== 'question') return { ...keep, phase: s.pausedFrom };
      // Time paused does not count: the question "started" as long ago as it had run before the pause.
      const deadline = now + (s.pausedRemainingMs ?? 0);
      return { ...keep, phase: 'question', questionDeadline: deadline, questionStartedAt: deadline - limit };
    }
    case 'end':
      if (s.phase === 'ended' || s.phase === 'draft') refuse(s, command);
      return { ...keep, phase: 'ended' };
  }
}

export async function saveState(tx: Db, id: number, p: StatePatch): Promise<number> {
  const ts = (v: number | null) => (v == null ? null : new Date(v).toISOString());
  const [r] = await rows<{ version: number }>(
    tx,
    sql`UPDATE contest_rounds SET phase = ${p.phase}, current_index = ${p.currentIndex},
           question_started_at = ${ts(p.questionStartedAt)}::timestamptz, question_deadline = ${ts(p.questionDeadline)}::timestamptz,
           paused_remaining_ms = ${p.pausedRemainingMs}, paused_from = ${p.pausedFrom}, version = version + 1
         WHERE id = ${id} RETURNING version`,
  );
  return r.version;
}

export const roundTopic = (roundId: number) => `contests.round.${roundId}`;
