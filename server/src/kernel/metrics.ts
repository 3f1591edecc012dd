import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from './db/client.js';
import type { Env } from './env.js';
import { AppError } from './errors.js';
import { caseGauges } from './figures/case-gauges.js';
import { caseFigures } from './figures/case-figures.js';

const loopback = (addr: string | undefined) => !!addr && (addr === '::1' || addr.startsWith('127.') || addr === '::ffff:127.0.0.1' || addr === 'localhost');

/** When the server listens beyond loopback, /metrics answers loopback callers and holders of METRICS_TOKEN only. */
function allowed(req: FastifyRequest, env: Env): boolean {
  if (loopback(env.HOST)) return true;
  // req.ip is the client behind a trusted proxy (TRUST_PROXY), else the socket peer.
  if (loopback(req.ip)) return true;
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!env.METRICS_TOKEN || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(env.METRICS_TOKEN);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Prometheus exposition through prom-client: request counts and duration histograms per route, process metrics, the case figures. */
export function registerMetrics(app: FastifyInstance, database: Database, env: Env) {
  const register = new Registry();
  collectDefaultMetrics({ register });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests served.', labelNames, registers: [register] });
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time spent serving HTTP requests, in seconds.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });
  const live = new Gauge({
    name: 'vanguard_case_figure',
    help: 'A headline figure of the case computed from records for the whole committee (yearly figures over the last 365 days); absent when its module is not installed.',
    labelNames: ['code', 'metric'],
    registers: [register],
  });
  const target = new Gauge({ name: 'vanguard_case_figure_case_value', help: 'The value the case itself reports for a headline figure.', labelNames: ['code'], registers: [register] });
  const computedAt = new Gauge({ name: 'vanguard_case_figures_computed_timestamp_seconds', help: 'When the case figures were last computed (Unix time); 0 before the first run.', registers: [register] });

  app.addHook('onResponse', async (req, reply) => {
    const labels = { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    requests.inc(labels);
    durations.observe(labels, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    if (!allowed(req, env)) throw new AppError('forbidden');
    const gauges = caseGauges(database);
    live.reset();
    target.reset();
    for (const c of caseFigures) target.set({ code: c.code }, c.caseValue);
    for (const g of gauges?.items ?? []) {
      if (g.value !== null && g.metric) live.set({ code: g.code, metric: g.metric }, g.value);
    }
    computedAt.set(gauges ? gauges.at.getTime() / 1000 : 0);
    reply.type(register.contentType).send(await register.metrics());
  });
}
