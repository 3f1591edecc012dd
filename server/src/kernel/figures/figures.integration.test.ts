import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { allModules } from '../../app.js';
import { shanghaiDay } from '../time.js';
import { bucketsOf } from './buckets.js';

type Item = { name: string; kind: string; additive: boolean; groupBy: string[]; drillDown: boolean; caseFigure: string | null; value: number | null; module: string; theme: string };

const day = (offsetDays: number) => shanghaiDay(new Date(Date.now() + offsetDays * 86400_000));
const sum = (list: { value: number }[]) => list.reduce((s, r) => s + r.value, 0);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6);

describe(`cockpit figures (${dbKind})`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let root: { id: number; path: string };
  let agency: { id: number; path: string };
  let items: Item[];
  const period = { from: day(-365), to: day(1) };
  const inPeriod = `from=${period.from}&to=${period.to}`;

  beforeAll(async () => {
    t = await createTestApp();
    // The tiny city leaves study and contests empty (their tests make their own); give every figure records to add up.
    for (const name of ['learning', 'contests']) {
      await allModules.find((m) => m.name === name)!.seed!(t.ctx, { scale: 'small', seed: 7, demoPassword: 'Vanguard@2026', log: () => {} });
    }
    admin = await t.login('admin');
    [root] = await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
    [agency] = await rows<{ id: number; path: string }>(
      t.db,
      sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin'`,
    );
    const res = await admin.get(`/api/v1/figures?orgId=${root.id}&${inPeriod}`);
    expect(res.statusCode).toBe(200);
    items = res.json().items;
  }, 120_000);
  afterAll(() => t.close());

  it('answers every org figure with its value, and the case figures: live where a module measures them, not enabled otherwise', async () => {
    const body = (await admin.get(`/api/v1/figures?orgId=${root.id}&${inPeriod}`)).json();
    expect(body.scope).toMatchObject({ orgId: root.id, from: period.from, to: period.to });
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(items.every((i) => i.kind === 'org' && typeof i.value === 'number')).toBe(true);
    for (const n of ['activities.held', 'activities.volunteer_hours', 'contests.players', 'contests.awards', 'demands.received', 'practice.reports_submitted'])
      expect(items.find((i) => i.name === n)!.value, n).toBeGreaterThan(0);
    const names = items.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['activities.volunteer_attendees', 'activities.volunteer_hours', 'activities.service_hours', 'demands.resolved']));
    expect(names).not.toContain('points.my_points');
    const byCode = new Map(body.caseFigures.map((c: { code: string }) => [c.code, c]));
    expect(byCode.get('care_activities')).toMatchObject({ caseValue: 1000, metric: 'activities.care_held' });
    expect(byCode.get('volunteer_person_times')).toMatchObject({ caseValue: 31000, metric: 'community.volunteer_person_times' });
    expect(byCode.get('volunteer_teams')).toMatchObject({ caseValue: 125, metric: 'community.volunteer_teams' });
    expect(byCode.get('communities_served')).toMatchObject({ caseValue: 445, metric: 'community.communities_served' });
    expect(byCode.get('demands_resolved_per_year')).toMatchObject({ caseValue: 5_000_000, metric: 'demands.resolved' });
    expect(byCode.get('squads')).toMatchObject({ caseValue: 108, metric: 'squads.active' });
    expect(byCode.get('cases')).toMatchObject({ caseValue: 769, metric: 'showcase.cases_submitted' });
    for (const c of body.caseFigures) if (c.metric) expect(c.value).toBe(items.find((i) => i.name === c.metric)!.value);

    // A few by name, in one request; the volunteer figures are part of all service hours.
    const some = (await admin.get(`/api/v1/figures?names=activities.volunteer_hours,activities.service_hours&orgId=${root.id}`)).json().items;
    expect(some.map((i: Item) => i.name)).toEqual(['activities.volunteer_hours', 'activities.service_hours']);
    expect(some[0].value).toBeLessThanOrEqual(some[1].value);
    expect((await admin.get('/api/v1/figures?names=activities.nothing')).statusCode).toBe(404);
    expect((await admin.get('/api/v1/figures?names=DROP TABLE')).statusCode).toBe(400);
  });

  it('gives the whole dashboard in one answer when asked: each trend and ranking equal to its own request', async () => {
    const plain = (await admin.get(`/api/v1/figures?orgId=${agency.id}&${inPeriod}`)).json().items as (Item & { trend?: unknown })[];
    expect(plain.every((i) => i.trend === undefined)).toBe(true);
    const res = await admin.get(`/api/v1/figures?orgId=${agency.id}&${inPeriod}&trend=week&ranking=true`);
    expect(res.statusCode, res.body).toBe(200);
    const all = res.json().items as (Item & { trend: { start: string; value: number }[]; ranking?: { key: string; value: number }[] })[];
    expect(all.map((i) => i.name)).toEqual(plain.map((i) => i.name));
    let ranked = 0;
    for (const i of all) {
      const series = (await admin.get(`/api/v1/figures/${i.name}/series?orgId=${agency.id}&${inPeriod}&bucket=week`)).json();
      expect(i.trend, i.name).toEqual(series.items);
      expect(i.value, i.name).toBe(plain.find((p) => p.name === i.name)!.value);
      if (!i.groupBy.includes('org')) {
        expect(i.ranking, i.name).toBeUndefined();
        continue;
      }
      const breakdown = (await admin.get(`/api/v1/figures/${i.name}/breakdown?orgId=${agency.id}&${inPeriod}&by=org`)).json();
      expect(i.ranking, i.name).toEqual(breakdown.items);
      if (i.ranking!.length > 0) ranked++;
    }
    expect(ranked).toBeGreaterThan(10);
    // Without a period the trend covers the bucket's default one, as the series request does.
    const noPeriod = (await admin.get(`/api/v1/figures?names=activities.held&orgId=${agency.id}&trend=month`)).json().items[0];
    expect(noPeriod.trend).toEqual((await admin.get(`/api/v1/figures/activities.held/series?orgId=${agency.id}&bucket=month`)).json().items);
    expect((await admin.get(`/api/v1/figures?orgId=${agency.id}&trend=fortnight`)).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/figures?orgId=${agency.id}&ranking=maybe`)).statusCode).toBe(400);
  });

  it('volunteer hours and person-times count the volunteer category only', async () => {
    const [v] = await rows<{ hours: string; n: number }>(
      t.db,
      sql`SELECT coalesce(sum(x.service_hours), 0) AS hours, count(*)::int AS n FROM activities a JOIN activity_types ty ON ty.code = a.type_code
           JOIN activity_attendance x ON x.activity_id = a.id WHERE a.status = 'published' AND a.ends_at <= now() AND ty.category_code = 'volunteer'`,
    );
    const all = (await admin.get(`/api/v1/figures?names=activities.volunteer_hours,activities.volunteer_attendees&orgId=${root.id}`)).json().items;
    close(all[0].value, Number(v.hours));
    expect(all[1].value).toBe(v.n);
  });

  it("a metric's one-pass overview answers what its value, series and ranking queries answer separately", async () => {
    const from = new Date(`${period.from}T00:00:00+08:00`);
    const to = new Date(`${period.to}T00:00:00+08:00`);
    const defs = allModules.flatMap((m) => m.metrics ?? []).filter((d) => d.overview);
    expect(defs.length).toBeGreaterThanOrEqual(15);
    let nonZero = 0;
    for (const d of defs) {
      for (const [scope, bucket] of [[root, 'month'], [agency, 'week']] as const) {
        const q = { orgPath: scope.path, from, to };
        const o = await d.overview!(t.ctx, { ...q, bucket, parentId: scope.id });
        close(o.value, await d.value(t.ctx, q));
        expect(o.series, d.name).toEqual(await d.series!(t.ctx, { ...q, bucket }));
        const byOrg = (list: { orgId: number; value: number }[]) => [...list].sort((a, b) => a.orgId - b.orgId);
        expect(byOrg(o.byOrg), d.name).toEqual(byOrg(await d.byOrg!(t.ctx, { ...q, parentId: scope.id })));
        if (o.value > 0) nonZero++;
      }
    }
    expect(nonZero).toBeGreaterThanOrEqual(10);
  });

  it("a metric's own series gives, bucket by bucket, its value over that bucket (rates and distinct counts too)", async () => {
    // Two months ahead too: required courses fall due at the end of the year.
    const from = new Date(`${period.from}T00:00:00+08:00`);
    const to = new Date(`${day(62)}T00:00:00+08:00`);
    // A few people finish every lesson of the required courses, so completion is a rate above zero.
    await t.db.execute(sql`INSERT INTO learning_lesson_completions (person_id, content_id)
      SELECT p.id, l.content_id FROM learning_course_lessons l CROSS JOIN (SELECT id FROM people ORDER BY id LIMIT 5) p ON CONFLICT DO NOTHING`);
    const buckets = bucketsOf(from, to, 'month');
    let nonZero = 0;
    for (const d of allModules.flatMap((m) => m.metrics ?? []).filter((x) => x.series && (x.kind ?? 'org') === 'org')) {
      const series = await d.series!(t.ctx, { orgPath: root.path, from, to, bucket: 'month' });
      expect(series.map((b) => b.start), d.name).toEqual(buckets.map((b) => b.start));
      for (const [i, b] of buckets.entries()) close(series[i].value, await d.value(t.ctx, { orgPath: root.path, from: b.from, to: b.to }));
      if (d.name === 'learning.course_completion') nonZero = series.filter((b) => b.value > 0).length;
    }
    expect(nonZero, 'course completion has months with a value').toBeGreaterThan(0);
  });

  it('series buckets add up to the period value (Asia/Shanghai months, weeks, days)', async () => {
    for (const m of items.filter((i) => i.additive)) {
      const s = (await admin.get(`/api/v1/figures/${m.name}/series?orgId=${root.id}&${inPeriod}&bucket=month`)).json();
      expect(s.bucket).toBe('month');
      expect(s.items.length).toBeGreaterThanOrEqual(12);
      expect(s.items.every((b: { start: string }) => /^\d{4}-\d{2}-01$/.test(b.start))).toBe(true);
      close(sum(s.items), s.total);
      close(s.total, m.value!);
    }
    // Every figure, additive or a rate: a bucket is the figure itself over that bucket.
    for (const m of items) {
      const s = (await admin.get(`/api/v1/figures/${m.name}/series?orgId=${root.id}&${inPeriod}&bucket=month`)).json();
      const last = s.items.at(-1);
      const own = (await admin.get(`/api/v1/figures/${m.name}?orgId=${root.id}&from=${last.start}&to=${period.to}`)).json().value;
      close(last.value, own);
    }
    const weeks = (await admin.get(`/api/v1/figures/activities.attendees/series?orgId=${root.id}&from=${day(-90)}&to=${day(1)}&bucket=week`)).json();
    expect(new Date(`${weeks.items[1].start}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(sum(weeks.items)).toBe(weeks.total);
    const days = (await admin.get(`/api/v1/figures/demands.received/series?orgId=${root.id}&from=${day(-14)}&to=${day(1)}&bucket=day`)).json();
    expect(days.items).toHaveLength(15);
    expect(sum(days.items)).toBe(days.total);
    expect(days.total).toBe((await admin.get(`/api/v1/figures/demands.received?orgId=${root.id}&from=${day(-14)}&to=${day(1)}`)).json().value);
    // A rate has a series too, each bucket its own rate.
    const rates = (await admin.get(`/api/v1/figures/demands.response_rate/series?orgId=${root.id}&${inPeriod}&bucket=month`)).json();
    expect(rates.items.every((b: { value: number }) => b.value >= 0 && b.value <= 100)).toBe(true);
    expect((await admin.get(`/api/v1/figures/activities.held/series?from=2000-01-01&to=2026-01-01&bucket=day`)).statusCode).toBe(400);
  });

  it('breakdown by child organisations adds up to the parent for additive figures; each child is its own figure', async () => {
    const children = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id = ${root.id}`);
    for (const m of items.filter((i) => i.additive)) {
      const b = (await admin.get(`/api/v1/figures/${m.name}/breakdown?orgId=${root.id}&${inPeriod}&by=org`)).json();
      expect(b.total).toBe(m.value);
      close(sum(b.items), b.total);
      const values = b.items.map((r: { value: number }) => r.value);
      expect(values).toEqual([...values].sort((x: number, y: number) => y - x));
      for (const r of b.items) expect([...children.map((c) => c.id), root.id]).toContain(r.orgId);
    }
    // Rates too: each child's row is that child's own figure.
    for (const m of items.filter((i) => !i.additive)) {
      const b = (await admin.get(`/api/v1/figures/${m.name}/breakdown?orgId=${root.id}&${inPeriod}&by=org`)).json();
      expect(b.items.map((r: { orgId: number }) => r.orgId).filter((id: number) => id !== root.id).sort()).toEqual(children.map((c) => c.id).sort());
      // The parent's own row (本级) is not the parent's figure, which covers its children too.
      for (const r of b.items.filter((x: { orgId: number }) => x.orgId !== root.id).slice(0, 2)) close(r.value, (await admin.get(`/api/v1/figures/${m.name}?orgId=${r.orgId}&${inPeriod}`)).json().value);
    }
    const ranking = (await admin.get(`/api/v1/figures/activities.attendees/breakdown?orgId=${root.id}&${inPeriod}`)).json();
    const top = ranking.items.find((r: { orgId: number }) => r.orgId !== root.id);
    expect((await admin.get(`/api/v1/figures/activities.attendees?orgId=${top.orgId}&${inPeriod}`)).json().value).toBe(top.value);
    for (const [name, by] of [
      ['demands.received', 'district'],
      ['demands.received', 'category'],
      ['activities.held', 'category'],
      ['activities.service_hours', 'category'],
    ]) {
      const b = (await admin.get(`/api/v1/figures/${name}/breakdown?orgId=${root.id}&${inPeriod}&by=${by}`)).json();
      expect(b.items.length).toBeGreaterThan(0);
      close(sum(b.items), b.total);
    }
    expect((await admin.get(`/api/v1/figures/activities.care_held/breakdown?by=district`)).statusCode).toBe(404);
  });

  it('every registered figure equals what its records add up to, for the same scope and period', async () => {
    for (const q of [`orgId=${root.id}&${inPeriod}`, `orgId=${agency.id}`]) {
      const list: Item[] = (await admin.get(`/api/v1/figures?${q}`)).json().items;
      for (const m of list) {
        const def = allModules.flatMap((x) => x.metrics ?? []).find((d) => d.name === m.name)!;
        if (!m.drillDown) {
          expect(def.measure, `${m.name} has no records: it must say it has no measure`).toBe('none');
          continue;
        }
        const first = (await admin.get(`/api/v1/figures/${m.name}/records?${q}&page=1&pageSize=100`)).json();
        if (def.measure === 'none') {
          // A rate: its records are the hits, never more than the records it is a share of.
          expect(m.value).toBeGreaterThanOrEqual(0);
          expect(m.value).toBeLessThanOrEqual(100);
          continue;
        }
        if (def.measure && typeof def.measure === 'object') {
          const field = def.measure.sum;
          let total = 0;
          for (let page = 1; (page - 1) * 100 < first.total; page++) {
            const p = page === 1 ? first : (await admin.get(`/api/v1/figures/${m.name}/records?${q}&page=${page}&pageSize=100`)).json();
            total += p.items.reduce((s: number, r: Record<string, unknown>) => s + Number(r[field] ?? 0), 0);
          }
          close(total, m.value!);
        } else {
          expect(first.total, m.name).toBe(m.value);
        }
      }
    }
  }, 300_000);

  it('an org admin sees only their own agency: no other agency, not in breakdowns either', async () => {
    const orgadmin = await t.login('orgadmin');
    const mine = (await orgadmin.get('/api/v1/figures')).json();
    expect(mine.scope.orgId).toBe(agency.id);
    const [other] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id = ${root.id} AND id <> ${agency.id} ORDER BY id LIMIT 1`);
    for (const url of [
      `/api/v1/figures?orgId=${other.id}`,
      `/api/v1/figures?orgId=${root.id}`,
      `/api/v1/figures/activities.held/series?orgId=${other.id}`,
      `/api/v1/figures/activities.held/breakdown?orgId=${root.id}`,
      `/api/v1/figures/activities.held/records?orgId=${other.id}`,
      `/api/v1/figures/activities.held/records.xlsx?orgId=${other.id}`,
    ])
      expect((await orgadmin.get(url)).statusCode, url).toBe(404);
    const inside = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE path LIKE ${agency.path + '%'}`);
    const b = (await orgadmin.get('/api/v1/figures/activities.attendees/breakdown')).json();
    for (const r of b.items) expect(inside.map((o) => o.id)).toContain(r.orgId);
    const member = await t.login('member');
    expect((await member.get('/api/v1/figures')).statusCode).toBe(403);
    expect((await t.anonymous().get('/api/v1/figures')).statusCode).toBe(401);
  });

  it('exports the records behind a figure to Excel within scope, audited', async () => {
    const res = await admin.get(`/api/v1/figures/activities.attendees/records.xlsx?orgId=${agency.id}&${inPeriod}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const total = (await admin.get(`/api/v1/figures/activities.attendees/records?orgId=${agency.id}&${inPeriod}`)).json().total;
    expect(wb.worksheets[0].rowCount).toBe(total + 1);
    const [a] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'figures.export' AND entity_id = 'activities.attendees' AND org_id = ${agency.id}`);
    expect(a.n).toBe(1);
  });

  it('/me: the caller’s own figures, from the same registry', async () => {
    const member = await t.login('member');
    const res = await member.get('/api/v1/figures/me');
    expect(res.statusCode).toBe(200);
    const mine = new Map(res.json().items.map((i: { name: string; value: number }) => [i.name, i.value]));
    expect([...mine.keys()]).toEqual(expect.arrayContaining(['points.my_points', 'content.my_study_hours', 'contests.my_rounds', 'learning.my_exams']));
    const [p] = await rows<{ n: number }>(
      t.db,
      sql`SELECT coalesce(sum(l.points), 0)::int AS n FROM points_ledger l JOIN accounts a ON a.person_id = l.person_id WHERE a.username = 'member'`,
    );
    expect(mine.get('points.my_points')).toBe(p.n);
    expect((await admin.get('/api/v1/figures/points.my_points')).statusCode).toBe(404);
  });

  it('every person figure answers for many people in one batch, equal to its value person by person', async () => {
    const sample = await rows<{ id: number }>(
      t.db,
      sql`(SELECT id FROM people ORDER BY id LIMIT 20) UNION (SELECT DISTINCT person_id FROM points_ledger ORDER BY person_id LIMIT 20)`,
    );
    const ids = sample.map((r) => r.id);
    const q = { orgPath: '/', from: new Date('2020-01-01T00:00:00Z'), to: new Date(Date.now() + 86400_000) };
    for (const def of allModules.flatMap((m) => m.metrics ?? []).filter((d) => d.kind === 'person')) {
      expect(def.byPeople, `${def.name} has no batch query`).toBeDefined();
      const many = await def.byPeople!(t.ctx, { ...q, personIds: ids });
      for (const id of ids) expect(many.get(id) ?? 0, `${def.name} person ${id}`).toBe(await def.value(t.ctx, { ...q, personId: id }));
    }
  });

  it('streams a figures event after a module write', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
    const ac = new AbortController();
    const res = await fetch(`${base}/api/v1/figures/stream`, { headers: { cookie: admin.cookie! }, signal: ac.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let text = '';
    const got = (async () => {
      while (!text.includes('event: figures')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    })();
    const [type] = await rows<{ code: string }>(t.db, sql`SELECT code FROM activity_types WHERE category_code = 'volunteer' LIMIT 1`);
    const made = await admin.post('/api/v1/activities', { typeCode: type.code, title: '志愿服务进社区', orgId: agency.id, startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString() });
    expect(made.statusCode).toBe(201);
    await Promise.race([got, new Promise((_, reject) => setTimeout(() => reject(new Error(`no event; got ${text}`)), 5000))]);
    const data = JSON.parse(/event: figures\ndata: (.*)\n/.exec(text)![1]);
    expect(data.topics).toContain('activities');
    ac.abort();
    expect((await fetch(`${base}/api/v1/figures/stream`)).status).toBe(401);
    // A stream still open when the server closes is ended, so the close does not wait for its client.
    const open = await fetch(`${base}/api/v1/figures/stream`, { headers: { cookie: admin.cookie! } });
    const rest = open.text();
    await t.app.close();
    expect(await rest).toContain(': connected');
  });
});
