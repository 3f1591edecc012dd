import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuditAction } from '../../../../../common/audit-actions/index.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import { assertOrgsInScope, assertPeopleInScope, refsOf } from '../../../kernel/org/referenced-ids.js';
import { basesScope, violatesUnique, type BasesPermission } from '../bases.access.js';
import { idParams } from '../bases.dto.js';
import { linkActivityBody, membersBody, milestoneBody, progressBody, projectBody, projectListQuery, projectPatch, resultBody } from './projects.dto.js';
import { listProjects, projectDetail, projectInScope, type ProjectRow } from './projects.queries.js';
import { projectOut, projectPage } from './projects.responses.js';

const tags = ['bases'];

async function addMembers(tx: Db, scope: Scope, projectId: number, personIds: number[], role: string, joinedOn: string) {
  await assertPeopleInScope(tx, scope, refsOf('personIds', personIds));
  await tx.execute(sql`INSERT INTO bases_project_members (project_id, person_id, role, joined_on)
    SELECT ${projectId}, x, ${role}, ${joinedOn} FROM unnest(${`{${[...new Set(personIds)].join(',')}}`}::int[]) AS x ON CONFLICT DO NOTHING`);
}

/** 党建“第一粒扣子” projects: plan, cohort, progress per member, linked activities, results. */
export function projectsRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const read = { access: { permission: 'bases.read' } } as const;
  const manage = { access: { permission: 'bases.manage' } } as const;
  const scope = (req: FastifyRequest, p: BasesPermission) => basesScope(requireAuth(req.auth), p);
  const detail = async (s: Scope, id: number) => projectDetail(db, await projectInScope(db, s, id));
  const nameTaken = (err: unknown) => {
    if (violatesUnique(err, 'bases_projects_name_uq')) throw new AppError('conflict', [{ field: 'name', message: 'a project of this name exists' }]);
    throw err;
  };
  /** Runs a change of a project managed in the caller's scope, audited, then answers the project. */
  const change = async (req: FastifyRequest, id: number, action: AuditAction, fn: (tx: Db, p: ProjectRow, s: Scope) => Promise<string>) => {
    const s = scope(req, 'bases.manage');
    await transaction(db, async (tx) => {
      const p = await projectInScope(tx, s, id);
      const summary = await fn(tx, p, s);
      await tx.execute(sql`UPDATE bases_projects SET updated_at = now() WHERE id = ${id}`);
      await audit(tx, req, { action, entity: 'bases_project', entityId: id, orgId: p.orgId, orgPath: p.orgPath, summary });
    }).catch(nameTaken);
    await events.publish('bases.project_changed', { projectId: id });
    return detail(s, id);
  };

  app.get('/api/v1/bases/projects', { config: read, schema: { tags, operationId: 'bases.listProjects', summary: '党建“第一粒扣子”项目列表', querystring: projectListQuery, response: { 200: projectPage } } }, async (req) => {
    const s = scope(req, 'bases.read');
    const orgPath = req.query.orgId ? (await assertOrgsInScope(db, s, [{ field: 'orgId', id: req.query.orgId }])).get(req.query.orgId)! : null;
    return listProjects(db, s, req.query, orgPath);
  });

  app.get('/api/v1/bases/projects/:id', { config: read, schema: { tags, operationId: 'bases.getProject', summary: '项目详情（计划、学员进度、活动、成果）', params: idParams, response: { 200: projectOut } } }, async (req) =>
    detail(scope(req, 'bases.read'), req.params.id),
  );

  app.post('/api/v1/bases/projects', { config: manage, schema: { tags, operationId: 'bases.createProject', summary: '新建“第一粒扣子”项目（含计划节点与学员）', body: projectBody, response: { 201: projectOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const s = scope(req, 'bases.manage');
    const b = req.body;
    const orgPath = (await assertOrgsInScope(db, s, [{ field: 'orgId', id: b.orgId }])).get(b.orgId)!;
    const id = await transaction(db, async (tx) => {
      const [row] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO bases_projects (name, org_id, org_path, summary, goal, starts_on, ends_on, status, created_by)
            VALUES (${b.name}, ${b.orgId}, ${orgPath}, ${b.summary}, ${b.goal}, ${b.startsOn}, ${b.endsOn}, ${b.status}, ${auth.accountId}) RETURNING id`,
      );
      for (const [i, m] of b.milestones.entries()) await tx.execute(sql`INSERT INTO bases_project_milestones (project_id, title, description, due_on, sort) VALUES (${row.id}, ${m.title}, ${m.description}, ${m.dueOn}, ${i})`);
      if (b.memberIds.length) await addMembers(tx, s, row.id, b.memberIds, 'trainee', b.startsOn);
      await audit(tx, req, { action: 'bases.project_create', entity: 'bases_project', entityId: row.id, orgId: b.orgId, orgPath, summary: b.name, after: { ...b, memberIds: b.memberIds.length } });
      return row.id;
    }).catch(nameTaken);
    await events.publish('bases.project_changed', { projectId: id });
    return reply.status(201).send(await detail(s, id));
  });

  app.patch('/api/v1/bases/projects/:id', { config: manage, schema: { tags, operationId: 'bases.updateProject', summary: '修改项目', params: idParams, body: projectPatch, response: { 200: projectOut } } }, async (req) =>
    change(req, req.params.id, 'bases.project_update', async (tx, p) => {
      const b = { startsOn: p.startsOn as string, endsOn: p.endsOn as string | null, ...req.body };
      if (b.endsOn && b.endsOn < b.startsOn) throw new AppError('validation_failed', [{ field: 'endsOn', message: 'endsOn must not be before startsOn' }]);
      const set = sql.join(
        Object.entries({ name: req.body.name, summary: req.body.summary, goal: req.body.goal, starts_on: req.body.startsOn, ends_on: req.body.endsOn, status: req.body.status })
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => sql`${sql.raw(k)} = ${v}`),
        sql`, `,
      );
      await tx.execute(sql`UPDATE bases_projects SET ${set} WHERE id = ${p.id}`);
      return Object.keys(req.body).join(', ');
    }),
  );

  app.post('/api/v1/bases/projects/:id/milestones', { config: manage, schema: { tags, summary: '添加计划节点', params: idParams, body: milestoneBody, response: { 200: projectOut } } }, async (req) =>
    change(req, req.params.id, 'bases.project_milestone', async (tx, p) => {
      await tx.execute(sql`INSERT INTO bases_project_milestones (project_id, title, description, due_on, sort)
        VALUES (${p.id}, ${req.body.title}, ${req.body.description}, ${req.body.dueOn}, (SELECT coalesce(max(sort), -1) + 1 FROM bases_project_milestones WHERE project_id = ${p.id}))`);
      return req.body.title;
    }),
  );

  app.post('/api/v1/bases/projects/:id/members', { config: manage, schema: { tags, summary: '加入学员或导师', params: idParams, body: membersBody, response: { 200: projectOut } } }, async (req) =>
    change(req, req.params.id, 'bases.project_members', async (tx, p, s) => {
      await addMembers(tx, s, p.id, req.body.personIds, req.body.role, req.body.joinedOn);
      return `${req.body.role} × ${req.body.personIds.length}`;
    }),
  );

  app.post('/api/v1/bases/projects/:id/progress', { config: manage, schema: { tags, operationId: 'bases.recordProjectProgress', summary: '登记学员完成计划节点', params: idParams, body: progressBody, response: { 200: projectOut } } }, async (req) =>
    change(req, req.params.id, 'bases.project_progress', async (tx, p) => {
      const [ok] = await rows(
        tx,
        sql`SELECT 1 FROM bases_project_milestones s JOIN bases_project_members m ON m.project_id = s.project_id AND m.person_id = ${req.body.personId}
             WHERE s.id = ${req.body.milestoneId} AND s.project_id = ${p.id}`,
      );
      if (!ok) throw new AppError('not_found', [{ field: 'milestoneId', message: 'milestone or member not in this project' }]);
      await tx.execute(sql`INSERT INTO bases_project_progress (milestone_id, person_id, completed_on, note, recorded_by)
        VALUES (${req.body.milestoneId}, ${req.body.personId}, ${req.body.completedOn}, ${req.body.note}, ${requireAuth(req.auth).accountId})
        ON CONFLICT (milestone_id, person_id) DO UPDATE SET completed_on = excluded.completed_on, note = excluded.note, recorded_by = excluded.recorded_by`);
      return `milestone ${req.body.milestoneId} person ${req.body.personId}`;
    }),
  );

  app.post('/api/v1/bases/projects/:id/results', { config: manage, schema: { tags, summary: '登记项目成果与佐证', params: idParams, body: resultBody, response: { 200: projectOut } } }, async (req) =>
    change(req, req.params.id, 'bases.project_result', async (tx, p) => {
      await tx.execute(sql`INSERT INTO bases_project_results (project_id, title, description, achieved_on, created_by) VALUES (${p.id}, ${req.body.title}, ${req.body.description}, ${req.body.achievedOn}, ${requireAuth(req.auth).accountId})`);
      return req.body.title;
    }),
  );

  app.post('/api/v1/bases/projects/:id/activities', { config: manage, schema: { tags, summary: '关联活动（本人范围内组织的活动）', params: idParams, body: linkActivityBody, response: { 200: projectOut } } }, async (req) =>
    change(req, req.params.id, 'bases.project_activity', async (tx, p, s) => {
      const [a] = await rows<{ title: string }>(tx, sql`SELECT title FROM activities WHERE id = ${req.body.activityId} AND ${inScope(sql`org_path`, s)}`);
      if (!a) throw new AppError('not_found', [{ field: 'activityId', message: 'activity not found' }]);
      await tx.execute(sql`INSERT INTO bases_project_activities (project_id, activity_id) VALUES (${p.id}, ${req.body.activityId}) ON CONFLICT DO NOTHING`);
      return a.title;
    }),
  );
}
