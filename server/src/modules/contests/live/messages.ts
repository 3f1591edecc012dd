import { optionLetters, type BankQuestion } from '../../learning/index.js';
import { optionOrder, shownOptions, toShownLetters } from '../option-order.js';
import type { RoundState } from '../round-state.js';
import type { Standings } from '../standings.js';

/** What the live engine sends; the protocol is documented in docs/contests-protocol.md. */
export type ServerMessage = Record<string, unknown> & { t: string };

export function remaining(s: RoundState, now: number): number {
  if (s.phase === 'paused') return s.pausedRemainingMs ?? 0;
  return s.questionDeadline == null ? 0 : Math.max(0, s.questionDeadline - now);
}

export function lobbyMessage(s: RoundState, players: number): ServerMessage {
  return { t: 'lobby', contest: s.contestName, round: s.name, total: s.questionIds.length, secondsPerQuestion: s.secondsPerQuestion, players, entrantKind: s.entrantKind };
}

export function isChoice(q: BankQuestion) {
  return q.type === 'single' || q.type === 'multiple';
}

/** A question as the live protocol sends it (and an online round's play answer, without `t`). */
export type QuestionMessage = {
  t: 'question';
  index: number;
  total: number;
  type: BankQuestion['type'];
  stem: string;
  options: string[];
  durationMs: number;
  remainingMs: number;
  deadline: number | null;
  serverTime: number;
};

/** The question as one player sees it: their own option order, never the answer. */
export function playerQuestion(s: RoundState, q: BankQuestion, playerId: number, answered: boolean, now: number): QuestionMessage & { answered: boolean } {
  const order = isChoice(q) ? optionOrder(s.shuffleSeed, playerId, q.id, q.options.length) : [];
  return {
    t: 'question',
    index: s.currentIndex,
    total: s.questionIds.length,
    type: q.type,
    stem: q.stem,
    options: isChoice(q) ? shownOptions(q.options, order) : q.type === 'judge' ? ['正确', '错误'] : [],
    durationMs: s.secondsPerQuestion * 1000,
    remainingMs: remaining(s, now),
    deadline: s.questionDeadline,
    serverTime: now,
    answered,
  };
}

export function screenQuestion(s: RoundState, q: BankQuestion, now: number): QuestionMessage {
  return {
    t: 'question',
    index: s.currentIndex,
    total: s.questionIds.length,
    type: q.type,
    stem: q.stem,
    options: isChoice(q) ? q.options : q.type === 'judge' ? ['正确', '错误'] : [],
    durationMs: s.secondsPerQuestion * 1000,
    remainingMs: remaining(s, now),
    deadline: s.questionDeadline,
    serverTime: now,
  };
}

/** Buckets of the answer distribution: one per option, true/false for judge, right/wrong for fill-in. */
export function bucketCount(q: BankQuestion): number {
  return isChoice(q) ? q.options.length : 2;
}

export function bucketsOf(q: BankQuestion, original: string[], correct: boolean): number[] {
  if (isChoice(q)) return original.map((l) => optionLetters.indexOf(l)).filter((i) => i >= 0);
  if (q.type === 'judge') return original[0] === 'true' ? [0] : original[0] === 'false' ? [1] : [];
  return [correct ? 0 : 1];
}

export function correctShown(q: BankQuestion, seed: number, playerId: number): string[] {
  if (!isChoice(q)) return q.type === 'judge' ? [q.answer[0] === 'true' ? 'A' : 'B'] : q.answer;
  return toShownLetters(q.answer, optionOrder(seed, playerId, q.id, q.options.length));
}

/** Answers (in the question's own letters, or true/false, or fill-in text) as the words a player reads: option texts, 正确/错误, or the text. */
export function answerTexts(q: BankQuestion, original: string[] | null): string[] {
  if (!original) return [];
  if (isChoice(q)) return original.map((l) => q.options[optionLetters.indexOf(l)]).filter((o): o is string => o !== undefined);
  if (q.type === 'judge') return original.map((v) => (v === 'true' ? '正确' : '错误'));
  return original;
}

export function shownChoice(q: BankQuestion, seed: number, playerId: number, original: string[] | null): string[] {
  if (!original) return [];
  if (!isChoice(q)) return q.type === 'judge' ? original.map((v) => (v === 'true' ? 'A' : 'B')) : original;
  return toShownLetters(original, optionOrder(seed, playerId, q.id, q.options.length));
}

export function topList(st: Standings, n = 10) {
  return {
    top: st.players.slice(0, n).map((r) => ({ rank: r.rank, name: r.entrant.name, score: r.entrant.score, correct: r.entrant.correct })),
    teams: st.teams.slice(0, n).map((r) => ({ rank: r.rank, name: r.entrant.name, score: r.entrant.score, players: r.entrant.players })),
  };
}
