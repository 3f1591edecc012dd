import type { App, ModuleContext } from '../../../kernel/module.js';
import { transaction } from '../../../kernel/db/client.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { activeMembership, assertActive, myLeadership, squadById, subtreeScope } from '../squads.access.js';
import { AppError } from '../../../kernel/errors.js';
import { getSquad, innovationSummaries, taskSummaries } from '../squads/squads.queries.js';
import { candidateQuery, proposeMemberBody } from './members.dto.js';
import { memberRow, membersOf } from './members.queries.js';
import { proposeMember } from './membership.js';
import { searchCandidates } from './candidates.js';
import { candidatePage, memberCreatedOut, mySquadOut } from './members.responses.js';
import { rows } from '../../../kernel/db/client.js';
import { sql } from 'drizzle-orm';

const tags = ['squads'];

/** The member's side (squads.join): my squad, and for the leader, proposing members from the squad's organisation. */
export function mySquadRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const join = { access: { permission: 'squads.join' } } as const;

  app.get('/api/v1/me/squad', { config: join, schema: { tags, summary: '我的尖刀班', response: { 200: mySquadOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const m = auth.personId ? await activeMembership(db, auth.personId) : null;
    if (!m) return { squad: null, role: null, joinedAt: null, members: [], proposals: [], tasks: null, innovations: null };
    const [squad, all, tasks, innovations] = await Promise.all([getSquad(db, m.squadId), membersOf(db, m.squadId, ['active', 'proposed']), taskSummaries(db, [m.squadId]), innovationSummaries(db, [m.squadId])]);
    const [mine] = await rows<{ joined_at: string }>(db, sql`SELECT joined_at FROM squad_members WHERE id = ${m.memberId}`);
    return {
      squad,
      role: m.role,
      joinedAt: mine.joined_at,
      members: all.filter((x) => x.status === 'active'),
      proposals: m.role === 'leader' ? all.filter((x) => x.status === 'proposed') : [],
      tasks: tasks.get(m.squadId)!,
      innovations: innovations.get(m.squadId)!,
    };
  });

  app.get('/api/v1/me/squad/candidates', { config: join, schema: { tags, summary: '队长查找可推荐的青年干部（本队主管组织范围）', querystring: candidateQuery, response: { 200: candidatePage } } }, async (req) => {
    const m = await myLeadership(db, requireAuth(req.auth));
    const squad = await squadById(db, m.squadId);
    return searchCandidates(db, subtreeScope(squad.org_path, 'squads.write'), req.query);
  });

  app.post('/api/v1/me/squad/proposals', { config: join, schema: { tags, summary: '队长推荐队员（待组织确认）', body: proposeMemberBody, response: { 201: memberCreatedOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const { memberId, squadId } = await transaction(db, async (tx) => {
      const squad = await squadById(tx, (await myLeadership(tx, auth)).squadId, { lock: true });
      // With the squad locked, the caller must still be its active leader.
      if ((await myLeadership(tx, auth)).squadId !== squad.id) throw new AppError('forbidden');
      assertActive(squad);
      return { memberId: await proposeMember(tx, req, squad, subtreeScope(squad.org_path, 'squads.write'), req.body), squadId: squad.id };
    });
    await events.publish('squads.membership_changed', { squadId, personId: req.body.personId, change: 'proposed' });
    return reply.status(201).send((await memberRow(db, memberId))!);
  });
}
