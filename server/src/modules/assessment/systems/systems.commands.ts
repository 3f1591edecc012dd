import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError, langOf } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { pgErrorCode } from '../../../kernel/org/pg-errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { figuresFor } from '../../../kernel/figures/figures.module.js';
import { kindOf } from '../../../kernel/figures/figures.engine.js';
import type { TargetKind } from '../assessment.schema.js';
import { loadSystem, orgInScope } from '../assessment.access.js';
import { validateTree, type TreeNode } from './tree.js';

/** The registered metric's kind, for the tree's metric leaves. */
export const metricLookup = (ctx: ModuleContext) => (name: string) => {
  const m = figuresFor(ctx).get(name);
  return m ? { kind: kindOf(m.def) } : undefined;
};

const duplicateName = (e: unknown) => {
  if (pgErrorCode(e) === '23505') throw new AppError('conflict', [{ field: 'name', message: 'the organisation already has a system of this name' }]);
  throw e;
};

export async function createSystem(
  ctx: ModuleContext,
  req: FastifyRequest,
  scope: Scope,
  body: { name: string; description: string; targetKind: TargetKind; ownerOrgId?: number; tree: TreeNode[] },
): Promise<number> {
  validateTree(body.tree, body.targetKind, metricLookup(ctx), 'tree', langOf(req));
  const owner = body.ownerOrgId ? await orgInScope(ctx.db, scope, body.ownerOrgId, 'ownerOrgId') : await rootOf(ctx.db, scope);
  return transaction(ctx.db, async (tx) => {
    const [s] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO assessment_systems (name, description, target_kind, owner_org_id, owner_org_path, draft, created_by)
          VALUES (${body.name}, ${body.description}, ${body.targetKind}, ${owner.id}, ${owner.path}, ${JSON.stringify(body.tree)}::jsonb, ${req.auth?.accountId ?? null}) RETURNING id`,
    ).catch(duplicateName);
    await audit(tx, req, { action: 'assessment.system_create', entity: 'assessment_system', entityId: s.id, orgId: owner.id, orgPath: owner.path, summary: body.name, after: { targetKind: body.targetKind } });
    return s.id;
  });
}

async function rootOf(db: Db, scope: Scope) {
  const path = scope.paths[0];
  if (!path) throw new AppError('forbidden');
  const [o] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE path = ${path}`);
  if (!o) throw new AppError('not_found', [{ field: 'ownerOrgId', message: 'organisation not found' }]);
  return o;
}

/** Replaces the draft (a published system gets a new draft; its versions and the rounds using them stay as they are). */
export async function saveDraft(ctx: ModuleContext, req: FastifyRequest, scope: Scope, id: number, body: { name?: string; description?: string; tree: TreeNode[] }) {
  await transaction(ctx.db, async (tx) => {
    const s = await loadSystem(tx, scope, id, { edit: true, lock: true });
    validateTree(body.tree, s.targetKind, metricLookup(ctx), 'tree', langOf(req));
    await tx
      .execute(
        sql`UPDATE assessment_systems SET draft = ${JSON.stringify(body.tree)}::jsonb, name = ${body.name ?? s.name}, description = ${body.description ?? s.description}, updated_at = now() WHERE id = ${id}`,
      )
      .catch(duplicateName);
    await audit(tx, req, { action: 'assessment.system_edit', entity: 'assessment_system', entityId: id, orgId: s.ownerOrgId, orgPath: s.ownerOrgPath, summary: body.name ?? s.name });
  });
}

/** Freezes the draft as the next version. */
export async function publishSystem(ctx: ModuleContext, req: FastifyRequest, scope: Scope, id: number): Promise<number> {
  return transaction(ctx.db, async (tx) => {
    const s = await loadSystem(tx, scope, id, { edit: true, lock: true });
    if (!s.draft) throw new AppError('invalid_transition', { message: 'nothing to publish: the draft is the latest version' });
    // The metrics may have changed since the draft was saved.
    validateTree(s.draft as TreeNode[], s.targetKind, metricLookup(ctx), 'draft', langOf(req));
    const version = s.latestVersion + 1;
    await tx.execute(sql`INSERT INTO assessment_system_versions (system_id, version, tree, published_by) VALUES (${id}, ${version}, ${JSON.stringify(s.draft)}::jsonb, ${req.auth?.accountId ?? null})`);
    await tx.execute(sql`UPDATE assessment_systems SET draft = NULL, latest_version = ${version}, updated_at = now() WHERE id = ${id}`);
    await audit(tx, req, { action: 'assessment.system_publish', entity: 'assessment_system', entityId: id, orgId: s.ownerOrgId, orgPath: s.ownerOrgPath, summary: `${s.name} v${version}` });
    return version;
  });
}
