import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { bucketsOf } from '../../../kernel/figures/buckets.js';
import { allModules } from '../../../app.js';
import { pairingTestApp, registerByStaff, signInIssued, type Client } from '../pairing.fixtures.js';

type Session = { id: number; confirmedCount: number; mySignedUpAt: string | null; myCheckedInAt: string | null };

describe(`pairing: co-study sessions open to entrepreneurs, and the pairing figures (${dbKind})`, () => {
  let t: TestApp;
  let orgadmin: Client, orgadmin2: Client, member: Client, secretary: Client;
  let founder: Client, founder3: Client, outsider: Client;
  let orgs: Awaited<ReturnType<typeof pairingTestApp>>['orgs'];
  let memberPersonId: number;
  let e1: number;
  let session: number, otherSession: number, lecture: number;
  const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
  const createActivity = async (body: Record<string, unknown>) => {
    const res = await orgadmin.post('/api/v1/activities', { typeCode: 'co_study', title: '“青创π”共学：民营经济促进法', orgId: orgs.agency1.id, venue: '市民营经济发展局会议室', startsAt: inMinutes(10), endsAt: inMinutes(130), ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const issued = async (client: Client, orgId: number, name: string) => {
    const r = await registerByStaff(client, orgId, { name });
    return { id: r.entrepreneur.id, client: await signInIssued(t, r.account.username, r.account.initialPassword) };
  };
  const signup = (client: Client, id: number) => client.post(`/api/v1/me/co-study/${id}/signup`);
  const seats = async (id: number) => (await rows<{ n: number }>(t.db, sql`SELECT confirmed_count AS n FROM activities WHERE id = ${id}`))[0].n;
  const token = async (id: number) => (await orgadmin.get(`/api/v1/activities/${id}/checkin-token`)).json() as { token: string; shortCode: string };

  beforeAll(async () => {
    ({ t, orgadmin, orgadmin2, member, orgs, memberPersonId } = await pairingTestApp());
    secretary = await t.login('secretary');
    const f1 = await issued(orgadmin, orgs.agency1.id, '陈海川');
    e1 = f1.id;
    founder = f1.client;
    founder3 = (await issued(orgadmin, orgs.agency1.id, '林知远')).client;
    outsider = (await issued(orgadmin2, orgs.agency2.id, '吴远帆')).client;
    session = await createActivity({ capacity: 2 });
    otherSession = await createActivity({ title: '另一场共学', startsAt: inMinutes(200), endsAt: inMinutes(260) });
    lecture = await createActivity({ typeCode: 'lecture', title: '专题讲座' });
  });
  afterAll(() => t.close());

  it('an entrepreneur sees the co-study sessions in reach of their organisation; others not', async () => {
    const open = (await founder.get('/api/v1/me/co-study')).json();
    expect(open.items.map((s: Session) => s.id)).toEqual([session, otherSession]);
    expect((await founder.get('/api/v1/me/co-study?q=另一场')).json().total).toBe(1);
    expect((await outsider.get('/api/v1/me/co-study')).json().total).toBe(0);
    expect((await signup(outsider, session)).statusCode).toBe(404);
    expect((await signup(founder, lecture)).statusCode).toBe(404);
    expect((await member.get('/api/v1/me/co-study')).statusCode).toBe(403);
  });

  it('seats are counted over both sides: a full session refuses an entrepreneur and waitlists a person', async () => {
    expect((await member.post(`/api/v1/me/activities/${session}/signup`)).json().status).toBe('confirmed');
    const first = await signup(founder, session);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: true, session: { id: session, confirmedCount: 2 } });
    expect(first.json().session.mySignedUpAt).not.toBeNull();
    expect((await signup(founder, session)).json().created).toBe(false);
    expect(await seats(session)).toBe(2);
    const full = await signup(founder3, session);
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('activity_full');
    expect((await secretary.post(`/api/v1/me/activities/${session}/signup`)).json().status).toBe('waitlisted');

    // the entrepreneur cancels: the person waiting takes the seat
    expect((await founder.delete(`/api/v1/me/co-study/${session}/signup`)).statusCode).toBe(200);
    expect((await founder.delete(`/api/v1/me/co-study/${session}/signup`)).statusCode).toBe(404);
    const [{ status }] = await rows<{ status: string }>(t.db, sql`SELECT s.status FROM activity_signups s JOIN accounts a ON a.person_id = s.person_id WHERE a.username = 'secretary' AND s.activity_id = ${session}`);
    expect(status).toBe('confirmed');
    expect(await seats(session)).toBe(2);
    expect((await signup(founder, session)).statusCode).toBe(409);
    expect((await founder.get('/api/v1/me/co-study?view=mine')).json().total).toBe(0);
  });

  it('check-in takes the same rotating QR token or code as people’s; a bad or foreign token is refused', async () => {
    const checkin = (client: Client, body: Record<string, unknown>) => client.post('/api/v1/me/co-study/checkin', body);
    const good = await token(session);
    const foreign = await token(otherSession);
    expect((await checkin(founder, { token: `${session}.1.AAAAAAAAAAAAAAAA` })).statusCode).toBe(400);
    expect((await checkin(founder, { token: good.token.replace(/^\d+/, String(otherSession)) })).statusCode).toBe(400);
    expect((await checkin(founder, { activityId: session, code: foreign.shortCode === good.shortCode ? '000000' : foreign.shortCode })).statusCode).toBe(400);
    expect((await checkin(founder, { token: 'not-a-token' })).statusCode).toBe(400);
    // the other session starts in more than an hour: check-in not open yet
    expect((await checkin(founder, { token: foreign.token })).json().error.code).toBe('checkin_closed');
    expect((await checkin(outsider, { token: good.token })).statusCode).toBe(404);

    const res = await checkin(founder, { token: good.token });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ activityId: session, created: true });
    expect((await checkin(founder, { token: good.token })).json().created).toBe(false);
    expect((await checkin(founder3, { activityId: session, code: good.shortCode })).json().created).toBe(true);
    expect((await member.post('/api/v1/me/checkin', { token: good.token })).json().created).toBe(true);
    // walk-ins hold no seat; a checked-in entrepreneur cannot cancel
    expect(await seats(session)).toBe(2);
    expect((await founder.delete(`/api/v1/me/co-study/${session}/signup`)).statusCode).toBe(409);
    const mine = (await founder.get('/api/v1/me/co-study?view=mine')).json().items as Session[];
    expect(mine[0].myCheckedInAt).not.toBeNull();

    const audits = await rows<{ action: string; n: number }>(t.db, sql`SELECT action, count(*)::int AS n FROM audit_log WHERE action LIKE 'pairing.cosession_%' GROUP BY action ORDER BY action`);
    expect(audits).toEqual([
      { action: 'pairing.cosession_cancel', n: 1 },
      { action: 'pairing.cosession_checkin', n: 2 },
      { action: 'pairing.cosession_signup', n: 1 },
    ]);
  });

  it('admins see a session’s attendees by side, in scope only', async () => {
    const res = await orgadmin.get(`/api/v1/pairing/co-study/${session}/attendees`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a.cadres.map((c: { personId: number }) => c.personId)).toEqual([memberPersonId]);
    expect(a.entrepreneurs.map((e: { name: string }) => e.name).sort()).toEqual(['林知远', '陈海川']);
    expect(a.counts).toEqual({ cadresAttended: 1, entrepreneursSignedUp: 2, entrepreneursAttended: 2 });
    expect((await orgadmin2.get(`/api/v1/pairing/co-study/${session}/attendees`)).statusCode).toBe(404);
    expect((await orgadmin.get(`/api/v1/pairing/co-study/${lecture}/attendees`)).statusCode).toBe(404);
  });

  it('sign-ups of both sides at once never take more seats than the capacity (the activity row is locked)', async () => {
    const burst = await createActivity({ title: '共学：同时报名', capacity: 3, startsAt: inMinutes(300), endsAt: inMinutes(360) });
    const more = await Promise.all(['赵一鸣', '钱二川'].map((name) => issued(orgadmin, orgs.agency1.id, name)));
    const entrepreneurs = [founder, founder3, ...more.map((m) => m.client)];
    const results = await Promise.all([
      ...entrepreneurs.map((c) => signup(c, burst).then((r) => (r.statusCode === 200 ? 'confirmed' : r.json().error.code))),
      ...[member, secretary].map((c) => c.post(`/api/v1/me/activities/${burst}/signup`).then((r) => r.json().status as string)),
    ]);
    expect(results.filter((r) => r === 'confirmed')).toHaveLength(3);
    expect(results.filter((r) => r !== 'confirmed').every((r) => r === 'activity_full' || r === 'waitlisted')).toBe(true);
    const [db] = await rows<{ people: number; entrepreneurs: number; seats: number }>(
      t.db,
      sql`SELECT (SELECT count(*)::int FROM activity_signups WHERE activity_id = ${burst} AND status = 'confirmed') AS people,
                 (SELECT count(*)::int FROM pairing_cosession_signups WHERE activity_id = ${burst} AND cancelled_at IS NULL) AS entrepreneurs,
                 (SELECT confirmed_count FROM activities WHERE id = ${burst}) AS seats`,
    );
    expect(db.people + db.entrepreneurs).toBe(3);
    expect(db.seats).toBe(3);
  });

  it('figures equal their records: sessions, attendees by side, active pairs, contacts per pair-month, entrepreneurs served', async () => {
    const pair = await orgadmin.post('/api/v1/pairing/pairs', { cadrePersonId: memberPersonId, entrepreneurId: e1 });
    expect(pair.statusCode, pair.body).toBe(201);
    const logged = await member.post(`/api/v1/me/pairs/${pair.json().id}/contacts`, { kind: 'visit', topic: '走访了解融资需求', happenedAt: new Date(Date.now() - 60_000).toISOString() });
    expect(logged.statusCode, logged.body).toBe(201);
    // the session took place
    await t.db.execute(sql`UPDATE activities SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = ${session}`);

    const at = `orgId=${orgs.agency1.id}`;
    const figure = async (name: string) => {
      const value = (await orgadmin.get(`/api/v1/figures/${name}?${at}`)).json().value as number;
      const records = (await orgadmin.get(`/api/v1/figures/${name}/records?${at}&pageSize=100`)).json();
      return { value, records };
    };
    const sessions = await figure('pairing.cosessions');
    expect(sessions.value).toBe(1);
    expect(sessions.records.total).toBe(1);
    expect(sessions.records.items[0]).toMatchObject({ id: session, cadres: 1, entrepreneurs: 2 });

    const attendees = await figure('pairing.cosession_attendees');
    expect(attendees.value).toBe(3);
    expect(attendees.records.total).toBe(3);
    const bySide = (await orgadmin.get(`/api/v1/figures/pairing.cosession_attendees/breakdown?${at}&by=category`)).json().items;
    expect(Object.fromEntries(bySide.map((r: { key: string; value: number }) => [r.key, r.value]))).toEqual({ cadre: 1, entrepreneur: 2 });

    const active = await figure('pairing.active_pairs');
    expect(active.value).toBe(1);
    expect(active.records.total).toBe(1);
    const rate = await figure('pairing.contacts_per_pair_month');
    // one contact of a pair started today: the pair counts for a month (the period is longer), so one a month
    expect(rate.value).toBe(1);
    expect(rate.records.total).toBe(1);

    const served = await figure('pairing.entrepreneurs_served');
    expect(served.value).toBe(2);
    expect(served.records.total).toBe(2);
    expect(served.records.items.find((r: { id: number }) => r.id === e1).via).toEqual(['co_study', 'contact']);

    // the other agency sees none of it
    for (const name of ['pairing.cosessions', 'pairing.cosession_attendees', 'pairing.active_pairs', 'pairing.entrepreneurs_served'])
      expect((await orgadmin2.get(`/api/v1/figures/${name}?orgId=${orgs.agency2.id}`)).json().value, name).toBe(0);
    // a period before any of it: nothing
    expect((await orgadmin.get(`/api/v1/figures/pairing.active_pairs?${at}&from=2020-01-01&to=2020-02-01`)).json().value).toBe(0);

    // The stock and the rate have their own trend and ranking queries: each bucket and each child equals the value asked for alone.
    const [root] = await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
    const from = new Date(Date.now() - 20 * 86400_000);
    const to = new Date(Date.now() + 86400_000);
    for (const name of ['pairing.active_pairs', 'pairing.contacts_per_pair_month']) {
      const def = allModules.flatMap((m) => m.metrics ?? []).find((d) => d.name === name)!;
      const series = await def.series!(t.ctx, { orgPath: root.path, from, to, bucket: 'week' });
      const buckets = bucketsOf(from, to, 'week');
      expect(series.map((b) => b.start)).toEqual(buckets.map((b) => b.start));
      for (const [k, b] of buckets.entries()) expect(series[k].value, `${name} ${b.start}`).toBe(await def.value(t.ctx, { orgPath: root.path, from: b.from, to: b.to }));
      expect(series.some((b) => b.value > 0), name).toBe(true);
      const byOrg = await def.byOrg!(t.ctx, { orgPath: root.path, from, to, parentId: root.id });
      const children = await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE parent_id = ${root.id}`);
      for (const c of children) expect(byOrg.find((r) => r.orgId === c.id)?.value ?? 0, `${name} ${c.path}`).toBe(await def.value(t.ctx, { orgPath: c.path, from, to }));
    }
  });
});
