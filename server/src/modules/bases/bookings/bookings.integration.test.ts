import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../kernel/db/client.js';
import { dbKind } from '../../../../../test/harness.js';
import { at, basesTestApp, createVenue, pointBody } from '../bases.fixtures.js';

type Ctx = Awaited<ReturnType<typeof basesTestApp>>;

describe(`venue bookings (${dbKind})`, () => {
  let c: Ctx;
  beforeAll(async () => {
    c = await basesTestApp();
  }, 120_000);
  afterAll(() => c.t.close());

  const book = (client: Ctx['admin'], venueId: number, body: Record<string, unknown>) => client.post(`/api/v1/bases/venues/${venueId}/bookings`, body);

  it('of two concurrent overlapping bookings exactly one wins; the other is told which booking holds the slot', async () => {
    const v = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id));
    const [a, b] = await Promise.all([
      book(c.orgadmin, v.id, { orgId: c.orgs.agency1.id, title: '主题党日（一支部）', startsAt: at(0, '09:00'), endsAt: at(0, '11:00') }),
      book(c.orgadmin2, v.id, { orgId: c.orgs.agency2.id, title: '主题党日（二支部）', startsAt: at(0, '10:00'), endsAt: at(0, '12:00') }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes, `${a.body} ${b.body}`).toEqual([201, 409]);
    const [won, lost] = a.statusCode === 201 ? [a, b] : [b, a];
    expect(lost.json().error.code).toBe('venue_booked');
    expect(lost.json().error.details.booking).toMatchObject({ id: won.json().id, title: won.json().title, status: 'approved' });
    const [{ n }] = await rows<{ n: number }>(c.t.db, sql`SELECT count(*)::int AS n FROM bases_bookings WHERE venue_id = ${v.id}`);
    expect(n).toBe(1);
    // Touching ranges do not overlap ([09:00, 11:00) then [11:00, 12:00)… after the winner's end)
    const winnerEnd = new Date(won.json().endsAt).toISOString();
    expect(winnerEnd).toBe(at(0, won.json().title.includes('一') ? '11:00' : '12:00'));
    const next = await book(c.orgadmin, v.id, { orgId: c.orgs.agency1.id, title: '支部委员会', startsAt: winnerEnd, endsAt: at(0, '13:00') });
    expect(next.statusCode, next.body).toBe(201);
  });

  it('many concurrent requests for one slot: one booking', async () => {
    const v = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id));
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => book(i % 2 ? c.orgadmin2 : c.orgadmin, v.id, { orgId: i % 2 ? c.orgs.agency2.id : c.orgs.agency1.id, title: `抢订${i}`, startsAt: at(1, '14:00'), endsAt: at(1, '15:00') })),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409 && r.json().error.code === 'venue_booked')).toHaveLength(5);
  });

  it('a booking whose insert PostgreSQL ends as a deadlock victim (two overlapping inserts waiting on each other) is tried again, not a 500', async () => {
    const v = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id));
    // The first insert at this venue fails as the loser of such a deadlock does; a sequence is not rolled back with it.
    const run = (...statements: string[]) => statements.reduce((p, s) => p.then(() => c.t.db.execute(sql.raw(s))), Promise.resolve() as Promise<unknown>);
    await run(
      'CREATE SEQUENCE test_booking_deadlock_seq',
      `CREATE FUNCTION test_booking_deadlock() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.venue_id = ${v.id} AND nextval('test_booking_deadlock_seq') = 1 THEN
           RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01';
         END IF;
         RETURN NEW;
       END $$`,
      'CREATE TRIGGER test_booking_deadlock BEFORE INSERT ON bases_bookings FOR EACH ROW EXECUTE FUNCTION test_booking_deadlock()',
    );
    try {
      const res = await book(c.orgadmin, v.id, { orgId: c.orgs.agency1.id, title: '主题党日（重试）', startsAt: at(2, '09:00'), endsAt: at(2, '10:00') });
      expect(res.statusCode, res.body).toBe(201);
      const [{ n }] = await rows<{ n: number }>(c.t.db, sql`SELECT count(*)::int AS n FROM bases_bookings WHERE venue_id = ${v.id}`);
      expect(n).toBe(1);
    } finally {
      await run('DROP TRIGGER test_booking_deadlock ON bases_bookings', 'DROP FUNCTION test_booking_deadlock()', 'DROP SEQUENCE test_booking_deadlock_seq');
    }
  });

  it('refuses bookings outside opening hours, in a closure, over capacity, or in the past', async () => {
    const v = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id));
    const base = { orgId: c.orgs.agency1.id, title: '党课' };
    // Sunday (2027-03-07)
    expect((await book(c.orgadmin, v.id, { ...base, startsAt: at(6, '09:00'), endsAt: at(6, '10:00') })).json().error.code).toBe('venue_outside_hours');
    // before opening, and past closing
    expect((await book(c.orgadmin, v.id, { ...base, startsAt: at(2, '08:00'), endsAt: at(2, '09:00') })).json().error.code).toBe('venue_outside_hours');
    expect((await book(c.orgadmin, v.id, { ...base, startsAt: at(2, '17:00'), endsAt: at(2, '18:00') })).json().error.code).toBe('venue_outside_hours');
    // a closure covering Wednesday
    const closure = await c.orgadmin.post(`/api/v1/bases/venues/${v.id}/closures`, { startsAt: at(2, '00:00'), endsAt: at(3, '00:00'), reason: '设备检修' });
    expect(closure.statusCode, closure.body).toBe(201);
    const closed = await book(c.orgadmin, v.id, { ...base, startsAt: at(2, '09:00'), endsAt: at(2, '10:00') });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error).toMatchObject({ code: 'venue_closed', details: { closure: { reason: '设备检修' } } });
    const big = await book(c.orgadmin, v.id, { ...base, startsAt: at(3, '09:00'), endsAt: at(3, '10:00'), expectedAttendees: 51 });
    expect(big.statusCode).toBe(400);
    const past = await book(c.orgadmin, v.id, { ...base, startsAt: '2025-03-03T09:00:00+08:00', endsAt: '2025-03-03T10:00:00+08:00' });
    expect(past.statusCode).toBe(400);
    const reversed = await book(c.orgadmin, v.id, { ...base, startsAt: at(3, '10:00'), endsAt: at(3, '09:00') });
    expect(reversed.statusCode).toBe(400);
    // a closure over an existing booking is refused with the booking named
    const ok = await book(c.orgadmin, v.id, { ...base, startsAt: at(3, '09:00'), endsAt: at(3, '10:00') });
    expect(ok.statusCode).toBe(201);
    const clash = await c.orgadmin.post(`/api/v1/bases/venues/${v.id}/closures`, { startsAt: at(3, '00:00'), endsAt: at(4, '00:00'), reason: '临时闭馆' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.details.bookings[0].id).toBe(ok.json().id);
    const [{ n }] = await rows<{ n: number }>(c.t.db, sql`SELECT count(*)::int AS n FROM bases_bookings WHERE venue_id = ${v.id}`);
    expect(n).toBe(1);
  });

  it('requests at a venue needing approval wait in the owner’s queue; approve and reject are audited; a pending request holds its slot', async () => {
    const v = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id, { needsApproval: true }));
    const req1 = await book(c.orgadmin2, v.id, { orgId: c.orgs.agency2.id, title: '二局主题党日', startsAt: at(7, '09:00'), endsAt: at(7, '11:00'), expectedAttendees: 30 });
    expect(req1.statusCode, req1.body).toBe(201);
    expect(req1.json().status).toBe('pending');
    // the pending request holds the slot
    const clash = await book(c.orgadmin, v.id, { orgId: c.orgs.agency1.id, title: '一局党课', startsAt: at(7, '10:00'), endsAt: at(7, '10:30') });
    expect(clash.json().error).toMatchObject({ code: 'venue_booked', details: { booking: { id: req1.json().id, status: 'pending' } } });
    // the owner's booking is approved at once
    const own = await book(c.orgadmin, v.id, { orgId: c.orgs.agency1.id, title: '一局党课', startsAt: at(7, '14:00'), endsAt: at(7, '15:00') });
    expect(own.json().status).toBe('approved');

    const queue1 = (await c.orgadmin.get('/api/v1/bases/booking-queue')).json();
    expect(queue1.items.map((b: { id: number }) => b.id)).toContain(req1.json().id);
    const queue2 = (await c.orgadmin2.get('/api/v1/bases/booking-queue')).json();
    expect(queue2.items.map((b: { id: number }) => b.id)).not.toContain(req1.json().id);
    // the requester cannot approve its own request at another agency's venue
    expect((await c.orgadmin2.post(`/api/v1/bases/bookings/${req1.json().id}/approve`, {})).statusCode).toBe(404);
    const approved = await c.orgadmin.post(`/api/v1/bases/bookings/${req1.json().id}/approve`, { note: '同意' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    expect((await c.orgadmin.post(`/api/v1/bases/bookings/${req1.json().id}/approve`, {})).statusCode).toBe(409);

    const req2 = await book(c.orgadmin2, v.id, { orgId: c.orgs.agency2.id, title: '二局青年读书会', startsAt: at(8, '09:00'), endsAt: at(8, '11:00') });
    expect((await c.orgadmin.post(`/api/v1/bases/bookings/${req2.json().id}/reject`, {})).statusCode).toBe(400);
    const rejected = await c.orgadmin.post(`/api/v1/bases/bookings/${req2.json().id}/reject`, { note: '当日有接待任务' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionNote: '当日有接待任务' });
    // the slot is free again
    expect((await book(c.orgadmin, v.id, { orgId: c.orgs.agency1.id, title: '一局读书会', startsAt: at(8, '09:00'), endsAt: at(8, '11:00') })).statusCode).toBe(201);

    const audits = await rows<{ action: string }>(c.t.db, sql`SELECT action FROM audit_log WHERE entity = 'bases_booking' AND entity_id IN (${String(req1.json().id)}, ${String(req2.json().id)}) ORDER BY id`);
    expect(audits.map((a) => a.action)).toEqual(['bases.booking_request', 'bases.booking_approve', 'bases.booking_request', 'bases.booking_reject']);

    // the requester sees its booking, the owner too; cancel frees the slot
    expect((await c.orgadmin2.get(`/api/v1/bases/bookings/${req1.json().id}`)).statusCode).toBe(200);
    expect((await c.orgadmin2.get(`/api/v1/bases/bookings/${own.json().id}`)).statusCode).toBe(404);
    const cancelled = await c.orgadmin2.post(`/api/v1/bases/bookings/${req1.json().id}/cancel`, { reason: '日程调整' });
    expect(cancelled.json().status).toBe('cancelled');
    expect((await book(c.orgadmin, v.id, { orgId: c.orgs.agency1.id, title: '补订', startsAt: at(7, '09:00'), endsAt: at(7, '11:00') })).statusCode).toBe(201);
  });

  it('books for an activity of the booker’s organisation only', async () => {
    const v = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id));
    const [mine] = await rows<{ id: number; title: string }>(c.t.db, sql`SELECT id, title FROM activities WHERE org_path LIKE ${c.orgs.agency1.path + '%'} AND status <> 'cancelled' ORDER BY id LIMIT 1`);
    const [theirs] = await rows<{ id: number }>(c.t.db, sql`SELECT id FROM activities WHERE org_path LIKE ${c.orgs.agency2.path + '%'} ORDER BY id LIMIT 1`);
    const ok = await book(c.orgadmin, v.id, { orgId: c.orgs.agency1.id, activityId: mine.id, startsAt: at(9, '09:00'), endsAt: at(9, '10:00') });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ activityId: mine.id, title: mine.title });
    expect((await book(c.orgadmin, v.id, { orgId: c.orgs.agency1.id, activityId: theirs.id, startsAt: at(9, '14:00'), endsAt: at(9, '15:00') })).statusCode).toBe(404);
    // booking for another agency is refused
    expect((await book(c.orgadmin, v.id, { orgId: c.orgs.agency2.id, title: '代订', startsAt: at(9, '14:00'), endsAt: at(9, '15:00') })).statusCode).toBe(404);
  });

  it('a venue that is not shared is bookable only by its owner subtree', async () => {
    const v = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id, { kind: 'room', designatedOn: null, shared: false }));
    expect((await book(c.orgadmin2, v.id, { orgId: c.orgs.agency2.id, title: '借用', startsAt: at(10, '09:00'), endsAt: at(10, '10:00') })).statusCode).toBe(404);
    const list = (await c.orgadmin2.get('/api/v1/bases/bookable-venues?pageSize=200')).json();
    expect(list.items.map((x: { id: number }) => x.id)).not.toContain(v.id);
    expect((await c.orgadmin2.get(`/api/v1/bases/venues/${v.id}/schedule?from=${at(0, '00:00')}&to=${at(30, '00:00')}`)).statusCode).toBe(404);
  });

  it('serves a venue’s bookings as iCalendar with absolute UTC instants (read back by ical.js)', async () => {
    const v = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id, { name: '日历测试示范点' }));
    const b = (await book(c.orgadmin, v.id, { orgId: c.orgs.agency1.id, title: '日历测试党课', startsAt: '2027-03-16T14:30:00+08:00', endsAt: '2027-03-16T16:30:00+08:00' })).json();
    const { url } = (await c.orgadmin.get(`/api/v1/bases/venues/${v.id}/calendar-url`)).json();
    expect((await c.orgadmin2.get(`/api/v1/bases/venues/${v.id}/calendar-url`)).statusCode).toBe(404);
    const res = await c.t.anonymous().get(new URL(url).pathname);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    // every DTSTART/DTEND is a UTC instant (…Z), never a floating local time
    const stamps = res.body.split(/\r?\n/).filter((l) => /^DT(START|END)/.test(l));
    expect(stamps.length).toBe(2);
    for (const line of stamps) expect(line).toMatch(/^DT(START|END):\d{8}T\d{6}Z$/);
    const cal = new ICAL.Component(ICAL.parse(res.body));
    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe('日历测试党课');
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2027-03-16T06:30:00.000Z');
    expect(events[0].endDate.toJSDate().toISOString()).toBe(new Date(b.endsAt).toISOString());
    expect((await c.t.anonymous().get('/api/v1/bases/venue-calendars/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')).statusCode).toBe(404);
  });
});
