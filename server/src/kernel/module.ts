import type { FastifyInstance, FastifyBaseLogger, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, Db } from './db/client.js';
import type { Env } from './env.js';
import type { EventBus } from './events.js';
import type { PermissionDef } from './access/permissions.js';
import type { JobHandler, Schedule } from './jobs/runner.js';

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
}

export interface MetricQuery {
  /** Subtree of the organisation tree the figure is about ('/1/' = the whole committee). */
  orgPath: string;
  from?: Date;
  to?: Date;
}

/**
 * A named figure computed from records: its value for (scope, period), and the
 * records behind it, so every number on a dashboard can be drilled into.
 */
export interface MetricDef {
  name: string;
  label: { zh: string; en: string };
  unit?: string;
  value(ctx: ModuleContext, q: MetricQuery): Promise<number>;
  records?(ctx: ModuleContext, q: MetricQuery & { page: number; pageSize: number }): Promise<{ items: Record<string, unknown>[]; total: number }>;
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
}
