import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../../kernel/org/pg-errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import { inScope, pathInScope, type Scope } from '../../../kernel/access/scope.js';
import type { Member } from '../practice.access.js';
import type { createProjectBody, updateProjectBody } from '../practice.dto.js';

export async function createProject(db: Db, req: FastifyRequest, scope: Scope, input: z.infer<typeof createProjectBody>): Promise<number> {
  return transaction(db, async (tx) => {
    const [org] = await rows<{ path: string }>(tx, sql`SELECT path FROM orgs WHERE id = ${input.orgId}`);
    if (!org || !pathInScope(org.path, scope)) throw new AppError('validation_failed', [{ field: 'orgId', message: 'organisation not found in your scope' }]);
    const [dup] = await rows(tx, sql`SELECT 1 FROM practice_projects WHERE org_id = ${input.orgId} AND title = ${input.title}`);
    if (dup) throw new AppError('validation_failed', [{ field: 'title', message: 'a project with this title already exists' }]);
    const [created] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO practice_projects (title, description, org_id, org_path, starts_on, ends_on, created_by)
          VALUES (${input.title}, ${input.description}, ${input.orgId}, ${org.path}, ${input.startsOn}, ${input.endsOn}, ${req.auth?.accountId ?? null})
          RETURNING id`,
    );
    await audit(tx, req, { action: 'practice.project_create', entity: 'practice_project', entityId: created.id, orgId: input.orgId, orgPath: org.path, summary: input.title, after: input });
    return created.id;
  });
}

export async function updateProject(db: Db, req: FastifyRequest, scope: Scope, id: number, input: z.infer<typeof updateProjectBody>) {
  await transaction(db, async (tx) => {
    const [p] = await rows<Record<string, unknown> & { org_id: number; org_path: string; title: string }>(
      tx,
      sql`SELECT * FROM practice_projects j WHERE j.id = ${id} AND ${inScope(sql`j.org_path`, scope)} FOR UPDATE`,
    );
    if (!p) throw new AppError('not_found');
    const duplicate = () => new AppError('validation_failed', [{ field: 'title', message: 'a project with this title already exists' }]);
    if (input.title !== undefined) {
      const [dup] = await rows(tx, sql`SELECT 1 FROM practice_projects WHERE org_id = ${p.org_id} AND title = ${input.title} AND id <> ${id}`);
      if (dup) throw duplicate();
    }
    await tx
      .execute(sql`UPDATE practice_projects SET title = coalesce(${input.title ?? null}, title),
      description = coalesce(${input.description ?? null}, description), status = coalesce(${input.status ?? null}, status) WHERE id = ${id}`)
      .catch((err: unknown) => {
        // A rename racing another one to the same title.
        throw pgErrorCode(err) === UNIQUE_VIOLATION ? duplicate() : err;
      });
    await audit(tx, req, { action: 'practice.project_update', entity: 'practice_project', entityId: id, orgId: p.org_id, orgPath: p.org_path, summary: p.title, ...diff(p, input as Record<string, unknown>) });
  });
}

/** Joining and leaving lock the project row so member_count stays exact. */
export async function setMembership(db: Db, req: FastifyRequest, m: Member, projectId: number, join: boolean) {
  return transaction(db, async (tx) => {
    const [p] = await rows<{ id: number; status: string; org_path: string; title: string }>(
      tx,
      sql`SELECT id, status, org_path, title FROM practice_projects WHERE id = ${projectId} AND ${m.orgPath} LIKE org_path || '%' FOR UPDATE`,
    );
    if (!p) throw new AppError('not_found');
    if (join && p.status !== 'open') throw new AppError('invalid_transition', { from: p.status, action: 'join' });
    const changed = join
      ? await rows(tx, sql`INSERT INTO practice_project_members (project_id, person_id) VALUES (${projectId}, ${m.personId}) ON CONFLICT DO NOTHING RETURNING id`)
      : await rows(tx, sql`DELETE FROM practice_project_members WHERE project_id = ${projectId} AND person_id = ${m.personId} RETURNING id`);
    if (changed.length) {
      await tx.execute(sql`UPDATE practice_projects SET member_count = member_count + ${join ? 1 : -1} WHERE id = ${projectId}`);
      await audit(tx, req, { action: join ? 'practice.project_join' : 'practice.project_leave', entity: 'practice_project', entityId: projectId, orgPath: p.org_path, summary: p.title });
    }
    return { joined: join, changed: changed.length > 0 };
  });
}
