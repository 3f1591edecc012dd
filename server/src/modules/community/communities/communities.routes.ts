import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { idParams } from '../../../kernel/dto.js';
import { okOut } from '../../../kernel/openapi/responses.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../../kernel/org/pg-errors.js';
import { staffCommunities } from '../community.access.js';
import { communityListQuery, createCommunityBody, staffAccountsQuery, staffBody, staffParams, updateCommunityBody } from './communities.dto.js';
import { communityItem, communityPage, communityProfile as profileOut, regionsOut, staffAccountList, staffList } from './communities.responses.js';
import { communityProfile, getCommunity, listCommunities, staffAccounts, staffOf } from './communities.queries.js';
import { districts, streetDistrict, streets } from './regions.js';

const tags = ['community'];
const duplicateName = () => new AppError('validation_failed', [{ field: 'name', message: 'a community with this name already exists in the street' }]);

/** The communities directory (every signed-in user), its upkeep by committee admins, and staff assignment. */
export function communitiesRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;

  app.get('/api/v1/community-regions', { config: { access: 'session' }, schema: { tags, summary: '区（市）与街道（官方代码）', response: { 200: regionsOut } } }, async () => ({ districts, streets }));

  app.get('/api/v1/communities', { config: { access: 'session' }, schema: { tags, summary: '社区名录', querystring: communityListQuery, response: { 200: communityPage } } }, async (req) =>
    listCommunities(db, req.query),
  );

  app.get('/api/v1/communities/:id', { config: { access: 'session' }, schema: { tags, summary: '社区概况（共建单位、报到党员、待认领需求）', params: idParams, response: { 200: profileOut } } }, async (req) =>
    communityProfile(db, req.params.id),
  );

  app.get('/api/v1/me/communities', { config: { access: { permission: 'community.staff' } }, schema: { tags, summary: '我服务的社区（社区工作者）', querystring: communityListQuery, response: { 200: communityPage } } }, async (req) =>
    listCommunities(db, req.query, sql`c.id IN ${staffCommunities(requireAuth(req.auth))}`),
  );

  app.post('/api/v1/communities', { config: { access: { permission: 'community.manage' } }, schema: { tags, summary: '新增社区', body: createCommunityBody, response: { 201: communityItem } } }, async (req, reply) => {
    const b = req.body;
    const id = await transaction(db, async (tx) => {
      const [created] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO communities (name, district_code, street_code, party_org_name, phone, address, lat, long)
            VALUES (${b.name}, ${streetDistrict.get(b.streetCode)!}, ${b.streetCode}, ${b.partyOrgName ?? `${b.name}党委`}, ${b.phone}, ${b.address}, ${b.lat}, ${b.long})
            RETURNING id`,
      ).catch((err: unknown) => {
        throw pgErrorCode(err) === UNIQUE_VIOLATION ? duplicateName() : err;
      });
      await audit(tx, req, { action: 'community.create', entity: 'community', entityId: created.id, summary: b.name, after: b });
      return created.id;
    });
    return reply.status(201).send(await getCommunity(db, id));
  });

  app.patch('/api/v1/communities/:id', { config: { access: { permission: 'community.manage' } }, schema: { tags, summary: '修改社区信息', params: idParams, body: updateCommunityBody, response: { 200: communityItem } } }, async (req) => {
    const b = req.body;
    await transaction(db, async (tx) => {
      const [before] = await rows<Record<string, unknown>>(
        tx,
        sql`SELECT name, street_code AS "streetCode", party_org_name AS "partyOrgName", phone, address, lat, long FROM communities WHERE id = ${req.params.id} FOR UPDATE`,
      );
      if (!before) throw new AppError('not_found');
      const keep = (v: unknown, column: string) => (v === undefined ? sql.raw(column) : sql`${v}`);
      await tx
        .execute(
          sql`UPDATE communities SET name = ${keep(b.name, 'name')}, street_code = ${keep(b.streetCode, 'street_code')},
                district_code = ${keep(b.streetCode && streetDistrict.get(b.streetCode), 'district_code')}, party_org_name = ${keep(b.partyOrgName, 'party_org_name')},
                phone = ${keep(b.phone, 'phone')}, address = ${keep(b.address, 'address')}, lat = ${keep(b.lat, 'lat')}, long = ${keep(b.long, 'long')}
              WHERE id = ${req.params.id}`,
        )
        .catch((err: unknown) => {
          throw pgErrorCode(err) === UNIQUE_VIOLATION ? duplicateName() : err;
        });
      await audit(tx, req, { action: 'community.update', entity: 'community', entityId: req.params.id, summary: String(b.name ?? before.name), ...diff(before, b) });
    });
    return getCommunity(db, req.params.id);
  });

  app.get('/api/v1/communities/:id/staff', { config: { access: { permission: 'community.manage' } }, schema: { tags, summary: '社区工作者名单', params: idParams, response: { 200: staffList } } }, async (req) => {
    await getCommunity(db, req.params.id);
    return { items: await staffOf(db, req.params.id) };
  });

  app.get('/api/v1/community-staff-accounts', { config: { access: { permission: 'community.manage' } }, schema: { tags, summary: '持有“社区工作者”角色的账号', querystring: staffAccountsQuery, response: { 200: staffAccountList } } }, async (req) => ({
    items: await staffAccounts(db, req.query.q),
  }));

  app.post('/api/v1/communities/:id/staff', { config: { access: { permission: 'community.manage' } }, schema: { tags, summary: '指派社区工作者', params: idParams, body: staffBody, response: { 200: staffList } } }, async (req) => {
    await transaction(db, async (tx) => {
      const [c] = await rows<{ name: string }>(tx, sql`SELECT name FROM communities WHERE id = ${req.params.id}`);
      if (!c) throw new AppError('not_found');
      const [acc] = await rows<{ username: string }>(
        tx,
        sql`SELECT a.username FROM accounts a WHERE a.id = ${req.body.accountId} AND NOT a.disabled
               AND EXISTS (SELECT 1 FROM role_assignments r WHERE r.account_id = a.id AND r.role = 'community_staff')`,
      );
      if (!acc) throw new AppError('validation_failed', [{ field: 'accountId', message: 'not an active account holding the community_staff role' }]);
      const added = await rows(
        tx,
        sql`INSERT INTO community_staff (community_id, account_id, created_by) VALUES (${req.params.id}, ${req.body.accountId}, ${req.auth?.accountId ?? null})
            ON CONFLICT (community_id, account_id) DO NOTHING RETURNING id`,
      );
      if (added.length) await audit(tx, req, { action: 'community.staff_add', entity: 'community', entityId: req.params.id, summary: `${acc.username} → ${c.name}` });
    });
    return { items: await staffOf(db, req.params.id) };
  });

  app.delete('/api/v1/communities/:id/staff/:accountId', { config: { access: { permission: 'community.manage' } }, schema: { tags, summary: '取消指派社区工作者', params: staffParams, response: { 200: okOut } } }, async (req) => {
    await transaction(db, async (tx) => {
      const gone = await rows(tx, sql`DELETE FROM community_staff WHERE community_id = ${req.params.id} AND account_id = ${req.params.accountId} RETURNING id`);
      if (!gone.length) throw new AppError('not_found');
      await audit(tx, req, { action: 'community.staff_remove', entity: 'community', entityId: req.params.id, summary: `account ${req.params.accountId}` });
    });
    return { ok: true as const };
  });
}
