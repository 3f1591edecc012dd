import { z } from 'zod';
import { isoInstant, rowId, rowIdParam } from '../../../kernel/dto.js';
import { bookingStatuses } from '../bases.schema.js';
import { paging, text } from '../bases.dto.js';

/** A booking lasts at most a week. */
export const MAX_BOOKING_MS = 7 * 86400_000;

export const bookingBody = z
  .object({
    orgId: rowId.meta({ description: '预约组织（须在本人范围内）· the booking organisation, in your scope' }),
    activityId: rowId.optional().meta({ description: '在此举办的活动（本组织的活动）· the activity held there' }),
    title: text(120).min(2).optional().meta({ description: '活动名称；关联活动时默认取活动标题 · the event’s name; defaults to the activity’s title' }),
    startsAt: isoInstant,
    endsAt: isoInstant,
    expectedAttendees: z.number().int().min(0).max(100_000).default(0),
    note: text(1000).default(''),
  })
  .refine((b) => b.endsAt > b.startsAt, { path: ['endsAt'], message: 'endsAt must be after startsAt' })
  .refine((b) => b.endsAt.getTime() - b.startsAt.getTime() <= MAX_BOOKING_MS, { path: ['endsAt'], message: 'a booking lasts at most 7 days' })
  .refine((b) => b.activityId !== undefined || b.title !== undefined, { path: ['title'], message: 'title or activityId is required' })
  .meta({ examples: [{ orgId: 12, title: '主题党日：学习贯彻全会精神', startsAt: '2026-06-18T14:30:00+08:00', endsAt: '2026-06-18T16:30:00+08:00', expectedAttendees: 40 }] });
export type BookingInput = z.infer<typeof bookingBody>;

export const decisionBody = z.object({ note: text(500).default('') });
export const rejectBody = z.object({ note: text(500).min(2).meta({ description: '不通过的原因 · why' }) });
export const cancelBody = z.object({ reason: text(500).min(2) });
export const attendanceBody = z.object({ attendees: z.number().int().min(0).max(100_000) });

export const bookingListQuery = z.object({
  q: z.string().trim().max(60).optional().meta({ description: '按活动名称、组织、场地搜索 · title, organisation or venue' }),
  venueId: rowIdParam.optional(),
  status: z.enum(bookingStatuses).optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
  ...paging,
});
export type BookingListQuery = z.infer<typeof bookingListQuery>;

export const scheduleQuery = z
  .object({ from: isoInstant, to: isoInstant })
  .refine((q) => q.to > q.from && q.to.getTime() - q.from.getTime() <= 100 * 86400_000, { path: ['to'], message: 'a range of at most 100 days' });
