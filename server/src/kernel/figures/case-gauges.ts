import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rows } from '../db/client.js';
import { pubsubFor } from '../pubsub/index.js';
import { caseFigures } from './case-figures.js';
import type { FiguresEngine } from './figures.engine.js';

export interface CaseGauge {
  code: string;
  metric: string | null;
  value: number | null;
  caseValue: number;
}

/** Last computed case figures of each database (process-wide), read by /metrics; never computed on scrape. */
const latest = new WeakMap<Database, { at: Date; items: CaseGauge[] }>();

export function caseGauges(database: Database) {
  return latest.get(database) ?? null;
}

const channel = 'figures.gauges';

/** The schedule runs in one process; every process serves /metrics, so the result is shared over pub/sub. */
export function followCaseGauges(database: Database) {
  void pubsubFor(database)
    .subscribe(channel, (payload) => {
      const m = JSON.parse(payload) as { at: string; items: CaseGauge[] };
      if (Array.isArray(m.items)) latest.set(database, { at: new Date(m.at), items: m.items });
    })
    .catch(() => {});
}

/** The case figures for the whole committee: a yearly figure over the last 365 days, a standing one over all time. */
export async function computeCaseGauges(database: Database, engine: FiguresEngine): Promise<CaseGauge[]> {
  const [root] = await rows<{ path: string }>(database.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  const metrics = engine.metrics();
  const now = new Date();
  const items = await Promise.all(
    caseFigures.map(async (c) => {
      const m = metrics.find((x) => x.def.caseFigure === c.code);
      if (!m || !root) return { code: c.code, metric: m?.def.name ?? null, value: null, caseValue: c.caseValue };
      const q = c.window === 'year' ? { orgPath: root.path, from: new Date(now.getTime() - 365 * 86400_000), to: now } : { orgPath: root.path };
      return { code: c.code, metric: m.def.name, value: await engine.value(m, q), caseValue: c.caseValue };
    }),
  );
  latest.set(database, { at: now, items });
  await pubsubFor(database)
    .publish(channel, JSON.stringify({ at: now.toISOString(), items }))
    .catch(() => {});
  return items;
}
