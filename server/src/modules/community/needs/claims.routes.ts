import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth, type AuthContext } from '../../../kernel/auth/auth-context.js';
import { inScope, pathInScope, scopeFor } from '../../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { idParams } from '../../../kernel/dto.js';
import { personOf } from '../community.access.js';
import { claimListQuery, optionalReasonBody, orgClaimBody, scheduleBody, teamClaimBody } from './needs.dto.js';
import { claimPage, claimRow } from './needs.responses.js';
import { getClaim, listClaims } from './needs.queries.js';
import { claimNeed, scheduleClaim, withdrawClaim } from './claims.js';

const tags = ['community'];

/** Teams the caller captains (active ones). */
const captainOf = (auth: AuthContext) =>
  sql`(SELECT t.id FROM community_volunteer_teams t WHERE t.captain_person_id = ${auth.personId ?? -1} AND t.status = 'active')`;

/**
 * Claims: an organisation (its organiser, for an organisation with a confirmed 共建 agreement with the community) or a
 * volunteer team (its captain) claims a need, then turns the claim into a volunteer activity or gives it back.
 */
export function claimsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;

  app.post('/api/v1/community-needs/:id/claims', { config: { access: { permission: 'community.write' } }, schema: { tags, summary: '以组织名义认领需求', params: idParams, body: orgClaimBody, response: { 201: claimRow } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const orgPath = (await assertOrgsInScope(db, scopeFor(auth, 'community.write'), [{ field: 'orgId', id: req.body.orgId }])).get(req.body.orgId)!;
    const [org] = await rows<{ name: string }>(db, sql`SELECT name FROM orgs WHERE id = ${req.body.orgId}`);
    const id = await claimNeed(db, req, req.params.id, { kind: 'org', orgId: req.body.orgId, orgPath, teamId: null, name: org.name }, req.body.activityDueAt);
    return reply.status(201).send(await getClaim(db, id));
  });

  app.post('/api/v1/me/community-needs/:id/claims', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '队长以服务队名义认领需求', params: idParams, body: teamClaimBody, response: { 201: claimRow } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    personOf(auth);
    const [team] = await rows<{ id: number; name: string; org_id: number; org_path: string }>(
      db,
      sql`SELECT id, name, org_id, org_path FROM community_volunteer_teams WHERE id = ${req.body.teamId} AND id IN ${captainOf(auth)}`,
    );
    if (!team) throw new AppError('not_found', [{ field: 'teamId', message: 'team not found among the teams you captain' }]);
    const id = await claimNeed(db, req, req.params.id, { kind: 'team', orgId: team.org_id, orgPath: team.org_path, teamId: team.id, name: team.name }, req.body.activityDueAt);
    return reply.status(201).send(await getClaim(db, id));
  });

  app.get('/api/v1/community-need-claims', { config: { access: { permission: 'community.read' } }, schema: { tags, summary: '本组织及所属服务队的认领', querystring: claimListQuery, response: { 200: claimPage } } }, async (req) =>
    listClaims(db, req.query, inScope(sql`k.org_path`, scopeFor(requireAuth(req.auth), 'community.read'))),
  );

  app.get('/api/v1/me/community-need-claims', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '我带领的服务队的认领（队长）', querystring: claimListQuery, response: { 200: claimPage } } }, async (req) =>
    listClaims(db, req.query, sql`k.team_id IN ${captainOf(requireAuth(req.auth))}`),
  );

  const byOrganiser = (auth: AuthContext) => {
    const scope = scopeFor(auth, 'community.write');
    return (k: { org_path: string }) => pathInScope(k.org_path, scope);
  };
  const byCaptain = async (auth: AuthContext) => {
    const teams = await rows<{ id: number }>(db, captainOf(auth));
    return (k: { team_id: number | null }) => k.team_id !== null && teams.some((t) => t.id === k.team_id);
  };

  app.post('/api/v1/community-need-claims/:id/withdraw', { config: { access: { permission: 'community.write' } }, schema: { tags, summary: '撤回认领（组织）', params: idParams, body: optionalReasonBody, response: { 200: claimRow } } }, async (req) => {
    await withdrawClaim(db, req, req.params.id, byOrganiser(requireAuth(req.auth)), req.body.reason);
    return getClaim(db, req.params.id);
  });

  app.post('/api/v1/me/community-need-claims/:id/withdraw', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '撤回认领（队长）', params: idParams, body: optionalReasonBody, response: { 200: claimRow } } }, async (req) => {
    await withdrawClaim(db, req, req.params.id, await byCaptain(requireAuth(req.auth)), req.body.reason);
    return getClaim(db, req.params.id);
  });

  app.post('/api/v1/community-need-claims/:id/activity', { config: { access: { permission: 'community.write' } }, schema: { tags, summary: '把认领转为志愿服务活动（组织）', params: idParams, body: scheduleBody, response: { 200: claimRow } } }, async (req) => {
    await scheduleClaim(db, req, req.params.id, byOrganiser(requireAuth(req.auth)), req.body);
    return getClaim(db, req.params.id);
  });

  app.post('/api/v1/me/community-need-claims/:id/activity', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '把认领转为志愿服务活动（队长）', params: idParams, body: scheduleBody, response: { 200: claimRow } } }, async (req) => {
    await scheduleClaim(db, req, req.params.id, await byCaptain(requireAuth(req.auth)), req.body);
    return getClaim(db, req.params.id);
  });
}
