import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth, type AuthContext } from '../../../kernel/auth/auth-context.js';
import { inScope, scopeFor } from '../../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { idParams } from '../../../kernel/dto.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../../kernel/org/pg-errors.js';
import { textArray } from '../../../kernel/db/array-literals.js';
import { notifyAccount } from '../../../kernel/notifications/notify.js';
import { staffAccountsOf, staffCommunities } from '../community.access.js';
import { decideBody, endOrgRegistrationBody, orgRegistrationsQuery, registerOrgBody } from './registrations.dto.js';
import { orgRegistration as registrationOut, orgRegistrationList, orgRegistrationPage } from './registrations.responses.js';
import { listOrgRegistrations, orgRegistration, orgRegistrationsById } from './registrations.queries.js';

const tags = ['community'];

/** 组织报到 (共建协议): an organisation proposes, the community's staff confirm or decline, either side's organisation ends it. */
export function orgRegistrationRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;

  async function lockForStaff(tx: Db, auth: AuthContext, id: number) {
    const [r] = await rows<{ id: number; status: string; org_id: number; org_path: string; community: string; proposed_by: number | null }>(
      tx,
      sql`SELECT r.id, r.status, r.org_id, r.org_path, r.proposed_by, c.name AS community FROM community_org_registrations r JOIN communities c ON c.id = r.community_id
           WHERE r.id = ${id} AND r.community_id IN ${staffCommunities(auth)} FOR UPDATE OF r`,
    );
    if (!r) throw new AppError('not_found');
    if (r.status !== 'proposed') throw new AppError('invalid_transition', { status: r.status });
    return r;
  }

  app.post('/api/v1/community-org-registrations', { config: { access: { permission: 'community.write' } }, schema: { tags, summary: '组织到社区报到（共建协议，可一次选多个社区）', body: registerOrgBody, response: { 201: orgRegistrationList } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const b = req.body;
    const orgPath = (await assertOrgsInScope(db, scopeFor(auth, 'community.write'), [{ field: 'orgId', id: b.orgId }])).get(b.orgId)!;
    const ids = await transaction(db, async (tx) => {
      const known = await rows<{ id: number; name: string }>(tx, sql`SELECT id, name FROM communities WHERE id IN (${sql.join(b.communityIds.map((id) => sql`${id}`), sql`, `)})`);
      const missing = b.communityIds.map((id, i) => ({ id, i })).filter(({ id }) => !known.some((c) => c.id === id));
      if (missing.length) throw new AppError('validation_failed', missing.map(({ i }) => ({ field: `communityIds.${i}`, message: 'community not found' })));
      if (b.agreedServices.length) {
        const types = await rows<{ code: string }>(tx, sql`SELECT code FROM community_need_types`);
        const bad = b.agreedServices.map((s, i) => ({ s, i })).filter(({ s }) => !types.some((t) => t.code === s));
        if (bad.length) throw new AppError('validation_failed', bad.map(({ i }) => ({ field: `agreedServices.${i}`, message: 'unknown service type' })));
      }
      const created: number[] = [];
      for (const communityId of b.communityIds) {
        const [r] = await rows<{ id: number }>(
          tx,
          sql`INSERT INTO community_org_registrations (org_id, org_path, community_id, period_start, period_end, contact_name, contact_phone, agreed_services, note, proposed_by)
              VALUES (${b.orgId}, ${orgPath}, ${communityId}, ${b.periodStart}, ${b.periodEnd}, ${b.contactName}, ${b.contactPhone},
                      ${textArray(b.agreedServices)}::text[], ${b.note}, ${auth.accountId})
              RETURNING id`,
        ).catch((err: unknown) => {
          throw pgErrorCode(err) === UNIQUE_VIOLATION ? new AppError('community_agreement_exists', { communityId }) : err;
        });
        created.push(r.id);
        const name = known.find((c) => c.id === communityId)!.name;
        await audit(tx, req, { action: 'community.org_register', entity: 'community_org_registration', entityId: r.id, orgId: b.orgId, orgPath, summary: name });
        for (const account of await staffAccountsOf(tx, communityId)) {
          await notifyAccount(tx, account, { kind: 'community_org_registration', title: `新的共建报到待确认：${name}`, link: '/community/registrations' });
        }
      }
      return created;
    });
    return reply.status(201).send({ items: await orgRegistrationsById(db, ids) });
  });

  app.get('/api/v1/community-org-registrations', { config: { access: { permission: 'community.read' } }, schema: { tags, summary: '本组织的共建报到', querystring: orgRegistrationsQuery, response: { 200: orgRegistrationPage } } }, async (req) =>
    listOrgRegistrations(db, req.query, inScope(sql`r.org_path`, scopeFor(requireAuth(req.auth), 'community.read'))),
  );

  app.post('/api/v1/community-org-registrations/:id/end', { config: { access: { permission: 'community.write' } }, schema: { tags, summary: '终止共建协议（或撤回待确认的报到）', params: idParams, body: endOrgRegistrationBody, response: { 200: registrationOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    await transaction(db, async (tx) => {
      const [r] = await rows<{ id: number; status: string; org_id: number; org_path: string }>(
        tx,
        sql`SELECT id, status, org_id, org_path FROM community_org_registrations r WHERE id = ${req.params.id} AND ${inScope(sql`r.org_path`, scopeFor(auth, 'community.write'))} FOR UPDATE`,
      );
      if (!r) throw new AppError('not_found');
      if (r.status !== 'confirmed' && r.status !== 'proposed') throw new AppError('invalid_transition', { status: r.status });
      // A proposal nobody has answered is withdrawn as declined by the proposer; a confirmed agreement ends.
      if (r.status === 'proposed') {
        await tx.execute(sql`UPDATE community_org_registrations SET status = 'declined', decline_reason = ${req.body.reason || '报到单位撤回'}, decided_at = now() WHERE id = ${r.id}`);
      } else {
        await tx.execute(sql`UPDATE community_org_registrations SET status = 'ended', ended_at = now(), note = CASE WHEN ${req.body.reason ?? ''} = '' THEN note ELSE note || ${`\n终止说明：${req.body.reason ?? ''}`} END WHERE id = ${r.id}`);
      }
      await audit(tx, req, { action: 'community.org_end', entity: 'community_org_registration', entityId: r.id, orgId: r.org_id, orgPath: r.org_path, summary: req.body.reason ?? r.status });
    });
    return orgRegistration(db, req.params.id);
  });

  app.get('/api/v1/community-staff/org-registrations', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '共建报到确认队列（社区工作者）', querystring: orgRegistrationsQuery, response: { 200: orgRegistrationPage } } }, async (req) =>
    listOrgRegistrations(db, req.query, sql`r.community_id IN ${staffCommunities(requireAuth(req.auth))}`),
  );

  app.post('/api/v1/community-staff/org-registrations/:id/confirm', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '确认共建报到', params: idParams, response: { 200: registrationOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    await transaction(db, async (tx) => {
      const r = await lockForStaff(tx, auth, req.params.id);
      await tx.execute(sql`UPDATE community_org_registrations SET status = 'confirmed', confirmed_by = ${auth.accountId}, confirmed_at = now(), decided_at = now() WHERE id = ${r.id}`);
      await audit(tx, req, { action: 'community.org_confirm', entity: 'community_org_registration', entityId: r.id, orgId: r.org_id, orgPath: r.org_path, summary: r.community });
      if (r.proposed_by) await notifyAccount(tx, r.proposed_by, { kind: 'community_org_registration', title: `共建报到已确认：${r.community}`, link: '/community/registrations' });
    });
    return orgRegistration(db, req.params.id);
  });

  app.post('/api/v1/community-staff/org-registrations/:id/decline', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '退回共建报到（须填写理由）', params: idParams, body: decideBody, response: { 200: registrationOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    await transaction(db, async (tx) => {
      const r = await lockForStaff(tx, auth, req.params.id);
      await tx.execute(sql`UPDATE community_org_registrations SET status = 'declined', decline_reason = ${req.body.reason}, decided_at = now() WHERE id = ${r.id}`);
      await audit(tx, req, { action: 'community.org_decline', entity: 'community_org_registration', entityId: r.id, orgId: r.org_id, orgPath: r.org_path, summary: `${r.community}：${req.body.reason}` });
      if (r.proposed_by) await notifyAccount(tx, r.proposed_by, { kind: 'community_org_registration', title: `共建报到被退回：${r.community}`, body: req.body.reason, link: '/community/registrations' });
    });
    return orgRegistration(db, req.params.id);
  });
}
