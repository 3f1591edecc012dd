import type { FastifyInstance, FastifyBaseLogger, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, Db } from './db/client.js';
import type { Env } from './env.js';
import type { EventBus } from './events.js';
import type { PermissionDef } from './access/permissions.js';
import type { JobHandler, Schedule } from './jobs/runner.js';
import type { DetailMessages } from './details/detail-messages.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface ModuleContext {
  database: Database;
  db: Db;
  env: Env;
  events: EventBus;
}

export interface SeedOptions {
  scale: 'tiny' | 'small' | 'city';
  seed: number;
  demoPassword: string;
  log: (msg: string) => void;
  /**
   * The demo city as `npm start` shows it, a year of records in every module (default: every scale but `tiny`).
   * The tests' template is the tiny city without it: module tests build the records they assert on.
   */
  living?: boolean;
}

/** Whether a seed writes the living city's records (SeedOptions.living). */
export const livingCity = (opts: Pick<SeedOptions, 'scale' | 'living'>) => opts.living ?? opts.scale !== 'tiny';

export interface MetricQuery {
  /** Subtree of the organisation tree the figure is about ('/1/' = the whole committee). */
  orgPath: string;
  from?: Date;
  to?: Date;
  /** The person a person-kind metric is about (the caller of /api/v1/figures/me). */
  personId?: number;
}

/** The "four threes" of the case, the cockpit's grouping of figures. */
export type MetricTheme = 'courses' | 'carriers' | 'mechanisms' | 'orientations';
export type MetricGroupBy = 'org' | 'district' | 'category';
export type SeriesBucket = 'day' | 'week' | 'month' | 'year';

/** One row of a breakdown: a district, a category (key = its code) or an organisation (key = its id). */
export interface BreakdownRow {
  key: string;
  label: string;
  orgId: number | null;
  value: number;
}

/**
 * A named figure computed from records: its value for (scope, period), and the
 * records behind it, so every number on a dashboard can be drilled into.
 *
 * A metric whose value is a count or a sum over a time column is `additive`: buckets of a
 * period, and the child organisations of a scope, add up to the whole. Series and the ranking
 * by organisation are computed by the kernel from `value` (one query per bucket or child, cached)
 * unless the metric brings a faster `series`; `breakdown` serves the other dimensions.
 */
export interface MetricDef {
  name: string;
  label: { zh: string; en: string };
  unit?: string;
  /** Which of the four threes the figure belongs to (default 'carriers'). */
  theme?: MetricTheme;
  /** 'org' figures are about an organisation subtree; 'person' figures about one person (default 'org'). */
  kind?: 'org' | 'person';
  /** Counts and sums add up over buckets and child organisations; rates and distinct counts do not (default false). */
  additive?: boolean;
  /** What the figure can be cut by; 'org' (child organisations) is served by the kernel for every org metric. */
  groupBy?: readonly MetricGroupBy[];
  /** The case figure this metric stands for (kernel/figures/case-figures.ts). */
  caseFigure?: string;
  /**
   * How the value follows from the records: the number of records (default) or the sum of one
   * of their fields. Rates name no measure: their records are the hits.
   */
  measure?: { sum: string } | 'count' | 'none';
  value(ctx: ModuleContext, q: MetricQuery): Promise<number>;
  series?(ctx: ModuleContext, q: MetricQuery & { bucket: SeriesBucket }): Promise<{ start: string; value: number }[]>;
  /** The value for each child organisation of the scope's organisation `parentId` (children without records may be left out). */
  byOrg?(ctx: ModuleContext, q: MetricQuery & { parentId: number }): Promise<{ orgId: number; value: number }[]>;
  breakdown?(ctx: ModuleContext, q: MetricQuery & { by: Exclude<MetricGroupBy, 'org'> }): Promise<BreakdownRow[]>;
  /**
   * The value, the series and the values of the child organisations from one pass over the records (sqlMetric
   * brings it): the cockpit asks for all three, and this is what keeps a cold dashboard fast.
   */
  overview?(
    ctx: ModuleContext,
    q: MetricQuery & { from: Date; to: Date; bucket: SeriesBucket; parentId: number },
  ): Promise<{ value: number; series: { start: string; value: number }[]; byOrg: { orgId: number; value: number }[] }>;
  /**
   * Figures of one module over the same records (sqlMetricsSharing brings it): the engine runs the pass once for all
   * of them, keyed by `key`, and keeps each figure's overview from it. Each figure still has its own overview.
   */
  pass?: {
    key: string;
    overview(
      ctx: ModuleContext,
      q: MetricQuery & { from: Date; to: Date; bucket: SeriesBucket; parentId: number },
    ): Promise<Record<string, { value: number; series: { start: string; value: number }[]; byOrg: { orgId: number; value: number }[] }>>;
  };
  records?(ctx: ModuleContext, q: MetricQuery & { page: number; pageSize: number }): Promise<{ items: Record<string, unknown>[]; total: number }>;
  /**
   * Person metrics only, optional: the value for each of many people at once (one query instead of one per person),
   * equal to `value({ ...q, personId })` for each id. People without records may be left out (their value is 0).
   * The kernel's FiguresEngine.byPeople falls back to `value` per person when a metric has none.
   */
  byPeople?(ctx: ModuleContext, q: MetricQuery & { personIds: readonly number[] }): Promise<Map<number, number>>;
}

/**
 * A module declares everything it brings in one manifest (Decidim's component
 * pattern): permissions, routes, event subscriptions, seed data, metrics.
 */
export interface VanguardModule {
  name: string;
  permissions?: readonly PermissionDef[];
  routes?(app: App, ctx: ModuleContext): void | Promise<void>;
  subscribe?(ctx: ModuleContext): void;
  /** Reference data every installation needs (types, default rules); idempotent, run at every boot. */
  reference?(ctx: ModuleContext): Promise<void>;
  /** Demo data, run once on a fresh demo database after the demo city. */
  seed?(ctx: ModuleContext, opts: SeedOptions): Promise<void>;
  metrics?: readonly MetricDef[];
  /** Background work run by the database-backed queue (kernel/jobs); handlers are keyed by job name. */
  jobs?(ctx: ModuleContext): Record<string, JobHandler>;
  schedules?: readonly Schedule[];
  /** Chinese for the English detail messages of this module's checks, keyed by the English (kernel/details). */
  detailMessages?: DetailMessages;
}
