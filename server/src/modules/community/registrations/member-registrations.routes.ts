import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth, type AuthContext } from '../../../kernel/auth/auth-context.js';
import { escapeLike, inScope, scopeFor } from '../../../kernel/access/scope.js';
import { assertOrgsInScope, assertPeopleInScope, refsOf } from '../../../kernel/org/referenced-ids.js';
import { idParams } from '../../../kernel/dto.js';
import { fileOut, okOut } from '../../../kernel/openapi/responses.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../../kernel/org/pg-errors.js';
import { pathOfKey, removeByKey, storeUpload, uploadsDir } from '../../../kernel/files/stored-keys.js';
import { resizedImage, snapWidth } from '../../../kernel/files/images.js';
import { detectKind, sendStoredFile, type FileKind } from '../../../kernel/files/uploads.js';
import { notifyPeople } from '../../../kernel/notifications/notify.js';
import { personOf, staffCommunities } from '../community.access.js';
import { decideBody, leaveBody, organiserMemberRegistrationsQuery, registerMemberBody, remindBody, staffMemberRegistrationsQuery, unregisteredQuery } from './registrations.dto.js';
import { memberRegistration as registrationOut, memberRegistrationPage, myRegistration, remindOut, unregisteredPage } from './registrations.responses.js';
import { listMemberRegistrations, memberRegistration, memberRegistrationsOf } from './registrations.queries.js';

const tags = ['community'];
const MAX_PROOF_BYTES = 10 * 1024 * 1024;
const proofKinds: readonly FileKind[] = ['jpeg', 'png', 'webp', 'pdf'];

/** The proof's kind from its first bytes: the registration keeps only the storage key. */
async function proofKind(dataDir: string, key: string): Promise<FileKind | null> {
  const file = await open(pathOfKey(dataDir, key)).catch(() => null);
  if (!file) throw new AppError('not_found');
  try {
    const head = Buffer.alloc(16);
    const { bytesRead } = await file.read(head, 0, 16, 0);
    return detectKind(head.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

/** Members of the organiser's subtree with no pending or confirmed 报到 (optionally one organisation's subtree, a name). */
function unregisteredWhere(auth: AuthContext, orgPath: string | null, q?: string): SQL {
  const parts: SQL[] = [
    inScope(sql`o.path`, scopeFor(auth, 'community.read')),
    sql`NOT EXISTS (SELECT 1 FROM community_member_registrations m WHERE m.person_id = p.id AND m.status IN ('pending', 'confirmed'))`,
    sql`p.party_status IN ('正式党员', '预备党员')`,
  ];
  if (orgPath) parts.push(sql`o.path LIKE ${escapeLike(orgPath) + '%'}`);
  if (q) parts.push(sql`p.name LIKE ${'%' + escapeLike(q) + '%'}`);
  return sql.join(parts, sql` AND `);
}

/** 个人报到: members register where they live; the community's staff confirm or decline; organisers follow up who has not. */
export function memberRegistrationRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;

  /** A registration of one of the caller's communities, locked for a decision. */
  async function lockForStaff(tx: Db, auth: AuthContext, id: number) {
    const [r] = await rows<{ id: number; person_id: number; community_id: number; status: string; name: string }>(
      tx,
      sql`SELECT m.id, m.person_id, m.community_id, m.status, c.name FROM community_member_registrations m JOIN communities c ON c.id = m.community_id
           WHERE m.id = ${id} AND m.community_id IN ${staffCommunities(auth)} FOR UPDATE OF m`,
    );
    if (!r) throw new AppError('not_found');
    if (r.status !== 'pending') throw new AppError('invalid_transition', { status: r.status });
    return r;
  }

  app.get('/api/v1/me/community-registration', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '我的社区报到（当前与历史）', response: { 200: myRegistration } } }, async (req) =>
    memberRegistrationsOf(db, personOf(requireAuth(req.auth))),
  );

  app.post('/api/v1/me/community-registration', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '到居住地社区报到', body: registerMemberBody, response: { 201: registrationOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const personId = personOf(auth);
    const id = await transaction(db, async (tx) => {
      const [c] = await rows<{ name: string }>(tx, sql`SELECT name FROM communities WHERE id = ${req.body.communityId}`);
      if (!c) throw new AppError('validation_failed', [{ field: 'communityId', message: 'community not found' }]);
      const [created] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO community_member_registrations (person_id, community_id, address) VALUES (${personId}, ${req.body.communityId}, ${req.body.address}) RETURNING id`,
      ).catch((err: unknown) => {
        // One pending or confirmed registration per person: the partial unique index decides, also between two tabs.
        throw pgErrorCode(err) === UNIQUE_VIOLATION ? new AppError('community_already_registered') : err;
      });
      await audit(tx, req, { action: 'community.member_register', entity: 'community_member_registration', entityId: created.id, summary: c.name });
      return created.id;
    });
    return reply.status(201).send(await memberRegistration(db, id));
  });

  app.post('/api/v1/me/community-registration/proof', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '上传居住证明（jpg/png/webp 或 PDF，≤10MB，可选）', consumes: ['multipart/form-data'], response: { 200: registrationOut } } }, async (req) => {
    const personId = personOf(requireAuth(req.auth));
    const [current] = await rows<{ id: number }>(db, sql`SELECT id FROM community_member_registrations WHERE person_id = ${personId} AND status = 'pending'`);
    if (!current) throw new AppError('invalid_transition', { reason: 'no pending registration' });
    const stored = await storeUpload(req, env.DATA_DIR, 'community', proofKinds, MAX_PROOF_BYTES);
    const previous = await transaction(db, async (tx) => {
      const [r] = await rows<{ proof_file_key: string | null }>(tx, sql`SELECT proof_file_key FROM community_member_registrations WHERE id = ${current.id} AND status = 'pending' FOR UPDATE`);
      if (!r) throw new AppError('invalid_transition', { reason: 'no pending registration' });
      await tx.execute(sql`UPDATE community_member_registrations SET proof_file_key = ${stored.key} WHERE id = ${current.id}`);
      await audit(tx, req, { action: 'community.member_proof', entity: 'community_member_registration', entityId: current.id, summary: `${stored.mime} ${stored.size} B` });
      return r.proof_file_key;
    }).catch(async (err) => {
      await removeByKey(env.DATA_DIR, stored.key);
      throw err;
    });
    if (previous) await removeByKey(env.DATA_DIR, previous);
    return memberRegistration(db, current.id);
  });

  app.get('/api/v1/community-member-registrations/:id/proof', { config: { access: 'session' }, schema: { tags, summary: '居住证明（本人或该社区工作者可见；图片为 WebP，PDF 原样下载）', params: idParams, querystring: z.object({ w: z.coerce.number().int().min(16).max(4000).optional() }), response: { 200: fileOut(['image/webp', 'application/pdf'], '居住证明 · the proof of residence: an image as WebP, a PDF as uploaded') } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const [r] = await rows<{ proof_file_key: string | null }>(
      db,
      sql`SELECT proof_file_key FROM community_member_registrations WHERE id = ${req.params.id}
             AND (person_id = ${auth.personId ?? -1} OR community_id IN ${staffCommunities(auth)})`,
    );
    if (!r?.proof_file_key) throw new AppError('not_found');
    if ((await proofKind(env.DATA_DIR, r.proof_file_key)) === 'pdf') {
      const [area, storageKey] = r.proof_file_key.split('/');
      return sendStoredFile(req, reply, { dir: uploadsDir(env.DATA_DIR, area), storageKey, mime: 'application/pdf', downloadName: `居住证明-${req.params.id}.pdf` });
    }
    const file = await resizedImage(env.DATA_DIR, r.proof_file_key, snapWidth(req.query.w));
    return reply.header('content-type', 'image/webp').header('cache-control', 'private, max-age=3600').send(createReadStream(file));
  });

  app.post('/api/v1/me/community-registration/leave', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '退出当前报到社区（历史保留）', body: leaveBody, response: { 200: okOut } } }, async (req) => {
    const personId = personOf(requireAuth(req.auth));
    await transaction(db, async (tx) => {
      const [r] = await rows<{ id: number; name: string }>(
        tx,
        sql`UPDATE community_member_registrations m SET status = 'left', left_at = now(), reason = ${req.body.reason ?? null}
             FROM communities c WHERE c.id = m.community_id AND m.person_id = ${personId} AND m.status IN ('pending', 'confirmed') RETURNING m.id, c.name`,
      );
      if (!r) throw new AppError('invalid_transition', { reason: 'no active registration' });
      await audit(tx, req, { action: 'community.member_leave', entity: 'community_member_registration', entityId: r.id, summary: r.name });
    });
    return { ok: true as const };
  });

  // Community staff: the confirmation queue of their own communities.
  app.get('/api/v1/community-staff/member-registrations', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '党员报到确认队列（社区工作者）', querystring: staffMemberRegistrationsQuery, response: { 200: memberRegistrationPage } } }, async (req) => {
    const mine = sql`m.community_id IN ${staffCommunities(requireAuth(req.auth))}`;
    return listMemberRegistrations(db, req.query, req.query.communityId ? sql`${mine} AND m.community_id = ${req.query.communityId}` : mine);
  });

  app.post('/api/v1/community-staff/member-registrations/:id/confirm', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '确认党员报到', params: idParams, response: { 200: registrationOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    await transaction(db, async (tx) => {
      const r = await lockForStaff(tx, auth, req.params.id);
      await tx.execute(sql`UPDATE community_member_registrations SET status = 'confirmed', decided_by = ${auth.accountId}, decided_at = now() WHERE id = ${r.id}`);
      await audit(tx, req, { action: 'community.member_confirm', entity: 'community_member_registration', entityId: r.id, summary: r.name });
      await notifyPeople(tx, [r.person_id], { kind: 'community_registration', title: `社区报到已确认：${r.name}`, link: '/m/community' });
    });
    return memberRegistration(db, req.params.id);
  });

  app.post('/api/v1/community-staff/member-registrations/:id/decline', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '退回党员报到（须填写理由）', params: idParams, body: decideBody, response: { 200: registrationOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    await transaction(db, async (tx) => {
      const r = await lockForStaff(tx, auth, req.params.id);
      await tx.execute(sql`UPDATE community_member_registrations SET status = 'declined', decided_by = ${auth.accountId}, decided_at = now(), reason = ${req.body.reason} WHERE id = ${r.id}`);
      await audit(tx, req, { action: 'community.member_decline', entity: 'community_member_registration', entityId: r.id, summary: `${r.name}：${req.body.reason}` });
      await notifyPeople(tx, [r.person_id], { kind: 'community_registration', title: `社区报到未通过：${r.name}`, body: req.body.reason, link: '/m/community' });
    });
    return memberRegistration(db, req.params.id);
  });

  // Organisers: their members' registrations, who has not registered, and a reminder.
  app.get('/api/v1/community-member-registrations', { config: { access: { permission: 'community.read' } }, schema: { tags, summary: '本组织党员的社区报到', querystring: organiserMemberRegistrationsQuery, response: { 200: memberRegistrationPage } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const scope = scopeFor(auth, 'community.read');
    let within = inScope(sql`o.path`, scope);
    if (req.query.orgId) {
      const pathOf = await assertOrgsInScope(db, scope, [{ field: 'orgId', id: req.query.orgId }]);
      within = sql`${within} AND o.path LIKE ${escapeLike(pathOf.get(req.query.orgId)!) + '%'}`;
    }
    return listMemberRegistrations(db, req.query, within);
  });

  app.get('/api/v1/community-member-registrations/unregistered', { config: { access: { permission: 'community.read' } }, schema: { tags, summary: '未报到党员名单', querystring: unregisteredQuery, response: { 200: unregisteredPage } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const { page, pageSize, orgId, q } = req.query;
    const orgPath = orgId ? (await assertOrgsInScope(db, scopeFor(auth, 'community.read'), [{ field: 'orgId', id: orgId }])).get(orgId)! : null;
    const where = unregisteredWhere(auth, orgPath, q);
    const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM people p JOIN orgs o ON o.id = p.org_id WHERE ${where}`);
    const items = await rows<z.input<typeof unregisteredPage>['items'][number]>(
      db,
      sql`SELECT p.id AS "personId", p.name, o.id AS "orgId", o.name AS "orgName",
                 (SELECT m.status FROM community_member_registrations m WHERE m.person_id = p.id ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS "lastStatus"
            FROM people p JOIN orgs o ON o.id = p.org_id WHERE ${where} ORDER BY o.path, p.name, p.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    );
    return { items, total, page, pageSize };
  });

  app.post('/api/v1/community-member-registrations/remind', { config: { access: { permission: 'community.write' } }, schema: { tags, summary: '提醒未报到党员', body: remindBody, response: { 200: remindOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const scope = scopeFor(auth, 'community.write');
    const { personIds, orgId } = req.body;
    if (personIds) await assertPeopleInScope(db, scope, refsOf('personIds', personIds));
    const orgPath = orgId ? (await assertOrgsInScope(db, scope, [{ field: 'orgId', id: orgId }])).get(orgId)! : null;
    const chosen = personIds ? sql`p.id IN (${sql.join(personIds.map((id) => sql`${id}`), sql`, `)})` : sql`true`;
    return transaction(db, async (tx) => {
      const due = await rows<{ id: number }>(tx, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE ${unregisteredWhere(auth, orgPath, undefined)} AND ${chosen} LIMIT 20000`);
      await notifyPeople(tx, due.map((p) => p.id), {
        kind: 'community_registration_reminder',
        title: '请到居住地社区报到',
        body: '按照“双报到”要求，请在“我的社区”中选择居住地所在社区完成报到。',
        link: '/m/community',
      });
      await audit(tx, req, { action: 'community.member_remind', entity: 'community_member_registration', orgId: orgId ?? null, orgPath, summary: `${due.length} reminded` });
      return { count: due.length };
    });
  });
}
