import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../../kernel/access/scope.js';
import { bookingStatusLabels } from '../bases.reference.js';
import type { BookingListQuery } from './bookings.dto.js';

const columns = sql`b.id, b.venue_id AS "venueId", v.name AS "venueName", b.activity_id AS "activityId", b.title, b.org_id AS "orgId", o.name AS "orgName",
  b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.status, b.expected_attendees AS "expectedAttendees", b.attendees, b.note,
  b.decision_note AS "decisionNote", b.decided_at AS "decidedAt", b.created_at AS "createdAt"`;
const from = sql`FROM bases_bookings b JOIN bases_venues v ON v.id = b.venue_id JOIN orgs o ON o.id = b.org_id`;

const view = <T extends { status: keyof typeof bookingStatusLabels }>(b: T) => ({ ...b, statusName: bookingStatusLabels[b.status] });

/** Bookings visible to the caller: made by an organisation of their booking scope, or at a venue they own. */
export const visible = (book: Scope, read: Scope): SQL => sql`(${inScope(sql`b.org_path`, book)} OR ${inScope(sql`v.org_path`, read)})`;

export async function bookingById(db: Db, id: number) {
  const [b] = await rows<{ status: keyof typeof bookingStatusLabels }>(db, sql`SELECT ${columns} ${from} WHERE b.id = ${id}`);
  return b ? view(b) : undefined;
}

export async function listBookings(db: Db, where: SQL, q: Pick<BookingListQuery, 'q' | 'venueId' | 'status' | 'from' | 'to' | 'page' | 'pageSize'>, order = sql`b.starts_at DESC, b.id DESC`) {
  const like = q.q ? '%' + escapeLike(q.q) + '%' : null;
  const w = sql.join(
    [
      where,
      like ? sql`(b.title ILIKE ${like} OR o.name ILIKE ${like} OR v.name ILIKE ${like})` : sql`true`,
      q.venueId ? sql`b.venue_id = ${q.venueId}` : sql`true`,
      q.status ? sql`b.status = ${q.status}` : sql`true`,
      q.from ? sql`b.ends_at > ${q.from.toISOString()}::timestamptz` : sql`true`,
      q.to ? sql`b.starts_at < ${q.to.toISOString()}::timestamptz` : sql`true`,
    ],
    sql` AND `,
  );
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${from} WHERE ${w}`);
  const items = await rows<{ status: keyof typeof bookingStatusLabels }>(db, sql`SELECT ${columns} ${from} WHERE ${w} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: items.map(view) as never[], total: n, page: q.page, pageSize: q.pageSize };
}
