import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { inScope, pathInScope } from '../../../kernel/access/scope.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { basesScope, type BasesPermission } from '../bases.access.js';
import { idParams } from '../bases.dto.js';
import { venueById } from '../venues/venues.queries.js';
import { attendanceBody, bookingBody, bookingListQuery, cancelBody, decisionBody, rejectBody, scheduleQuery } from './bookings.dto.js';
import { bookingById, listBookings, visible } from './bookings.queries.js';
import { cancelBooking, createBooking, decideBooking, recordAttendance } from './booking-commands.js';
import { bookingOut, bookingPage, scheduleOut } from './bookings.responses.js';
import { buildVenueCalendar, type FeedBooking } from './venue-feed.js';

const tags = ['bases'];

/** Bookings: requests and their approval queue, cancellation, attendance, a venue's schedule and its iCalendar feed. */
export function bookingsRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const book = { access: { permission: 'bases.book' } } as const;
  const manage = { access: { permission: 'bases.manage' } } as const;
  const scope = (req: FastifyRequest, p: BasesPermission) => basesScope(requireAuth(req.auth), p);
  const answer = async (id: number) => (await bookingById(db, id)) as never;

  app.post(
    '/api/v1/bases/venues/:id/bookings',
    {
      config: book,
      schema: { tags, operationId: 'bases.bookVenue', summary: '预约阵地（与已有预约重叠时 409，并给出占用该时段的预约；需审批的场地进入审批队列）', params: idParams, body: bookingBody, response: { 201: bookingOut } },
    },
    async (req, reply) => {
      const r = await createBooking(db, req, requireAuth(req.auth), req.params.id, req.body);
      await events.publish('bases.booking_changed', { bookingId: r.id, venueId: req.params.id, change: r.status === 'pending' ? 'requested' : 'approved' });
      return reply.status(201).send(await answer(r.id));
    },
  );

  app.get('/api/v1/bases/bookings', { config: book, schema: { tags, operationId: 'bases.listBookings', summary: '预约列表（本组织的预约与本组织阵地上的预约；搜索、筛选、分页）', querystring: bookingListQuery, response: { 200: bookingPage } } }, async (req) =>
    listBookings(db, visible(scope(req, 'bases.book'), scope(req, 'bases.read')), req.query),
  );

  app.get('/api/v1/bases/booking-queue', { config: manage, schema: { tags, operationId: 'bases.bookingQueue', summary: '待审批的预约申请（本组织及下级的阵地）', querystring: bookingListQuery.omit({ status: true }), response: { 200: bookingPage } } }, async (req) =>
    listBookings(db, sql`b.status = 'pending' AND ${inScope(sql`v.org_path`, scope(req, 'bases.manage'))}`, req.query, sql`b.created_at, b.id`),
  );

  app.get('/api/v1/bases/bookings/:id', { config: book, schema: { tags, summary: '预约详情', params: idParams, response: { 200: bookingOut } } }, async (req) => {
    const [hit] = await rows(db, sql`SELECT 1 FROM bases_bookings b JOIN bases_venues v ON v.id = b.venue_id WHERE b.id = ${req.params.id} AND ${visible(scope(req, 'bases.book'), scope(req, 'bases.read'))}`);
    if (!hit) throw new AppError('not_found');
    return answer(req.params.id);
  });

  app.post('/api/v1/bases/bookings/:id/approve', { config: manage, schema: { tags, operationId: 'bases.approveBooking', summary: '批准预约申请', params: idParams, body: decisionBody, response: { 200: bookingOut } } }, async (req) => {
    const b = await decideBooking(db, req, requireAuth(req.auth), req.params.id, 'approved', req.body.note);
    await events.publish('bases.booking_changed', { bookingId: b.id, venueId: b.venueId, change: 'approved' });
    return answer(b.id);
  });

  app.post('/api/v1/bases/bookings/:id/reject', { config: manage, schema: { tags, operationId: 'bases.rejectBooking', summary: '不批准预约申请（须写明原因；时段随即释放）', params: idParams, body: rejectBody, response: { 200: bookingOut } } }, async (req) => {
    const b = await decideBooking(db, req, requireAuth(req.auth), req.params.id, 'rejected', req.body.note);
    await events.publish('bases.booking_changed', { bookingId: b.id, venueId: b.venueId, change: 'rejected' });
    return answer(b.id);
  });

  app.post('/api/v1/bases/bookings/:id/cancel', { config: book, schema: { tags, operationId: 'bases.cancelBooking', summary: '取消预约（开始前）', params: idParams, body: cancelBody, response: { 200: bookingOut } } }, async (req) => {
    const b = await cancelBooking(db, req, requireAuth(req.auth), req.params.id, req.body.reason);
    await events.publish('bases.booking_changed', { bookingId: b.id, venueId: b.venueId, change: 'cancelled' });
    return answer(b.id);
  });

  app.post('/api/v1/bases/bookings/:id/attendance', { config: book, schema: { tags, operationId: 'bases.recordBookingAttendance', summary: '登记实到人数', params: idParams, body: attendanceBody, response: { 200: bookingOut } } }, async (req) => {
    const b = await recordAttendance(db, req, requireAuth(req.auth), req.params.id, req.body.attendees);
    await events.publish('bases.booking_changed', { bookingId: b.id, venueId: b.venueId, change: 'attendance' });
    return answer(b.id);
  });

  app.get('/api/v1/bases/venues/:id/schedule', { config: book, schema: { tags, operationId: 'bases.venueSchedule', summary: '阵地日程（占用时段、闭馆、开放时间），供预约时查看', params: idParams, querystring: scheduleQuery, response: { 200: scheduleOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const v = await venueById(db, req.params.id);
    if (!v || !(v.shared || pathInScope(v.orgPath, basesScope(auth, 'bases.book')) || pathInScope(v.orgPath, basesScope(auth, 'bases.read')))) throw new AppError('not_found');
    const span = sql`tstzrange(${req.query.from.toISOString()}::timestamptz, ${req.query.to.toISOString()}::timestamptz, '[)')`;
    const bookings = await rows(
      db,
      sql`SELECT b.id, b.title, o.name AS "orgName", b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.status FROM bases_bookings b JOIN orgs o ON o.id = b.org_id
           WHERE b.venue_id = ${v.id} AND b.status IN ('pending', 'approved') AND b.during && ${span} ORDER BY b.starts_at LIMIT 1000`,
    );
    const closures = await rows(db, sql`SELECT id, starts_at AS "startsAt", ends_at AS "endsAt", reason FROM bases_venue_closures WHERE venue_id = ${v.id} AND tstzrange(starts_at, ends_at, '[)') && ${span} ORDER BY starts_at`);
    return { venueId: v.id, openingHours: v.openingHours, bookings: bookings as never, closures: closures as never };
  });

  app.get(
    '/api/v1/bases/venue-calendars/:file',
    { config: { access: 'public' }, schema: { tags, summary: '阵地预约日历（iCalendar，密钥地址）', params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{32}\.ics$/) }), response: { 200: fileOut('text/calendar', 'iCalendar 订阅 · the iCalendar feed') } } },
    async (req, reply) => {
      const [v] = await rows<{ id: number; name: string; address: string }>(db, sql`SELECT id, name, address FROM bases_venues WHERE feed_token = ${req.params.file.slice(0, -4)}`);
      if (!v) throw new AppError('not_found');
      const bookings = await rows<FeedBooking>(
        db,
        sql`SELECT b.id, b.title, o.name AS "orgName", b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.status, b.note FROM bases_bookings b JOIN orgs o ON o.id = b.org_id
             WHERE b.venue_id = ${v.id} AND b.ends_at > now() - interval '90 days' ORDER BY b.starts_at LIMIT 1000`,
      );
      return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(buildVenueCalendar(v, bookings));
    },
  );
}
