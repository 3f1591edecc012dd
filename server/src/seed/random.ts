/** mulberry32: a small deterministic PRNG so the same seed gives the same city. */
export function makeRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
    /** Index drawn with weights proportional to 1/(rank+1)^s, like real name frequencies. */
    zipf: (n: number, s = 1) => {
      let total = 0;
      for (let i = 0; i < n; i++) total += 1 / Math.pow(i + 1, s);
      let r = next() * total;
      for (let i = 0; i < n; i++) {
        r -= 1 / Math.pow(i + 1, s);
        if (r <= 0) return i;
      }
      return n - 1;
    },
  };
}
export type Random = ReturnType<typeof makeRandom>;
