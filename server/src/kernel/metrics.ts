import type { FastifyInstance } from 'fastify';

/** Minimal Prometheus text exposition: request counts and durations per route, process gauges. */
export function registerMetrics(app: FastifyInstance) {
  const counts = new Map<string, number>();
  const durations = new Map<string, number>();
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    const key = `method="${req.method}",route="${route}",status="${reply.statusCode}"`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    durations.set(key, (durations.get(key) ?? 0) + reply.elapsedTime / 1000);
  });
  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    const mem = process.memoryUsage();
    const lines = [
      '# HELP http_requests_total HTTP requests served.',
      '# TYPE http_requests_total counter',
      ...[...counts].map(([k, v]) => `http_requests_total{${k}} ${v}`),
      '# HELP http_request_duration_seconds_sum Total time spent serving requests.',
      '# TYPE http_request_duration_seconds_sum counter',
      ...[...durations].map(([k, v]) => `http_request_duration_seconds_sum{${k}} ${v.toFixed(6)}`),
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${mem.rss}`,
      '# TYPE nodejs_heap_used_bytes gauge',
      `nodejs_heap_used_bytes ${mem.heapUsed}`,
      '# TYPE process_uptime_seconds gauge',
      `process_uptime_seconds ${process.uptime().toFixed(0)}`,
    ];
    reply.type('text/plain; version=0.0.4').send(lines.join('\n') + '\n');
  });
}
