import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { escapeLike, type Scope } from '../../../kernel/access/scope.js';
import { AppError } from '../../../kernel/errors.js';
import { ownedIn } from '../bases.access.js';
import { districtName, streetName, venueKindLabels } from '../bases.reference.js';
import type { VenueListQuery } from './venues.dto.js';

const columns = sql`v.id, v.kind, v.name, v.theme, v.description, v.org_id AS "orgId", o.name AS "orgName", v.org_path AS "orgPath",
  v.district_code AS "districtCode", v.street_code AS "streetCode", v.address, v.capacity, v.facilities, v.opening_hours AS "openingHours",
  v.needs_approval AS "needsApproval", v.shared, v.designated_on::text AS "designatedOn", v.status, v.feed_token AS "feedToken",
  v.created_at AS "createdAt", v.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM bases_venue_photos p WHERE p.venue_id = v.id) AS "photoCount",
  (SELECT count(*)::int FROM bases_bookings b WHERE b.venue_id = v.id AND b.status IN ('pending', 'approved') AND b.ends_at > now()) AS "upcomingBookings"`;

export interface VenueRow {
  id: number;
  kind: keyof typeof venueKindLabels;
  name: string;
  orgId: number;
  orgPath: string;
  orgName: string;
  districtCode: string;
  streetCode: string | null;
  capacity: number;
  openingHours: { weekday: number; opens: string; closes: string }[];
  needsApproval: boolean;
  shared: boolean;
  status: 'active' | 'retired';
  feedToken: string;
  designatedOn: string | null;
  [k: string]: unknown;
}

/** Names of the codes, for the answer. */
export const venueView = (v: VenueRow): never =>
  ({
    ...v,
    kindName: venueKindLabels[v.kind],
    districtName: districtName.get(v.districtCode) ?? v.districtCode,
    streetName: v.streetCode ? (streetName.get(v.streetCode) ?? v.streetCode) : null,
  }) as never;

const fromVenues = sql`FROM bases_venues v JOIN orgs o ON o.id = v.org_id`;

export async function venueById(db: Db, id: number): Promise<VenueRow | undefined> {
  const [v] = await rows<VenueRow>(db, sql`SELECT ${columns} ${fromVenues} WHERE v.id = ${id}`);
  return v;
}

/** The venue when owned in the scope; otherwise the same 404 as an unknown one. */
export async function venueInScope(db: Db, scope: Scope, id: number, opts: { lock?: boolean } = {}): Promise<VenueRow> {
  const [v] = await rows<VenueRow>(db, sql`SELECT ${columns} ${fromVenues} WHERE v.id = ${id} AND ${ownedIn(scope, 'v')} ${opts.lock ? sql`FOR UPDATE OF v` : sql``}`);
  if (!v) throw new AppError('not_found');
  return v;
}

const search = (q: string | undefined): SQL =>
  q ? sql`(v.name ILIKE ${'%' + escapeLike(q) + '%'} OR v.theme ILIKE ${'%' + escapeLike(q) + '%'} OR v.address ILIKE ${'%' + escapeLike(q) + '%'})` : sql`true`;

export async function listVenues(db: Db, scope: Scope, q: VenueListQuery, orgPath: string | null) {
  const where = sql.join(
    [
      ownedIn(scope, 'v'),
      sql`v.status = ${q.status}`,
      search(q.q),
      q.kind ? sql`v.kind = ${q.kind}` : sql`true`,
      q.districtCode ? sql`v.district_code = ${q.districtCode}` : sql`true`,
      orgPath ? sql`v.org_path LIKE ${escapeLike(orgPath) + '%'}` : sql`true`,
    ],
    sql` AND `,
  );
  return page(db, where, q);
}

/** Venues an organiser may book: the shared ones and those owned in their booking scope. */
export async function listBookable(db: Db, scope: Scope, q: { q?: string; kind?: string; page: number; pageSize: number }) {
  const where = sql`v.status = 'active' AND (v.shared OR ${ownedIn(scope, 'v')}) AND ${search(q.q)} AND ${q.kind ? sql`v.kind = ${q.kind}` : sql`true`}`;
  return page(db, where, q);
}

async function page(db: Db, where: SQL, q: { page: number; pageSize: number }) {
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${fromVenues} WHERE ${where}`);
  const items = await rows<VenueRow>(
    db,
    sql`SELECT ${columns} ${fromVenues} WHERE ${where}
         ORDER BY array_position(ARRAY['party_school','exchange_centre','demonstration_point','room'], v.kind), v.org_path, v.id
         LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items: items.map(venueView) as never[], total: n, page: q.page, pageSize: q.pageSize };
}
