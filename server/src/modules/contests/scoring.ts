import type { AwardTier } from './contests.schema.js';

export interface ScoringRule {
  /** Points for a correct answer. */
  correctPoints: number;
  /** Maximum speed bonus: ⌊max·(T−t)/T⌋ for an answer after t ms of a T ms question; 0 disables it. */
  speedBonusMax: number;
  /** How a team's score is made of its players' scores. */
  teamScore: 'sum' | 'average';
}

export const defaultScoring: ScoringRule = { correctPoints: 1000, speedBonusMax: 1000, teamScore: 'average' };

export type AwardRule = { kind: 'ratio' | 'count'; gold: number; silver: number; bronze: number; minScore?: number };

/** About one in ten awarded (the case: winners were “近一成” of all players). */
export const defaultAwardRule: AwardRule = { kind: 'ratio', gold: 0.01, silver: 0.03, bronze: 0.06, minScore: 1 };

/** Points of one answer: nothing when wrong, else the base plus a bonus shrinking linearly with time. */
export function answerPoints(rule: ScoringRule, correct: boolean, timeMs: number, limitMs: number): number {
  if (!correct) return 0;
  const t = Math.min(Math.max(0, timeMs), limitMs);
  const bonus = limitMs > 0 && rule.speedBonusMax > 0 ? Math.floor((rule.speedBonusMax * (limitMs - t)) / limitMs) : 0;
  return rule.correctPoints + bonus;
}

export interface Entrant {
  id: number;
  score: number;
  /** Total answer time; the faster of two equal scores ranks first. */
  timeMs: number;
}

export interface Ranked<T extends Entrant> {
  entrant: T;
  /** Competition ranking: equal score and time share a rank, the next rank skips (1, 1, 3). */
  rank: number;
}

export function rankEntrants<T extends Entrant>(list: readonly T[]): Ranked<T>[] {
  const sorted = [...list].sort((a, b) => b.score - a.score || a.timeMs - b.timeMs || a.id - b.id);
  const out: Ranked<T>[] = [];
  sorted.forEach((entrant, i) => {
    const prev = out[i - 1];
    const tie = prev && prev.entrant.score === entrant.score && prev.entrant.timeMs === entrant.timeMs;
    out.push({ entrant, rank: tie ? prev.rank : i + 1 });
  });
  return out;
}

/**
 * The last rank of each tier. By ratio the cut-offs are cumulative shares of all
 * players, rounded, with at least one gold when anyone played; by count they are rank counts.
 */
export function tierCutoffs(rule: AwardRule, players: number): Record<AwardTier, number> {
  if (players <= 0) return { gold: 0, silver: 0, bronze: 0 };
  if (rule.kind === 'count') {
    const gold = Math.min(players, rule.gold);
    const silver = Math.min(players, gold + rule.silver);
    return { gold, silver, bronze: Math.min(players, silver + rule.bronze) };
  }
  const gold = Math.max(1, Math.round(players * rule.gold));
  const silver = Math.max(gold, Math.round(players * (rule.gold + rule.silver)));
  const bronze = Math.max(silver, Math.round(players * (rule.gold + rule.silver + rule.bronze)));
  return { gold: Math.min(gold, players), silver: Math.min(silver, players), bronze: Math.min(bronze, players) };
}

/** Tier of each ranked entrant (ties at a cut-off are all in), or none; below minScore gets nothing. */
export function assignTiers<T extends Entrant>(ranked: readonly Ranked<T>[], rule: AwardRule): Array<Ranked<T> & { tier: AwardTier }> {
  const cut = tierCutoffs(rule, ranked.length);
  const minScore = rule.minScore ?? 1;
  const out: Array<Ranked<T> & { tier: AwardTier }> = [];
  for (const r of ranked) {
    if (r.entrant.score < minScore) continue;
    const tier: AwardTier | null = r.rank <= cut.gold ? 'gold' : r.rank <= cut.silver ? 'silver' : r.rank <= cut.bronze ? 'bronze' : null;
    if (tier) out.push({ ...r, tier });
  }
  return out;
}

export interface TeamMemberScore {
  teamId: number;
  score: number;
  timeMs: number;
}

/** Team entrants from their players' scores (sum or average, rounded down). */
export function teamTotals(members: readonly TeamMemberScore[], how: ScoringRule['teamScore']): Array<Entrant & { players: number }> {
  const acc = new Map<number, { score: number; timeMs: number; players: number }>();
  for (const m of members) {
    const a = acc.get(m.teamId) ?? { score: 0, timeMs: 0, players: 0 };
    a.score += m.score;
    a.timeMs += m.timeMs;
    a.players += 1;
    acc.set(m.teamId, a);
  }
  return [...acc].map(([id, a]) => ({
    id,
    players: a.players,
    score: how === 'sum' ? a.score : Math.floor(a.score / a.players),
    timeMs: how === 'sum' ? a.timeMs : Math.floor(a.timeMs / a.players),
  }));
}

/** Grace on the deadline for a client's latency: half its round trip, never more than 300 ms. */
export function latencyGrace(rttMs: number | null): number {
  if (rttMs == null || !Number.isFinite(rttMs) || rttMs < 0) return 0;
  return Math.min(Math.floor(rttMs / 2), 300);
}
