import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { bucketsOf } from '../../../kernel/figures/buckets.js';
import { allModules } from '../../../app.js';
import { pairingTestApp, registerByStaff, signInIssued, type Client } from '../pairing.fixtures.js';

type Session = { id: number; confirmedCount: number; mySignedUpAt: string | null; myCheckedInAt: string | null; mySignup: string | null; myWaitPosition: number | null; myPromotedAt: string | null };

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
  const waitlistCount = async (id: number) => (await rows<{ n: number }>(t.db, sql`SELECT waitlist_count AS n FROM activities WHERE id = ${id}`))[0].n;
  const personStatus = async (username: string, id: number) =>
    (await rows<{ status: string }>(t.db, sql`SELECT s.status FROM activity_signups s JOIN accounts a ON a.person_id = s.person_id WHERE a.username = ${username} AND s.activity_id = ${id}`))[0]?.status;
  /** Seats and waiting over both sides, as the rows say and as the engine counts them. */
  const bothSides = async (id: number) =>
    (
      await rows<{ confirmed: number; waiting: number; seats: number; waitlist: number }>(
        t.db,
        sql`SELECT (SELECT count(*)::int FROM activity_signups WHERE activity_id = ${id} AND status = 'confirmed')
                 + (SELECT count(*)::int FROM pairing_cosession_signups WHERE activity_id = ${id} AND cancelled_at IS NULL AND status = 'confirmed') AS confirmed,
                   (SELECT count(*)::int FROM activity_signups WHERE activity_id = ${id} AND status = 'waitlisted')
                 + (SELECT count(*)::int FROM pairing_cosession_signups WHERE activity_id = ${id} AND cancelled_at IS NULL AND status = 'waitlisted') AS waiting,
                   confirmed_count AS seats, waitlist_count AS waitlist FROM activities WHERE id = ${id}`,
      )
    )[0];
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

  it('seats are counted over both sides: a full session waitlists an entrepreneur as it does a person, and a freed seat goes to who waited longest', async () => {
    expect((await member.post(`/api/v1/me/activities/${session}/signup`)).json().status).toBe('confirmed');
    const first = await signup(founder, session);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: true, status: 'confirmed', session: { id: session, confirmedCount: 2, mySignup: 'confirmed', myWaitPosition: null } });
    expect(first.json().session.mySignedUpAt).not.toBeNull();
    expect((await signup(founder, session)).json().created).toBe(false);
    expect(await seats(session)).toBe(2);
    // full: the entrepreneur waits first, then a person behind them — one queue for both sides
    const full = await signup(founder3, session);
    expect(full.statusCode, full.body).toBe(200);
    expect(full.json()).toMatchObject({ created: true, status: 'waitlisted', session: { mySignup: 'waitlisted', myWaitPosition: 1 } });
    expect((await signup(founder3, session)).json()).toMatchObject({ created: false, status: 'waitlisted' });
    const waiting = await secretary.post(`/api/v1/me/activities/${session}/signup`);
    expect(waiting.json()).toMatchObject({ status: 'waitlisted', position: 2 });
    expect(await seats(session)).toBe(2);
    expect(await waitlistCount(session)).toBe(2);
    const mine = (await founder3.get('/api/v1/me/co-study?view=mine')).json().items as Session[];
    expect(mine.map((s) => [s.id, s.mySignup, s.myWaitPosition])).toEqual([[session, 'waitlisted', 1]]);

    // the person who holds a seat cancels: the entrepreneur who waited longest takes it, not the person behind
    expect((await member.delete(`/api/v1/me/activities/${session}/signup`)).statusCode).toBe(200);
    const promoted = (await founder3.get('/api/v1/me/co-study?view=mine')).json().items[0] as Session;
    expect(promoted).toMatchObject({ mySignup: 'confirmed', myWaitPosition: null });
    expect(promoted.myPromotedAt).not.toBeNull();
    // …and is told so in their inbox, as a person promoted from a waitlist is
    const inbox = (await founder3.get('/api/v1/notifications')).json().items as Array<{ kind: string; title: string; link: string | null }>;
    expect(inbox.filter((n) => n.kind === 'pairing_cosession_promoted')).toEqual([expect.objectContaining({ title: expect.stringMatching(/^候补成功：/), link: '/m/entrepreneur/co-study' })]);
    expect(await seats(session)).toBe(2);
    expect(await waitlistCount(session)).toBe(1);
    expect((await secretary.get(`/api/v1/me/activities/${session}`)).json()).toMatchObject({ mySignup: 'waitlisted' });

    // the entrepreneur cancels: the person waiting takes the seat
    expect((await founder.delete(`/api/v1/me/co-study/${session}/signup`)).statusCode).toBe(200);
    expect((await founder.delete(`/api/v1/me/co-study/${session}/signup`)).statusCode).toBe(404);
    expect(await personStatus('secretary', session)).toBe('confirmed');
    expect(await seats(session)).toBe(2);
    expect(await waitlistCount(session)).toBe(0);
    // full again: the founder waits; cancelling a waitlisted sign-up frees no seat and promotes nobody
    expect((await signup(founder, session)).json()).toMatchObject({ status: 'waitlisted', session: { myWaitPosition: 1 } });
    expect((await founder.delete(`/api/v1/me/co-study/${session}/signup`)).statusCode).toBe(200);
    expect(await seats(session)).toBe(2);
    expect(await waitlistCount(session)).toBe(0);
    expect((await founder.get('/api/v1/me/co-study?view=mine')).json().total).toBe(0);
    const promotions = await rows<{ summary: string }>(t.db, sql`SELECT summary FROM audit_log WHERE action = 'pairing.cosession_promote' AND entity_id = ${String(session)}`);
    expect(promotions.map((p) => p.summary)).toEqual([expect.stringContaining('林知远')]);
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
      { action: 'pairing.cosession_cancel', n: 2 },
      { action: 'pairing.cosession_checkin', n: 2 },
      { action: 'pairing.cosession_promote', n: 1 },
      { action: 'pairing.cosession_signup', n: 1 },
      { action: 'pairing.cosession_waitlist', n: 2 },
    ]);
    // the one who came without a sign-up is a walk-in, holding no seat
    expect((await rows<{ status: string }>(t.db, sql`SELECT status FROM pairing_cosession_signups WHERE activity_id = ${session} AND entrepreneur_id = ${e1}`))[0].status).toBe('walk_in');
  });

  it('admins see a session’s attendees by side, in scope only', async () => {
    const res = await orgadmin.get(`/api/v1/pairing/co-study/${session}/attendees`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a.cadres.map((c: { personId: number }) => c.personId)).toEqual([memberPersonId]);
    expect(a.entrepreneurs.map((e: { name: string }) => e.name).sort()).toEqual(['林知远', '陈海川']);
    expect(a.counts).toEqual({ cadresAttended: 1, entrepreneursSignedUp: 1, entrepreneursWaitlisted: 0, entrepreneursAttended: 2 });
    expect((await orgadmin2.get(`/api/v1/pairing/co-study/${session}/attendees`)).statusCode).toBe(404);
    expect((await orgadmin.get(`/api/v1/pairing/co-study/${lecture}/attendees`)).statusCode).toBe(404);
  });

  it('sign-ups of both sides at once never take more seats than the capacity (the activity row is locked); the rest wait', async () => {
    const burst = await createActivity({ title: '共学：同时报名', capacity: 3, startsAt: inMinutes(300), endsAt: inMinutes(360) });
    const more = await Promise.all(['赵一鸣', '钱二川'].map((name) => issued(orgadmin, orgs.agency1.id, name)));
    const entrepreneurs = [founder, founder3, ...more.map((m) => m.client)];
    const results = await Promise.all([
      ...entrepreneurs.map((c) => signup(c, burst).then((r) => r.json().status as string)),
      ...[member, secretary].map((c) => c.post(`/api/v1/me/activities/${burst}/signup`).then((r) => r.json().status as string)),
    ]);
    expect(results.filter((r) => r === 'confirmed')).toHaveLength(3);
    expect(results.filter((r) => r === 'waitlisted')).toHaveLength(3);
    expect(await bothSides(burst)).toEqual({ confirmed: 3, waiting: 3, seats: 3, waitlist: 3 });
  });

  it('concurrent cancellations and sign-ups promote the waiting in order, on either side, and never overfill', async () => {
    const queue = await createActivity({ title: '共学：候补递补', capacity: 2, startsAt: inMinutes(400), endsAt: inMinutes(460) });
    const more = await Promise.all(['孙三木', '李四海', '周五岳', '郑六合'].map((name) => issued(orgadmin, orgs.agency1.id, name)));
    const [h1, h2, w1, w2] = more.map((m) => m.client);
    // two hold the seats; then, one after the other, w1 (entrepreneur), secretary (person), w2 (entrepreneur) wait
    for (const c of [h1, h2]) expect((await signup(c, queue)).json().status).toBe('confirmed');
    expect((await signup(w1, queue)).json().session.myWaitPosition).toBe(1);
    expect((await secretary.post(`/api/v1/me/activities/${queue}/signup`)).json()).toMatchObject({ status: 'waitlisted', position: 2 });
    expect((await signup(w2, queue)).json().session.myWaitPosition).toBe(3);
    const late = founder;

    // both seat holders cancel while a newcomer signs up: the two who waited longest get the seats, the newcomer queues
    const results = await Promise.all([h1.delete(`/api/v1/me/co-study/${queue}/signup`), h2.delete(`/api/v1/me/co-study/${queue}/signup`), signup(late, queue)]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const state = async (c: Client) => ((await c.get('/api/v1/me/co-study?view=mine')).json().items as Session[]).find((s) => s.id === queue);
    expect(await state(w1)).toMatchObject({ mySignup: 'confirmed', myWaitPosition: null });
    expect(await personStatus('secretary', queue)).toBe('confirmed');
    expect(await state(w2)).toMatchObject({ mySignup: 'waitlisted', myWaitPosition: 1 });
    expect(await state(late)).toMatchObject({ mySignup: 'waitlisted', myWaitPosition: 2 });
    expect(await bothSides(queue)).toEqual({ confirmed: 2, waiting: 2, seats: 2, waitlist: 2 });

    // now the person cancels at the same time as the promoted entrepreneur: w2 then the newcomer move up, in order
    await Promise.all([secretary.delete(`/api/v1/me/activities/${queue}/signup`), w1.delete(`/api/v1/me/co-study/${queue}/signup`)]);
    expect(await state(w2)).toMatchObject({ mySignup: 'confirmed' });
    expect(await state(late)).toMatchObject({ mySignup: 'confirmed' });
    expect(await bothSides(queue)).toEqual({ confirmed: 2, waiting: 0, seats: 2, waitlist: 0 });
    const promoted = await rows<{ summary: string }>(t.db, sql`SELECT summary FROM audit_log WHERE action = 'pairing.cosession_promote' AND entity_id = ${String(queue)} ORDER BY id`);
    expect(promoted.map((p) => p.summary.split(': ')[1])).toEqual(['周五岳', '郑六合', '陈海川']);
  });

  it('admins list the co-study sessions of their scope with sign-ups, waitlist and attendance by side (pairing.read, not activities.read)', async () => {
    const list = await orgadmin.get('/api/v1/pairing/co-study?pageSize=50');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as Array<{ id: number; confirmedCount: number; cadres: Record<string, number>; entrepreneurs: Record<string, number> }>;
    expect(items.map((i) => i.id)).not.toContain(lecture);
    const one = items.find((i) => i.id === session)!;
    expect(one).toMatchObject({ confirmedCount: 2, cadres: { signedUp: 1, waitlisted: 0, attended: 1 }, entrepreneurs: { signedUp: 1, waitlisted: 0, attended: 2 } });
    expect(items.find((i) => i.id === otherSession)).toBeDefined();
    expect((await orgadmin.get('/api/v1/pairing/co-study?q=另一场')).json().items.map((i: { id: number }) => i.id)).toEqual([otherSession]);
    expect((await orgadmin.get('/api/v1/pairing/co-study?when=past')).json().total).toBe(0);
    expect((await orgadmin2.get('/api/v1/pairing/co-study')).json().total).toBe(0);
    expect((await member.get('/api/v1/pairing/co-study')).statusCode).toBe(403);
    expect((await founder.get('/api/v1/pairing/co-study')).statusCode).toBe(403);
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
