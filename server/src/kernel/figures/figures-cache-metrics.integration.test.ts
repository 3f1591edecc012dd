import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { allModules } from '../../app.js';

// Caching on (the harness turns it off): this file's apps share one process-wide TTL.
describe(`figures cache and /metrics (${dbKind})`, () => {
  let t: TestApp;
  const token = 'metrics-token-0123456789';
  beforeAll(async () => {
    t = await createTestApp({ FIGURES_CACHE_SECONDS: '60', HOST: '0.0.0.0', METRICS_TOKEN: token });
  }, 120_000);
  afterAll(() => t.close());

  it('reuses a value for the same scope and period until its module writes', async () => {
    const admin = await t.login('admin');
    const [root] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    const url = `/api/v1/figures/activities.held?orgId=${root.id}`;
    const before = (await admin.get(url)).json().value as number;
    const [a] = await rows<{ id: number }>(t.db, sql`SELECT id FROM activities WHERE status = 'published' AND ends_at <= now() ORDER BY id LIMIT 1`);
    // Behind the API's back: the cached value stays.
    await t.db.execute(sql`UPDATE activities SET ends_at = now() + interval '1 day' WHERE id = ${a.id}`);
    expect((await admin.get(url)).json().value).toBe(before);
    // Another period is another entry.
    expect((await admin.get(`${url}&from=2000-01-01`)).json().value).toBe(before - 1);
    // A write of the activities module retires it.
    const [type] = await rows<{ code: string }>(t.db, sql`SELECT code FROM activity_types LIMIT 1`);
    const made = await admin.post('/api/v1/activities', { typeCode: type.code, title: '主题党日', orgId: root.id, startsAt: new Date(Date.now() + 86400_000).toISOString(), endsAt: new Date(Date.now() + 90000_000).toISOString() });
    expect(made.statusCode).toBe(201);
    expect((await admin.get(url)).json().value).toBe(before - 1);
  });

  it('computes figures that share a pass in one query over their records, each equal to its own value', async () => {
    const admin = await t.login('admin');
    const [root] = await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
    const names = ['community.volunteer_person_times', 'community.confirmed_hours'];
    const seen: string[] = [];
    const execute = t.ctx.db.execute.bind(t.ctx.db);
    t.ctx.db.execute = ((query: Parameters<typeof execute>[0]) => {
      seen.push(JSON.stringify(query));
      return execute(query);
    }) as typeof execute;
    try {
      const res = await admin.get(`/api/v1/figures?names=${names.join(',')}&orgId=${root.id}&from=2020-01-01&to=2030-01-01&trend=year&ranking=true`);
      expect(res.statusCode).toBe(200);
      // The hours' own queries, whose time column is the service record's (communities served, a case figure, has its own).
      expect(seen.filter((q) => q.includes('["h.recorded_at"]')).length).toBe(1);
      const from = new Date('2019-12-31T16:00:00Z');
      const to = new Date('2029-12-31T16:00:00Z');
      for (const name of names) {
        const def = allModules.flatMap((m) => m.metrics ?? []).find((d) => d.name === name)!;
        const item = (res.json().items as { name: string; value: number }[]).find((i) => i.name === name)!;
        expect(item.value).toBe(await def.value(t.ctx, { orgPath: root.path, from, to }));
      }
    } finally {
      t.ctx.db.execute = execute;
    }
  });

  it('/metrics: prom-client exposition with duration histograms, HELP for every metric, the case figures as scheduled gauges', async () => {
    await t.anonymous().get('/healthz');
    const empty = await t.anonymous().get('/metrics');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).not.toMatch(/^vanguard_case_figure\{/m);
    expect(empty.body).toMatch(/^vanguard_case_figures_computed_timestamp_seconds 0$/m);

    const figures = allModules.find((m) => m.name === 'figures')!;
    expect(figures.schedules?.map((s) => s.name)).toContain('figures.case_gauges');
    await figures.jobs!(t.ctx)['figures.case_gauges']({}, { id: 0, attempts: 1 });

    const res = await t.anonymous().get('/metrics');
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(res.body).toMatch(/http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/healthz",status="200"\} \d+/);
    const [care] = await rows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM activities a JOIN activity_types ty ON ty.code = a.type_code WHERE a.status = 'published' AND a.ends_at <= now() AND ty.category_code = 'care'`,
    );
    expect(res.body).toContain(`vanguard_case_figure{code="care_activities",metric="activities.care_held"} ${care.n}\n`);
    expect(res.body).toContain('vanguard_case_figure_case_value{code="cases"} 769\n');
    // Every case figure now has its module installed: the innovation cases too (showcase).
    expect(res.body).toMatch(/vanguard_case_figure\{code="cases",metric="showcase\.cases_submitted"\} \d+\n/);
    expect(res.body).toContain('vanguard_case_figure{code="squads",metric="squads.active"}');
    const names = [...res.body.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]);
    const helped = new Set([...res.body.matchAll(/^# HELP (\S+) \S/gm)].map((m) => m[1]));
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) expect(helped.has(n), n).toBe(true);
  });

  it('/metrics answers loopback callers and token holders only when HOST is not loopback', async () => {
    const far = { remoteAddress: '10.1.2.3' };
    expect((await t.app.inject({ method: 'GET', url: '/metrics', ...far })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/metrics', ...far, headers: { authorization: 'Bearer wrong-token-0123456789' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/metrics', ...far, headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode).toBe(200);
  });
});
