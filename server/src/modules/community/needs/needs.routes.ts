import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import { requireAuth, type AuthContext } from '../../../kernel/auth/auth-context.js';
import { idParams } from '../../../kernel/dto.js';
import { textArray } from '../../../kernel/db/array-literals.js';
import { notifyAccount } from '../../../kernel/notifications/notify.js';
import { assertStaffOf, personOf, staffCommunities } from '../community.access.js';
import { createNeedBody, needListQuery, nearQuery, reasonBody, updateNeedBody } from './needs.dto.js';
import { need as needOut, nearNeedPage, needPage, needTypesOut } from './needs.responses.js';
import { getNeed, listNeeds, needsNear } from './needs.queries.js';

const tags = ['community'];

async function assertType(db: Db, code: string) {
  const [t] = await rows(db, sql`SELECT 1 FROM community_need_types WHERE code = ${code}`);
  if (!t) throw new AppError('validation_failed', [{ field: 'typeCode', message: 'unknown need type' }]);
}

/** 需求清单: community staff post and keep their needs; organisers and members browse them. */
export function needsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;

  /** One of the caller's communities' needs, locked for a change. */
  async function lockForStaff(tx: Db, auth: AuthContext, id: number) {
    const [n] = await rows<Record<string, unknown> & { id: number; status: string; title: string; community_id: number; starts_at: string | Date; ends_at: string | Date; claim_deadline: string | Date }>(
      tx,
      sql`SELECT id, status, title, community_id, type_code AS "typeCode", description, place, starts_at, ends_at, people_needed AS "peopleNeeded", skills_wanted AS "skillsWanted", claim_deadline
            FROM community_needs WHERE id = ${id} AND community_id IN ${staffCommunities(auth)} FOR UPDATE`,
    );
    if (!n) throw new AppError('not_found');
    return n;
  }

  app.get('/api/v1/community-need-types', { config: { access: 'session' }, schema: { tags, summary: '需求类型', response: { 200: needTypesOut } } }, async () => ({
    items: await rows<{ code: string; name: string; nameEn: string }>(db, sql`SELECT code, name, name_en AS "nameEn" FROM community_need_types ORDER BY sort, code`),
  }));

  app.get('/api/v1/community-needs', { config: { access: { permission: 'community.read' } }, schema: { tags, summary: '需求清单（组织者）', querystring: needListQuery, response: { 200: needPage } } }, async (req) => listNeeds(db, req.query));

  app.get('/api/v1/me/community-needs', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '需求清单（党员、队长）', querystring: needListQuery, response: { 200: needPage } } }, async (req) => listNeeds(db, req.query));

  app.get('/api/v1/me/community-needs/near', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '身边的需求（按报到社区、街道、区）', querystring: nearQuery, response: { 200: nearNeedPage } } }, async (req) =>
    needsNear(db, personOf(requireAuth(req.auth)), req.query),
  );

  app.get('/api/v1/community-needs/:id', { config: { access: 'session' }, schema: { tags, summary: '需求详情', params: idParams, response: { 200: needOut } } }, async (req) => getNeed(db, req.params.id));

  // Community staff: their own communities' needs.
  app.get('/api/v1/community-staff/needs', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '本社区需求（社区工作者）', querystring: needListQuery, response: { 200: needPage } } }, async (req) =>
    listNeeds(db, req.query, [sql`n.community_id IN ${staffCommunities(requireAuth(req.auth))}`]),
  );

  app.post('/api/v1/community-staff/needs', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '发布需求', body: createNeedBody, response: { 201: needOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const b = req.body;
    await assertStaffOf(db, auth, b.communityId);
    await assertType(db, b.typeCode);
    if (b.startsAt.getTime() <= Date.now()) throw new AppError('validation_failed', [{ field: 'startsAt', message: 'must be in the future' }]);
    const id = await transaction(db, async (tx) => {
      const [n] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO community_needs (community_id, type_code, title, description, place, starts_at, ends_at, people_needed, skills_wanted, claim_deadline, posted_by)
            VALUES (${b.communityId}, ${b.typeCode}, ${b.title}, ${b.description}, ${b.place}, ${b.startsAt.toISOString()}::timestamptz, ${b.endsAt.toISOString()}::timestamptz,
                    ${b.peopleNeeded}, ${textArray(b.skillsWanted)}::text[], ${(b.claimDeadline ?? b.startsAt).toISOString()}::timestamptz, ${auth.accountId})
            RETURNING id`,
      );
      await audit(tx, req, { action: 'community.need_post', entity: 'community_need', entityId: n.id, summary: b.title, after: { ...b, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString() } });
      return n.id;
    });
    return reply.status(201).send(await getNeed(db, id));
  });

  app.patch('/api/v1/community-staff/needs/:id', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '修改需求（仅待认领）', params: idParams, body: updateNeedBody, response: { 200: needOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const b = req.body;
    if (b.typeCode) await assertType(db, b.typeCode);
    await transaction(db, async (tx) => {
      const n = await lockForStaff(tx, auth, req.params.id);
      if (n.status !== 'open') throw new AppError('invalid_transition', { status: n.status });
      const startsAt = b.startsAt ?? new Date(n.starts_at);
      const endsAt = b.endsAt ?? new Date(n.ends_at);
      const deadline = b.claimDeadline ?? (b.startsAt && new Date(n.claim_deadline) > b.startsAt ? b.startsAt : new Date(n.claim_deadline));
      if (b.startsAt && b.startsAt.getTime() <= Date.now()) throw new AppError('validation_failed', [{ field: 'startsAt', message: 'must be in the future' }]);
      if (endsAt <= startsAt) throw new AppError('validation_failed', [{ field: 'endsAt', message: 'endsAt must be after startsAt' }]);
      if (deadline > startsAt) throw new AppError('validation_failed', [{ field: 'claimDeadline', message: 'claimDeadline must not be after startsAt' }]);
      await tx.execute(
        sql`UPDATE community_needs SET type_code = coalesce(${b.typeCode ?? null}, type_code), title = coalesce(${b.title ?? null}, title),
              description = coalesce(${b.description ?? null}, description), place = coalesce(${b.place ?? null}, place),
              starts_at = ${startsAt.toISOString()}::timestamptz, ends_at = ${endsAt.toISOString()}::timestamptz, claim_deadline = ${deadline.toISOString()}::timestamptz,
              people_needed = coalesce(${b.peopleNeeded ?? null}, people_needed), skills_wanted = ${b.skillsWanted ? sql`${textArray(b.skillsWanted)}::text[]` : sql`skills_wanted`},
              flagged_at = CASE WHEN ${deadline.toISOString()}::timestamptz > now() THEN NULL ELSE flagged_at END, updated_at = now()
            WHERE id = ${n.id}`,
      );
      const iso = (d: string | Date) => new Date(d).toISOString();
      const before = { ...n, startsAt: iso(n.starts_at), endsAt: iso(n.ends_at), claimDeadline: iso(n.claim_deadline) };
      const after = { ...b, startsAt: b.startsAt?.toISOString(), endsAt: b.endsAt?.toISOString(), claimDeadline: b.claimDeadline?.toISOString() };
      const changed = Object.fromEntries(Object.entries(after).filter(([, v]) => v !== undefined));
      await audit(tx, req, { action: 'community.need_update', entity: 'community_need', entityId: n.id, summary: n.title, ...diff(before, changed) });
    });
    return getNeed(db, req.params.id);
  });

  app.post('/api/v1/community-staff/needs/:id/cancel', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '取消需求（须填写理由）', params: idParams, body: reasonBody, response: { 200: needOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    await transaction(db, async (tx) => {
      const n = await lockForStaff(tx, auth, req.params.id);
      if (n.status !== 'open' && n.status !== 'claimed') throw new AppError('invalid_transition', { status: n.status });
      const [scheduled] = await rows(tx, sql`SELECT 1 FROM community_need_claims WHERE need_id = ${n.id} AND status IN ('scheduled', 'completed')`);
      if (scheduled) throw new AppError('invalid_transition', { reason: 'the need already has a volunteer activity; cancel the activity first' });
      const [claim] = await rows<{ claimed_by: number }>(
        tx,
        sql`UPDATE community_need_claims SET status = 'withdrawn', ended_at = now(), end_reason = ${`社区取消需求：${req.body.reason}`}
             WHERE need_id = ${n.id} AND status = 'claimed' RETURNING claimed_by`,
      );
      await tx.execute(sql`UPDATE community_needs SET status = 'cancelled', updated_at = now() WHERE id = ${n.id}`);
      await audit(tx, req, { action: 'community.need_cancel', entity: 'community_need', entityId: n.id, summary: `${n.title}：${req.body.reason}` });
      if (claim) await notifyAccount(tx, claim.claimed_by, { kind: 'community_need_cancelled', title: `社区已取消需求：${n.title}`, body: req.body.reason });
    });
    return getNeed(db, req.params.id);
  });

  app.post('/api/v1/community-staff/needs/:id/fulfil', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '确认需求已完成', params: idParams, response: { 200: needOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    await transaction(db, async (tx) => {
      const n = await lockForStaff(tx, auth, req.params.id);
      const [claim] = await rows<{ id: number }>(tx, sql`SELECT id FROM community_need_claims WHERE need_id = ${n.id} AND status = 'scheduled' FOR UPDATE`);
      if (n.status !== 'claimed' || !claim) throw new AppError('invalid_transition', { reason: 'only a need whose claim became an activity can be fulfilled' });
      if (new Date(n.starts_at).getTime() > Date.now()) throw new AppError('invalid_transition', { reason: 'the service has not started yet' });
      await tx.execute(sql`UPDATE community_need_claims SET status = 'completed', ended_at = now() WHERE id = ${claim.id}`);
      await tx.execute(sql`UPDATE community_needs SET status = 'fulfilled', updated_at = now() WHERE id = ${n.id}`);
      await audit(tx, req, { action: 'community.need_fulfil', entity: 'community_need', entityId: n.id, summary: n.title });
    });
    return getNeed(db, req.params.id);
  });
}
