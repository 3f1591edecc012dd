/** Parses "0, 5, 12.5" into numbers (what is not a number is left out). */
export function parseSamples(text: string): number[] {
  return text
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && Number.isFinite(Number(s)))
    .map(Number)
    .slice(0, 12);
}
