import { sql } from 'drizzle-orm';
import type { BreakdownRow, MetricDef, MetricGroupBy, MetricQuery, ModuleContext, SeriesBucket, VanguardModule } from '../module.js';
import { rows } from '../db/client.js';
import { TopicCache, figureTopics, topicVersion, type CacheTopic } from '../cache/topic-cache.js';
import { bucketForDays } from '../../../../common/figure-buckets.js';
import { AppError } from '../errors.js';
import { bucketsOf } from './buckets.js';

/** A registered metric with the module that brings it (its cache topic). */
export interface Metric {
  def: MetricDef;
  module: string;
  topic: CacheTopic | null;
}

export function registryOf(modules: readonly VanguardModule[]): Metric[] {
  return modules.flatMap((m) =>
    (m.metrics ?? []).map((def) => ({ def, module: m.name, topic: (figureTopics as readonly string[]).includes(m.name) ? (m.name as CacheTopic) : null })),
  );
}

export const kindOf = (d: MetricDef) => d.kind ?? 'org';
export const groupByOf = (d: MetricDef): MetricGroupBy[] => (kindOf(d) === 'person' ? [] : ['org', ...(d.groupBy ?? []).filter((g) => g !== 'org')]);

let figuresTtlMs = 30_000;
/** Seconds a figure's value is reused for the same (metric, scope, period); any write of its module retires it. */
export function setFiguresCacheTtl(ms: number) {
  figuresTtlMs = ms;
}

const caches = new Map<string, TopicCache<unknown>>();
const inFlight = new Map<string, Promise<unknown>>();

function cacheFor(topic: CacheTopic | null) {
  const key = topic ?? 'none';
  let c = caches.get(key);
  if (!c) caches.set(key, (c = new TopicCache<unknown>(topic ?? 'people', 20_000, () => (topic ? figuresTtlMs : 0))));
  return c;
}

const keyOf = (name: string, q: MetricQuery, extra = '') => `${name}|${q.orgPath}|${q.from?.toISOString() ?? ''}|${q.to?.toISOString() ?? ''}|${q.personId ?? ''}|${extra}`;

/** At most `limit` computations at once; the rest wait their turn (the pool and PGlite's single connection stay usable). */
export class Limiter {
  private active = 0;
  private queue: Array<() => void> = [];
  constructor(private readonly limit: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.queue.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }
}

export type OrgLevel = { parent: { id: number; name: string }; children: { id: number; name: string; path: string }[] };

export class FiguresEngine {
  private readonly limiter: Limiter;
  constructor(
    private readonly ctx: ModuleContext,
    readonly metrics: () => Metric[],
  ) {
    this.limiter = new Limiter(ctx.database.kind === 'pg' ? Math.max(1, Math.min(8, ctx.env.DATABASE_POOL_SIZE - 2)) : 2);
  }

  get(name: string): Metric | undefined {
    return this.metrics().find((m) => m.def.name === name);
  }

  /** Cached per key in the metric module's topic; computed once however many callers ask at the same moment. */
  private cached<T>(m: Metric, key: string, compute: (alsoCache: (key: string, value: unknown) => void) => Promise<T>): Promise<T> {
    const cache = cacheFor(m.topic);
    const hit = cache.get(key);
    if (hit !== undefined) return Promise.resolve(hit as T);
    const running = inFlight.get(key);
    if (running) return running as Promise<T>;
    const version = m.topic ? topicVersion(m.topic) : 0;
    const p = this.limiter
      .run(() => compute((k, v) => cache.set(k, v, version)))
      .then((v) => {
        cache.set(key, v, version);
        return v;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  }

  /**
   * The value for (metric, scope, period[, person]). A metric with an overview brings, from the same pass over
   * its records, the trend in the cockpit's bucket for the period and the ranking of the scope's child
   * organisations: they are cached with the value for the requests that follow. Figures sharing a `pass` get all
   * of that from one query for all of them.
   */
  async value(m: Metric, q: MetricQuery): Promise<number> {
    const { overview, pass } = m.def;
    const parentId = Number(/\/(\d+)\/$/.exec(q.orgPath)?.[1]);
    if (overview && q.from && q.to && q.personId === undefined && parentId) {
      const full = { ...q, from: q.from, to: q.to, parentId, bucket: bucketForDays((q.to.getTime() - q.from.getTime()) / 86400_000) };
      const inBuckets = bucketsOf(full.from, full.to, full.bucket, false).length > 0;
      if (inBuckets && pass) {
        // One pass for every figure sharing it: whichever asks first computes it, the others find it cached or in flight.
        const all = await this.cached(m, keyOf(`pass:${pass.key}`, q), async (alsoCache) => {
          const got = await pass.overview(this.ctx, full);
          for (const [name, o] of Object.entries(got)) {
            alsoCache(keyOf(name, q, `series:${full.bucket}`), o.series);
            alsoCache(keyOf(name, q, 'by:org'), o.byOrg);
          }
          return got;
        });
        return Number(all[m.def.name].value);
      }
      if (inBuckets) {
        return this.cached(m, keyOf(m.def.name, q), async (alsoCache) => {
          const o = await overview(this.ctx, full);
          alsoCache(keyOf(m.def.name, q, `series:${full.bucket}`), o.series);
          alsoCache(keyOf(m.def.name, q, 'by:org'), o.byOrg);
          return Number(o.value);
        });
      }
    }
    return this.cached(m, keyOf(m.def.name, q), async () => Number(await m.def.value(this.ctx, q)));
  }

  async values(list: Metric[], q: MetricQuery): Promise<Map<string, number>> {
    const out = await Promise.all(list.map(async (m) => [m.def.name, await this.value(m, q)] as const));
    return new Map(out);
  }

  /**
   * A person metric for many people (e.g. every member of the squads being scored): one batch query when the metric
   * has `byPeople`, else its value per person. Not cached (the list of people is the caller's). Every id is in the answer.
   */
  async byPeople(m: Metric, q: MetricQuery, personIds: readonly number[]): Promise<Map<number, number>> {
    if (kindOf(m.def) !== 'person') throw new AppError('not_found', { field: 'name' });
    const ids = [...new Set(personIds)];
    const out = new Map<number, number>(ids.map((id) => [id, 0]));
    if (ids.length === 0) return out;
    if (m.def.byPeople) {
      const got = await this.limiter.run(() => m.def.byPeople!(this.ctx, { ...q, personIds: ids }));
      for (const id of ids) out.set(id, Number(got.get(id) ?? 0));
    } else {
      await Promise.all(ids.map(async (id) => out.set(id, Number(await this.limiter.run(() => m.def.value(this.ctx, { ...q, personId: id }))))));
    }
    return out;
  }

  /** Buckets of the period in Asia/Shanghai days; each bucket is the metric's value over its part of the period. */
  async series(m: Metric, q: MetricQuery & { from: Date; to: Date }, bucket: SeriesBucket) {
    // The overview may already bring this very series.
    if (m.def.overview) await this.value(m, q);
    if (m.def.series) return this.cached(m, keyOf(m.def.name, q, `series:${bucket}`), () => m.def.series!(this.ctx, { ...q, bucket }));
    const buckets = bucketsOf(q.from, q.to, bucket);
    return Promise.all(buckets.map(async (b) => ({ start: b.start, value: await this.value(m, { ...q, from: b.from, to: b.to }) })));
  }

  /** The scope's organisation and its children, which every ranking of the scope lists (read once for many figures). */
  async orgLevel(orgPath: string): Promise<OrgLevel> {
    const [parent] = await rows<{ id: number; name: string }>(this.ctx.db, sql`SELECT id, name FROM orgs WHERE path = ${orgPath}`);
    if (!parent) throw new AppError('not_found');
    const children = await rows<{ id: number; name: string; path: string }>(this.ctx.db, sql`SELECT id, name, path FROM orgs WHERE parent_id = ${parent.id} ORDER BY path`);
    return { parent, children };
  }

  /** By child organisations of the scope (the ranking), or by a dimension the metric declares. */
  async breakdown(m: Metric, q: MetricQuery, by: MetricGroupBy, total: number, tree?: OrgLevel): Promise<BreakdownRow[]> {
    if (!groupByOf(m.def).includes(by)) throw new AppError('not_found', { field: 'by' });
    if (by !== 'org') {
      const list = await this.cached(m, keyOf(m.def.name, q, `by:${by}`), () => m.def.breakdown!(this.ctx, { ...q, by }));
      return [...list].sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
    }
    const { parent, children } = tree ?? (await this.orgLevel(q.orgPath));
    const own = { key: String(parent.id), label: `${parent.name}（本级）`, orgId: parent.id };
    let list: BreakdownRow[];
    if (m.def.byOrg) {
      const got = await this.cached(m, keyOf(m.def.name, q, 'by:org'), () => m.def.byOrg!(this.ctx, { ...q, parentId: parent.id }));
      const byId = new Map(got.map((r) => [r.orgId, r.value]));
      list = children.map((c) => ({ key: String(c.id), label: c.name, orgId: c.id, value: byId.get(c.id) ?? 0 }));
      // Records kept at the scope's own organisation belong to no child: their own row.
      if (byId.has(parent.id)) list.push({ ...own, value: byId.get(parent.id)! });
    } else {
      list = await Promise.all(children.map(async (c) => ({ key: String(c.id), label: c.name, orgId: c.id, value: await this.value(m, { ...q, orgPath: c.path }) })));
      // Without byOrg the own row of an additive figure is what the children leave of the whole.
      const rest = Math.round((total - list.reduce((s, r) => s + r.value, 0)) * 1000) / 1000;
      if (m.def.additive && rest !== 0) list.push({ ...own, value: rest });
    }
    return list.sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
  }
}
