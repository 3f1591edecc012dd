import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { scopeFor } from '../../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { okOut } from '../../../kernel/openapi/responses.js';
import { addMembersBody, createTeamBody, teamIdParams, teamListQuery, teamMemberParams, teamMembersQuery, updateTeamBody } from './teams.dto.js';
import { addMembersOut, myTeamsOut, teamMembersOut, teamOut, teamPage } from './teams.responses.js';
import { getTeam, listTeams, myTeams, teamMembers } from './teams.queries.js';
import { addTeamMembers, createTeam, removeTeamMember, updateTeam } from './teams.commands.js';

const tags = ['community'];
const read = { permission: 'community.read' };
const write = { permission: 'community.write' };

/** 红色志愿服务队: organisers manage the teams of their organisations' subtree; members see their own teams. */
export function teamsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const team = async (req: { auth: unknown }, id: number, permission: string) => {
    const t = await getTeam(db, scopeFor(requireAuth(req.auth as never), permission), id);
    if (!t) throw new AppError('not_found');
    return t;
  };

  app.get('/api/v1/community/teams', { config: { access: read }, schema: { tags, summary: '志愿服务队列表（搜索、筛选、分页）', querystring: teamListQuery, response: { 200: teamPage } } }, async (req) => {
    const scope = scopeFor(requireAuth(req.auth), 'community.read');
    const under = req.query.orgId ? (await assertOrgsInScope(db, scope, [{ field: 'orgId', id: req.query.orgId }])).get(req.query.orgId) : undefined;
    return listTeams(db, scope, req.query, under);
  });

  app.post('/api/v1/community/teams', { config: { access: write }, schema: { tags, summary: '组建志愿服务队', body: createTeamBody, response: { 201: teamOut } } }, async (req, reply) => {
    const id = await createTeam(db, req, scopeFor(requireAuth(req.auth), 'community.write'), req.body);
    return reply.status(201).send(await team(req, id, 'community.write'));
  });

  app.get('/api/v1/community/teams/:id', { config: { access: read }, schema: { tags, summary: '志愿服务队详情', params: teamIdParams, response: { 200: teamOut } } }, async (req) => team(req, req.params.id, 'community.read'));

  app.patch('/api/v1/community/teams/:id', { config: { access: write }, schema: { tags, summary: '修改志愿服务队（名称、队长、服务类型、服务区域、解散）', params: teamIdParams, body: updateTeamBody, response: { 200: teamOut } } }, async (req) => {
    const before = await team(req, req.params.id, 'community.write');
    await updateTeam(db, req, scopeFor(requireAuth(req.auth), 'community.write'), before, req.body);
    return team(req, req.params.id, 'community.write');
  });

  app.get('/api/v1/community/teams/:id/members', { config: { access: read }, schema: { tags, summary: '队员名单（可含历史）', params: teamIdParams, querystring: teamMembersQuery, response: { 200: teamMembersOut } } }, async (req) => {
    await team(req, req.params.id, 'community.read');
    return { items: await teamMembers(db, req.params.id, req.query.history) };
  });

  app.post('/api/v1/community/teams/:id/members', { config: { access: write }, schema: { tags, summary: '添加队员', params: teamIdParams, body: addMembersBody, response: { 200: addMembersOut } } }, async (req) => {
    const t = await team(req, req.params.id, 'community.write');
    if (t.status !== 'active') throw new AppError('invalid_transition', [{ field: 'id', message: 'the team is disbanded' }]);
    return { added: await addTeamMembers(db, req, scopeFor(requireAuth(req.auth), 'community.write'), t, req.body.personIds) };
  });

  app.delete('/api/v1/community/teams/:id/members/:personId', { config: { access: write }, schema: { tags, summary: '移出队员（保留历史）', params: teamMemberParams, response: { 200: okOut } } }, async (req) => {
    const t = await team(req, req.params.id, 'community.write');
    await removeTeamMember(db, req, t, req.params.personId);
    return { ok: true as const };
  });

  app.get('/api/v1/me/community/teams', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '我的志愿服务队', response: { 200: myTeamsOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    if (!auth.personId) throw new AppError('person_required');
    return { items: await myTeams(db, auth.personId) };
  });
}
