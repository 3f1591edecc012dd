import { fileURLToPath } from 'node:url';
import type { Database } from '../../server/src/kernel/db/client.js';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where a frame's code lives: the database engine (WebAssembly), an npm package, Node itself, or a file of ours. */
function placeOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  if (url.startsWith('wasm://')) return 'PGlite engine (WebAssembly)';
  if (url.startsWith('node:')) return 'Node.js';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return `npm ${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  const path = url.replace(/^file:\/\//, '');
  return path.startsWith(repoRoot) ? path.slice(repoRoot.length) : path;
}

/** Self time of the samples summed by place, largest first. */
export function summariseProfile(profile: CpuProfile): { where: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const sums = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const where = placeOf(frame.url, frame.functionName);
    sums.set(where, (sums.get(where) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return [...sums].map(([where, ms]) => ({ where, ms })).sort((a, b) => b.ms - a.ms);
}

export type Statement = { text: string; values: unknown[] };

/** The SQL statements (text and values) `run` sends, read from the database client while it runs. */
export async function captureStatements(database: Database, run: () => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = [];
  const target = (database.pglite ?? database.pool) as unknown as Record<string, (...a: unknown[]) => unknown>;
  const original = target.query;
  target.query = function (this: unknown, ...a: unknown[]) {
    const q = a[0] as string | { text?: string; values?: unknown[] };
    const values = Array.isArray(a[1]) ? a[1] : typeof q === 'string' ? [] : (q?.values ?? []);
    seen.push({ text: typeof q === 'string' ? q : (q?.text ?? '?'), values });
    return original.apply(this, a);
  };
  try {
    await run();
  } finally {
    target.query = original;
  }
  return seen;
}

/** The SQL statements `run` sends, shortened to a line each. */
export async function traceStatements(database: Database, run: () => Promise<unknown>): Promise<string[]> {
  return (await captureStatements(database, run)).map((s) => s.text.replace(/\s+/g, ' ').slice(0, 160));
}
