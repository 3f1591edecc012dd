import { z } from 'zod';
import { instantOut, itemsOf, pageOf } from '../../../kernel/openapi/responses.js';
import { bookingStatuses } from '../bases.schema.js';

const bookingExample = {
  id: 41,
  venueId: 3,
  venueName: '市商务局“党建+营商环境”示范点',
  activityId: null,
  title: '主题党日：学习贯彻全会精神',
  orgId: 12,
  orgName: '市商务局机关党委',
  startsAt: '2026-06-18T06:30:00.000Z',
  endsAt: '2026-06-18T08:30:00.000Z',
  status: 'approved',
  statusName: '已确认',
  expectedAttendees: 40,
  attendees: null,
  note: '',
  decisionNote: null,
  decidedAt: '2026-06-10T02:00:00.000Z',
  createdAt: '2026-06-10T01:00:00.000Z',
};

export const bookingOut = z
  .object({
    id: z.number().int(),
    venueId: z.number().int(),
    venueName: z.string(),
    activityId: z.number().int().nullable(),
    title: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    startsAt: instantOut,
    endsAt: instantOut,
    status: z.enum(bookingStatuses),
    statusName: z.string(),
    expectedAttendees: z.number().int(),
    attendees: z.number().int().nullable(),
    note: z.string(),
    decisionNote: z.string().nullable(),
    decidedAt: instantOut.nullable(),
    createdAt: instantOut,
  })
  .meta({ id: 'BasesBooking', example: bookingExample });

export const bookingPage = pageOf(bookingOut).meta({ examples: [{ items: [bookingExample], total: 1, page: 1, pageSize: 20 }] });

/** A venue's calendar for a range: its held slots (any organisation's, by title), closures and opening hours. */
export const scheduleOut = z
  .object({
    venueId: z.number().int(),
    openingHours: z.array(z.object({ weekday: z.number().int(), opens: z.string(), closes: z.string() })),
    bookings: z.array(z.object({ id: z.number().int(), title: z.string(), orgName: z.string(), startsAt: instantOut, endsAt: instantOut, status: z.enum(bookingStatuses) })),
    closures: z.array(z.object({ id: z.number().int(), startsAt: instantOut, endsAt: instantOut, reason: z.string() })),
  })
  .meta({ id: 'BasesVenueSchedule' });

export const bookingList = itemsOf(bookingOut);
