import { optionLetters, seededRandom, shuffled } from '../learning/index.js';

/**
 * A player's own order of a question's options: deterministic per (round seed, player,
 * question), so a reconnect shows the same order and the server can map answers back.
 * order[i] = index of the original option shown at position i.
 */
export function optionOrder(seed: number, playerId: number, questionId: number, count: number): number[] {
  const mixed = (Math.imul(seed, 2654435761) ^ Math.imul(playerId, 40503) ^ Math.imul(questionId, 97531)) >>> 0;
  return shuffled(
    Array.from({ length: count }, (_, i) => i),
    seededRandom(mixed),
  );
}

/** The options as the player sees them. */
export function shownOptions(options: readonly string[], order: readonly number[]): string[] {
  return order.map((i) => options[i]);
}

/** Letters the player chose (in their order) → letters of the original question. Unknown letters are dropped. */
export function toOriginalLetters(shown: readonly string[], order: readonly number[]): string[] {
  const out = new Set<string>();
  for (const s of shown) {
    const pos = optionLetters.indexOf(String(s).trim().toUpperCase());
    if (pos >= 0 && pos < order.length) out.add(optionLetters[order[pos]]);
  }
  return [...out].sort();
}

/** Original letters → the player's letters (to show them the right answer in their order). */
export function toShownLetters(original: readonly string[], order: readonly number[]): string[] {
  return original
    .map((l) => order.indexOf(optionLetters.indexOf(l)))
    .filter((p) => p >= 0)
    .map((p) => optionLetters[p])
    .sort();
}
