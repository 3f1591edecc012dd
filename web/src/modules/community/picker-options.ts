/** A select's options from a search's page, followed by the chosen values the page does not hold (so each shows its name, not its id). */
export function withChosen<T extends { value: number }>(found: T[], chosen: T[]): T[] {
  const seen = new Set(found.map((o) => o.value));
  return [...found, ...chosen.filter((o) => !seen.has(o.value))];
}
