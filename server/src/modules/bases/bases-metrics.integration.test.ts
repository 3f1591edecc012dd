import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../kernel/db/client.js';
import { basesTestApp, createVenue, pointBody } from './bases.fixtures.js';

type Ctx = Awaited<ReturnType<typeof basesTestApp>>;
const sum = (items: { value: number }[]) => Math.round(items.reduce((s, r) => s + r.value, 0) * 100) / 100;

describe('bases figures', () => {
  let c: Ctx;
  beforeAll(async () => {
    c = await basesTestApp();
  }, 120_000);
  afterAll(() => c.t.close());

  it('demonstration points count the active, designated points in scope (case figure demonstration_points)', async () => {
    await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id, { designatedOn: '2026-01-10' }));
    await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id, { designatedOn: '2026-09-10' }));
    const other = await createVenue(c.orgadmin2, pointBody(c.orgs.agency2.id, { designatedOn: '2026-02-01' }));
    await createVenue(c.orgadmin2, pointBody(c.orgs.agency2.id, { kind: 'room', designatedOn: null }));
    const value = async (orgId: number, q = '') => (await c.admin.get(`/api/v1/figures/bases.demonstration_points?orgId=${orgId}${q}`)).json().value;
    expect(await value(c.root.id)).toBe(3);
    expect(await value(c.orgs.agency1.id)).toBe(2);
    // by the end of June only the January and February points existed
    expect(await value(c.root.id, '&from=2026-01-01&to=2026-06-30')).toBe(2);
    const records = (await c.admin.get(`/api/v1/figures/bases.demonstration_points/records?orgId=${c.root.id}&pageSize=100`)).json();
    expect(records.total).toBe(3);
    const byOrg = (await c.admin.get(`/api/v1/figures/bases.demonstration_points/breakdown?orgId=${c.root.id}&by=org`)).json();
    expect(sum(byOrg.items)).toBe(3);
    expect((await c.orgadmin2.post(`/api/v1/bases/venues/${other.id}/retire`)).statusCode).toBe(200);
    expect(await value(c.root.id)).toBe(2);
    const cases = (await c.admin.get(`/api/v1/figures?orgId=${c.root.id}`)).json().caseFigures as { code: string; metric: string | null }[];
    expect(cases.find((x) => x.code === 'demonstration_points')?.metric).toBe('bases.demonstration_points');
    expect(cases.find((x) => x.code === 'first_button_projects')?.metric).toBe('bases.first_button_projects');
  });

  it('bookings, hours and attendees by venue and month add up to their values; records sum to them', async () => {
    const a = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id));
    const b = await createVenue(c.orgadmin2, pointBody(c.orgs.agency2.id));
    const [activity] = await rows<{ id: number; attended: number }>(c.t.db, sql`SELECT id, attended_count AS attended FROM activities WHERE attended_count > 0 ORDER BY id LIMIT 1`);
    // held bookings in the past, written directly (the API books only the future)
    const insert = (venue: number, org: { id: number; path: string }, starts: string, hours: number, status: string, attendees: number | null, activityId: number | null = null) =>
      c.t.db.execute(sql`INSERT INTO bases_bookings (venue_id, activity_id, title, org_id, org_path, starts_at, ends_at, status, attendees)
        VALUES (${venue}, ${activityId}, '测试', ${org.id}, ${org.path}, ${starts}::timestamptz, ${starts}::timestamptz + make_interval(mins => ${hours * 60}), ${status}, ${attendees})`);
    await insert(a.id, c.orgs.agency1, '2026-03-02T09:00:00+08:00', 2, 'approved', 30);
    await insert(a.id, c.orgs.agency2, '2026-03-09T14:30:00+08:00', 1.5, 'approved', null, activity?.id ?? null);
    await insert(a.id, c.orgs.agency1, '2026-04-01T09:00:00+08:00', 3, 'approved', 12);
    await insert(a.id, c.orgs.agency1, '2026-04-02T09:00:00+08:00', 3, 'cancelled', null);
    await insert(b.id, c.orgs.agency2, '2026-04-15T09:00:00+08:00', 2, 'approved', 20);
    const period = '&from=2026-01-01&to=2026-12-31';
    const get = async (path: string) => (await c.admin.get(path)).json();
    const expected = { 'bases.venue_bookings': 4, 'bases.venue_hours': 8.5, 'bases.venue_attendees': 62 + (activity?.attended ?? 0) };
    for (const [name, value] of Object.entries(expected)) {
      expect((await get(`/api/v1/figures/${name}?orgId=${c.root.id}${period}`)).value, name).toBe(value);
      expect(sum((await get(`/api/v1/figures/${name}/series?orgId=${c.root.id}${period}&bucket=month`)).items), `${name} by month`).toBe(value);
      expect(sum((await get(`/api/v1/figures/${name}/breakdown?orgId=${c.root.id}${period}&by=org`)).items), `${name} by org`).toBe(value);
      const byVenue = (await get(`/api/v1/figures/${name}/breakdown?orgId=${c.root.id}${period}&by=category`)).items;
      expect(sum(byVenue), `${name} by venue`).toBe(value);
      expect(byVenue.map((r: { key: string }) => Number(r.key)).sort()).toEqual([a.id, b.id].sort());
      const records = await get(`/api/v1/figures/${name}/records?orgId=${c.root.id}${period}&pageSize=100`);
      expect(records.total).toBe(4);
      const field = name === 'bases.venue_hours' ? 'hours' : name === 'bases.venue_attendees' ? 'attendees' : null;
      if (field) expect(sum(records.items.map((r: Record<string, number>) => ({ value: Number(r[field]) }))), `${name} records`).toBe(value);
    }
    // usage is the venue owner's figure: agency 1's venue had 3 approved bookings, whoever booked them
    expect((await get(`/api/v1/figures/bases.venue_bookings?orgId=${c.orgs.agency1.id}${period}`)).value).toBe(3);
    const months = (await get(`/api/v1/figures/bases.venue_bookings/series?orgId=${c.root.id}${period}&bucket=month`)).items;
    expect(months.filter((m: { value: number }) => m.value > 0).map((m: { start: string; value: number }) => [m.start, m.value])).toEqual([
      ['2026-03-01', 2],
      ['2026-04-01', 2],
    ]);
  });
});
