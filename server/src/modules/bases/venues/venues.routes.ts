import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { imageKinds } from '../../../kernel/files/uploads.js';
import { removeByKey, storeUpload } from '../../../kernel/files/stored-keys.js';
import { resizedImage, snapWidth } from '../../../kernel/files/images.js';
import { fileOut, okOut } from '../../../kernel/openapi/responses.js';
import { basesScope, violatesUnique, type BasesPermission } from '../bases.access.js';
import { idParams } from '../bases.dto.js';
import { bookableQuery, closureBody, venueBody, venueListQuery, venuePatch, type VenueInput } from './venues.dto.js';
import { listBookable, listVenues, venueById, venueInScope, venueView, type VenueRow } from './venues.queries.js';
import { closureList, closureOut, feedUrlOut, photoList, photoOut, venueOut, venuePage } from './venues.responses.js';

const tags = ['bases'];
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const photoParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647), photoId: z.coerce.number().int().min(1).max(2_147_483_647) });
const closureParams = z.object({ id: photoParams.shape.id, closureId: photoParams.shape.id });

/** The venue's fields as the body names them, for merging a change and for the audit entry. */
const fieldsOf = (v: VenueRow): VenueInput =>
  ({
    kind: v.kind, name: v.name, theme: v.theme, description: v.description, orgId: v.orgId, districtCode: v.districtCode, streetCode: v.streetCode,
    address: v.address, capacity: v.capacity, facilities: v.facilities,
    // jsonb keeps its own key order; the body's order, so that an unchanged list compares equal
    openingHours: v.openingHours.map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes })), needsApproval: v.needsApproval, shared: v.shared, designatedOn: v.designatedOn,
  }) as VenueInput;

const facilitiesOf = (list: string[]) => `{${[...new Set(list)].map((f) => JSON.stringify(f)).join(',')}}`;

/** Venues of the position matrix: the owner's management (CRUD, photos, closures) and the organisers' bookable list. */
export function venuesRoutes(app: App, ctx: ModuleContext) {
  const { db, env, events } = ctx;
  const read = { access: { permission: 'bases.read' } } as const;
  const manage = { access: { permission: 'bases.manage' } } as const;
  const scope = (req: FastifyRequest, p: BasesPermission) => basesScope(requireAuth(req.auth), p);
  const nameTaken = (err: unknown) => {
    if (violatesUnique(err, 'bases_venues_name_uq')) throw new AppError('conflict', [{ field: 'name', message: 'a venue of this name exists' }]);
    throw err;
  };

  app.get('/api/v1/bases/venues', { config: read, schema: { tags, operationId: 'bases.listVenues', summary: '阵地列表（本组织及下级所属；搜索、筛选、分页）', querystring: venueListQuery, response: { 200: venuePage } } }, async (req) => {
    const s = scope(req, 'bases.read');
    const orgPath = req.query.orgId ? (await assertOrgsInScope(db, s, [{ field: 'orgId', id: req.query.orgId }])).get(req.query.orgId)! : null;
    return listVenues(db, s, req.query, orgPath);
  });

  app.get('/api/v1/bases/bookable-venues', { config: { access: { permission: 'bases.book' } }, schema: { tags, operationId: 'bases.listBookableVenues', summary: '可预约的阵地（共享阵地与本组织阵地）', querystring: bookableQuery, response: { 200: venuePage } } }, async (req) =>
    listBookable(db, scope(req, 'bases.book'), req.query),
  );

  app.get('/api/v1/bases/venues/:id', { config: read, schema: { tags, operationId: 'bases.getVenue', summary: '阵地详情', params: idParams, response: { 200: venueOut } } }, async (req) =>
    venueView(await venueInScope(db, scope(req, 'bases.read'), req.params.id)),
  );

  app.post('/api/v1/bases/venues', { config: manage, schema: { tags, operationId: 'bases.createVenue', summary: '新建阵地（党校、交流服务中心、示范点或其他场地）', body: venueBody, response: { 201: venueOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const b = req.body;
    const orgPath = (await assertOrgsInScope(db, scope(req, 'bases.manage'), [{ field: 'orgId', id: b.orgId }])).get(b.orgId)!;
    const id = await transaction(db, async (tx) => {
      const [row] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO bases_venues (kind, name, theme, description, org_id, org_path, district_code, street_code, address, capacity, facilities, opening_hours, needs_approval, shared, designated_on, feed_token, created_by)
            VALUES (${b.kind}, ${b.name}, ${b.theme}, ${b.description}, ${b.orgId}, ${orgPath}, ${b.districtCode}, ${b.streetCode}, ${b.address}, ${b.capacity}, ${facilitiesOf(b.facilities)}::text[],
                    ${JSON.stringify(b.openingHours)}::jsonb, ${b.needsApproval}, ${b.shared}, ${b.designatedOn}, ${randomBytes(24).toString('base64url')}, ${auth.accountId}) RETURNING id`,
      );
      await audit(tx, req, { action: 'bases.venue_create', entity: 'bases_venue', entityId: row.id, orgId: b.orgId, orgPath, summary: b.name, after: b });
      return row.id;
    }).catch(nameTaken);
    await events.publish('bases.venue_changed', { venueId: id, change: 'created' });
    return reply.status(201).send(venueView((await venueById(db, id))!));
  });

  app.patch('/api/v1/bases/venues/:id', { config: manage, schema: { tags, operationId: 'bases.updateVenue', summary: '修改阵地', params: idParams, body: venuePatch, response: { 200: venueOut } } }, async (req) => {
    const s = scope(req, 'bases.manage');
    await transaction(db, async (tx) => {
      const v = await venueInScope(tx, s, req.params.id, { lock: true });
      const before = fieldsOf(v);
      const parsed = venueBody.safeParse({ ...before, ...req.body });
      if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
      const b = parsed.data;
      const orgPath = b.orgId === v.orgId ? v.orgPath : (await assertOrgsInScope(tx, s, [{ field: 'orgId', id: b.orgId }])).get(b.orgId)!;
      await tx.execute(sql`UPDATE bases_venues SET kind = ${b.kind}, name = ${b.name}, theme = ${b.theme}, description = ${b.description}, org_id = ${b.orgId}, org_path = ${orgPath},
          district_code = ${b.districtCode}, street_code = ${b.streetCode}, address = ${b.address}, capacity = ${b.capacity}, facilities = ${facilitiesOf(b.facilities)}::text[],
          opening_hours = ${JSON.stringify(b.openingHours)}::jsonb, needs_approval = ${b.needsApproval}, shared = ${b.shared}, designated_on = ${b.designatedOn}, updated_at = now()
        WHERE id = ${v.id}`);
      await audit(tx, req, { action: 'bases.venue_update', entity: 'bases_venue', entityId: v.id, orgId: b.orgId, orgPath, summary: b.name, ...diff(before as never, b as never) });
    }).catch(nameTaken);
    await events.publish('bases.venue_changed', { venueId: req.params.id, change: 'updated' });
    return venueView((await venueById(db, req.params.id))!);
  });

  app.post('/api/v1/bases/venues/:id/retire', { config: manage, schema: { tags, operationId: 'bases.retireVenue', summary: '停用阵地（保留历史预约；未来的预约须先取消）', params: idParams, response: { 200: venueOut } } }, async (req) => {
    await transaction(db, async (tx) => {
      const v = await venueInScope(tx, scope(req, 'bases.manage'), req.params.id, { lock: true });
      if (v.status === 'retired') throw new AppError('invalid_transition');
      const [{ n }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM bases_bookings WHERE venue_id = ${v.id} AND status IN ('pending', 'approved') AND ends_at > now()`);
      if (n > 0) throw new AppError('invalid_transition', { upcomingBookings: n });
      await tx.execute(sql`UPDATE bases_venues SET status = 'retired', updated_at = now() WHERE id = ${v.id}`);
      await audit(tx, req, { action: 'bases.venue_retire', entity: 'bases_venue', entityId: v.id, orgId: v.orgId, orgPath: v.orgPath, summary: v.name });
    });
    await events.publish('bases.venue_changed', { venueId: req.params.id, change: 'retired' });
    return venueView((await venueById(db, req.params.id))!);
  });

  // Closures
  app.get('/api/v1/bases/venues/:id/closures', { config: read, schema: { tags, summary: '闭馆时段', params: idParams, response: { 200: closureList } } }, async (req) => {
    await venueInScope(db, scope(req, 'bases.read'), req.params.id);
    const items = await rows(db, sql`SELECT id, venue_id AS "venueId", starts_at AS "startsAt", ends_at AS "endsAt", reason FROM bases_venue_closures WHERE venue_id = ${req.params.id} ORDER BY starts_at DESC LIMIT 500`);
    return { items: items as never };
  });

  app.post('/api/v1/bases/venues/:id/closures', { config: manage, schema: { tags, summary: '登记闭馆时段（与已有预约冲突时拒绝并列出冲突）', params: idParams, body: closureBody, response: { 201: closureOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const row = await transaction(db, async (tx) => {
      const v = await venueInScope(tx, scope(req, 'bases.manage'), req.params.id, { lock: true });
      const clash = await rows<{ id: number; title: string }>(
        tx,
        sql`SELECT id, title FROM bases_bookings WHERE venue_id = ${v.id} AND status IN ('pending', 'approved') AND during && tstzrange(${req.body.startsAt.toISOString()}::timestamptz, ${req.body.endsAt.toISOString()}::timestamptz, '[)') ORDER BY starts_at LIMIT 20`,
      );
      if (clash.length) throw new AppError('conflict', { bookings: clash });
      const [c] = await rows(
        tx,
        sql`INSERT INTO bases_venue_closures (venue_id, starts_at, ends_at, reason, created_by) VALUES (${v.id}, ${req.body.startsAt.toISOString()}, ${req.body.endsAt.toISOString()}, ${req.body.reason}, ${auth.accountId})
            RETURNING id, venue_id AS "venueId", starts_at AS "startsAt", ends_at AS "endsAt", reason`,
      );
      await audit(tx, req, { action: 'bases.closure_create', entity: 'bases_venue', entityId: v.id, orgId: v.orgId, orgPath: v.orgPath, summary: req.body.reason, after: req.body });
      return c;
    });
    return reply.status(201).send(row as never);
  });

  app.delete('/api/v1/bases/venues/:id/closures/:closureId', { config: manage, schema: { tags, summary: '删除闭馆时段', params: closureParams, response: { 200: okOut } } }, async (req) => {
    await transaction(db, async (tx) => {
      const v = await venueInScope(tx, scope(req, 'bases.manage'), req.params.id);
      const gone = await rows(tx, sql`DELETE FROM bases_venue_closures WHERE id = ${req.params.closureId} AND venue_id = ${v.id} RETURNING id`);
      if (!gone.length) throw new AppError('not_found');
      await audit(tx, req, { action: 'bases.closure_delete', entity: 'bases_venue', entityId: v.id, orgId: v.orgId, orgPath: v.orgPath });
    });
    return { ok: true as const };
  });

  // Photos
  app.post('/api/v1/bases/venues/:id/photos', { config: manage, schema: { tags, summary: '上传阵地照片（jpg/png/webp，≤10MB）', params: idParams, querystring: z.object({ caption: z.string().max(200).optional() }), consumes: ['multipart/form-data'], response: { 201: photoOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const v = await venueInScope(db, scope(req, 'bases.manage'), req.params.id);
    const stored = await storeUpload(req, env.DATA_DIR, 'bases', imageKinds, MAX_PHOTO_BYTES);
    const photo = await transaction(db, async (tx) => {
      const [row] = await rows<{ id: number; caption: string; createdAt: string }>(
        tx,
        sql`INSERT INTO bases_venue_photos (venue_id, file_key, caption, uploaded_by) VALUES (${v.id}, ${stored.key}, ${(req.query.caption ?? '').slice(0, 200)}, ${auth.accountId}) RETURNING id, caption, created_at AS "createdAt"`,
      );
      await audit(tx, req, { action: 'bases.photo_upload', entity: 'bases_venue', entityId: v.id, orgId: v.orgId, orgPath: v.orgPath, summary: `${stored.mime} ${stored.size} B` });
      return row;
    }).catch(async (err) => {
      await removeByKey(env.DATA_DIR, stored.key);
      throw err;
    });
    return reply.status(201).send({ ...photo, url: `/api/v1/bases/venues/${v.id}/photos/${photo.id}` });
  });

  app.get('/api/v1/bases/venues/:id/photos', { config: read, schema: { tags, summary: '阵地照片', params: idParams, response: { 200: photoList } } }, async (req) => {
    const v = await venueInScope(db, scope(req, 'bases.read'), req.params.id);
    const items = await rows<{ id: number; caption: string; createdAt: string }>(db, sql`SELECT id, caption, created_at AS "createdAt" FROM bases_venue_photos WHERE venue_id = ${v.id} ORDER BY id`);
    return { items: items.map((p) => ({ ...p, url: `/api/v1/bases/venues/${v.id}/photos/${p.id}` })) };
  });

  app.get('/api/v1/bases/venues/:id/photos/:photoId', { config: read, schema: { tags, summary: '阵地照片（按宽度缩放的 WebP）', params: photoParams, querystring: z.object({ w: z.coerce.number().int().min(16).max(4000).optional() }), response: { 200: fileOut('image/webp', '照片（WebP）· the photo as WebP') } } }, async (req, reply) => {
    const v = await venueInScope(db, scope(req, 'bases.read'), req.params.id);
    const [p] = await rows<{ file_key: string }>(db, sql`SELECT file_key FROM bases_venue_photos WHERE id = ${req.params.photoId} AND venue_id = ${v.id}`);
    if (!p) throw new AppError('not_found');
    const file = await resizedImage(env.DATA_DIR, p.file_key, snapWidth(req.query.w));
    return reply.header('content-type', 'image/webp').header('cache-control', 'private, max-age=86400').send(createReadStream(file));
  });

  app.delete('/api/v1/bases/venues/:id/photos/:photoId', { config: manage, schema: { tags, summary: '删除阵地照片', params: photoParams, response: { 200: okOut } } }, async (req) => {
    const v = await venueInScope(db, scope(req, 'bases.manage'), req.params.id);
    const [p] = await rows<{ file_key: string }>(db, sql`DELETE FROM bases_venue_photos WHERE id = ${req.params.photoId} AND venue_id = ${v.id} RETURNING file_key`);
    if (!p) throw new AppError('not_found');
    await audit(db, req, { action: 'bases.photo_delete', entity: 'bases_venue', entityId: v.id, orgId: v.orgId, orgPath: v.orgPath });
    await removeByKey(env.DATA_DIR, p.file_key);
    return { ok: true as const };
  });

  app.get('/api/v1/bases/venues/:id/calendar-url', { config: read, schema: { tags, summary: '阵地预约日历订阅地址（iCalendar）', params: idParams, response: { 200: feedUrlOut } } }, async (req) => {
    const v = await venueInScope(db, scope(req, 'bases.read'), req.params.id);
    return { url: `${req.protocol}://${req.host}/api/v1/bases/venue-calendars/${v.feedToken}.ics` };
  });
}
