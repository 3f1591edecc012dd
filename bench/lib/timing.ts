export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

export const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** Wall time and this process's CPU time (ms): with PGlite the database works in this process, so CPU time tells the work apart from waiting for a busy machine. */
export async function timedCpu<T>(fn: () => Promise<T>): Promise<[number, number, T]> {
  const c = process.cpuUsage();
  const [ms, r] = await timed(fn);
  const d = process.cpuUsage(c);
  return [ms, (d.user + d.system) / 1000, r];
}
