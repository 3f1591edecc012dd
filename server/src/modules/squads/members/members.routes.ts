import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { transaction } from '../../../kernel/db/client.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { assertActive, loadSquad, squadScope, type SquadRow } from '../squads.access.js';
import { idParams } from '../squads/squads.dto.js';
import { addMemberBody, candidateQuery, leaderBody, memberListQuery, memberParams, reasonBody } from './members.dto.js';
import { memberRow, membersOf } from './members.queries.js';
import { addMember, changeLeader, confirmMember, leaveMember, rejectMember } from './membership.js';
import { searchCandidates } from './candidates.js';
import { candidatePage, memberCreatedOut, memberListOut } from './members.responses.js';

const tags = ['squads'];

/** People a confirmation reads: the caller's write scope and the squad's own subtree (where its leader proposes from). */
export const confirmScope = (scope: Scope, squad: SquadRow): Scope => ({ ...scope, paths: [...scope.paths, squad.org_path] });

/** Membership managed by the supervising organisation: add, confirm or reject proposals, leave, change the leader, history. */
export function membersRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const read = { access: { permission: 'squads.read' } } as const;
  const write = { access: { permission: 'squads.write' } } as const;

  /** Runs a membership command on a locked active squad of the caller's write scope. */
  async function onSquad<T>(req: { auth: unknown }, id: number, fn: (tx: typeof db, squad: SquadRow, scope: Scope) => Promise<T>) {
    const scope = squadScope(requireAuth(req.auth as never), 'squads.write');
    return transaction(db, async (tx) => {
      const squad = await loadSquad(tx, scope, id, { lock: true });
      assertActive(squad);
      return fn(tx, squad, scope);
    });
  }
  const answer = async (memberId: number) => {
    const m = await memberRow(db, memberId);
    if (!m) throw new AppError('not_found');
    return m;
  };

  app.get('/api/v1/squads/:id/members', { config: read, schema: { tags, summary: '成员进出记录（全部或按状态）', params: idParams, querystring: memberListQuery, response: { 200: memberListOut } } }, async (req) => {
    await loadSquad(db, squadScope(requireAuth(req.auth), 'squads.read'), req.params.id);
    return { items: await membersOf(db, req.params.id, req.query.status ? [req.query.status] : undefined) };
  });

  app.get('/api/v1/squads/:id/candidates', { config: write, schema: { tags, summary: '查找可加入的青年干部（本组织范围）', params: idParams, querystring: candidateQuery, response: { 200: candidatePage } } }, async (req) => {
    const scope = squadScope(requireAuth(req.auth), 'squads.write');
    await loadSquad(db, scope, req.params.id);
    return searchCandidates(db, scope, req.query);
  });

  app.post('/api/v1/squads/:id/members', { config: write, schema: { tags, summary: '直接添加队员（组织）', params: idParams, body: addMemberBody, response: { 201: memberCreatedOut } } }, async (req, reply) => {
    const memberId = await onSquad(req, req.params.id, (tx, squad, scope) => addMember(tx, req, squad, scope, req.body));
    await events.publish('squads.membership_changed', { squadId: req.params.id, personId: req.body.personId, change: 'joined' });
    return reply.status(201).send(await answer(memberId));
  });

  app.post('/api/v1/squads/:id/members/:memberId/confirm', { config: write, schema: { tags, summary: '确认队长推荐的队员', params: memberParams, response: { 200: memberCreatedOut } } }, async (req) => {
    const personId = await onSquad(req, req.params.id, (tx, squad, scope) => confirmMember(tx, req, squad, confirmScope(scope, squad), req.params.memberId));
    await events.publish('squads.membership_changed', { squadId: req.params.id, personId, change: 'joined' });
    return answer(req.params.memberId);
  });

  app.post('/api/v1/squads/:id/members/:memberId/reject', { config: write, schema: { tags, summary: '不同意推荐（须说明理由）', params: memberParams, body: reasonBody, response: { 200: memberCreatedOut } } }, async (req) => {
    const personId = await onSquad(req, req.params.id, (tx, squad) => rejectMember(tx, req, squad, req.params.memberId, req.body.reason));
    await events.publish('squads.membership_changed', { squadId: req.params.id, personId, change: 'rejected' });
    return answer(req.params.memberId);
  });

  app.post('/api/v1/squads/:id/members/:memberId/leave', { config: write, schema: { tags, summary: '队员离队（须说明原因）', params: memberParams, body: reasonBody, response: { 200: memberCreatedOut } } }, async (req) => {
    const personId = await onSquad(req, req.params.id, (tx, squad) => leaveMember(tx, req, squad, req.params.memberId, req.body.reason));
    await events.publish('squads.membership_changed', { squadId: req.params.id, personId, change: 'left' });
    return answer(req.params.memberId);
  });

  app.put('/api/v1/squads/:id/leader', { config: write, schema: { tags, summary: '更换队长（从在队队员中任命）', params: idParams, body: leaderBody, response: { 200: memberListOut } } }, async (req) => {
    await onSquad(req, req.params.id, (tx, squad) => changeLeader(tx, req, squad, req.body.personId));
    await events.publish('squads.membership_changed', { squadId: req.params.id, personId: req.body.personId, change: 'leader' });
    return { items: await membersOf(db, req.params.id, ['active']) };
  });
}
