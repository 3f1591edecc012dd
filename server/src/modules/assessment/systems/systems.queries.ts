import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { pathInScope, type Scope } from '../../../kernel/access/scope.js';
import type { TargetKind } from '../assessment.schema.js';
import { loadSystem, systemVisible } from '../assessment.access.js';
import { leavesOf, type TreeNode } from './tree.js';

export async function listSystems(db: Db, scope: Scope, targetKind?: TargetKind) {
  const list = await rows<{ id: number; name: string; description: string; targetKind: TargetKind; ownerOrgId: number; ownerOrgPath: string; ownerOrgName: string; latestVersion: number; hasDraft: boolean }>(
    db,
    sql`SELECT s.id, s.name, s.description, s.target_kind AS "targetKind", s.owner_org_id AS "ownerOrgId", s.owner_org_path AS "ownerOrgPath", o.name AS "ownerOrgName",
               s.latest_version AS "latestVersion", s.draft IS NOT NULL AS "hasDraft"
          FROM assessment_systems s JOIN orgs o ON o.id = s.owner_org_id
         WHERE NOT s.archived AND ${systemVisible(scope)} ${targetKind ? sql`AND s.target_kind = ${targetKind}` : sql``} ORDER BY s.owner_org_path, s.name`,
  );
  return list.map(({ ownerOrgPath, ...s }) => ({ ...s, editable: pathInScope(ownerOrgPath, scope) }));
}

export async function systemDetail(db: Db, scope: Scope, id: number) {
  const s = await loadSystem(db, scope, id);
  const [[o], versions] = await Promise.all([
    rows<{ name: string }>(db, sql`SELECT name FROM orgs WHERE id = ${s.ownerOrgId}`),
    rows<{ id: number; version: number; publishedAt: Date }>(db, sql`SELECT id, version, published_at AS "publishedAt" FROM assessment_system_versions WHERE system_id = ${id} ORDER BY version DESC`),
  ]);
  const { ownerOrgPath, draft, ...rest } = s;
  return { ...rest, ownerOrgName: o?.name ?? '', editable: pathInScope(ownerOrgPath, scope), draft: (draft as TreeNode[] | null) ?? null, versions };
}

export interface FrozenVersion {
  id: number;
  systemId: number;
  version: number;
  publishedAt: Date;
  tree: TreeNode[];
}

export async function versionById(db: Db, id: number): Promise<FrozenVersion> {
  const [v] = await rows<FrozenVersion>(db, sql`SELECT id, system_id AS "systemId", version, published_at AS "publishedAt", tree FROM assessment_system_versions WHERE id = ${id}`);
  if (!v) throw new AppError('not_found');
  return v;
}

export async function versionOf(db: Db, scope: Scope, systemId: number, version: number) {
  await loadSystem(db, scope, systemId);
  const [v] = await rows<{ id: number }>(db, sql`SELECT id FROM assessment_system_versions WHERE system_id = ${systemId} AND version = ${version}`);
  if (!v) throw new AppError('not_found', [{ field: 'version', message: 'no such version' }]);
  return presentVersion(await versionById(db, v.id));
}

export function presentVersion(v: FrozenVersion) {
  const leaves = leavesOf(v.tree).map((l) => ({
    key: l.key,
    name: l.name,
    path: l.path,
    weight: l.weight,
    type: l.def.type,
    metric: l.def.type === 'computed' ? l.def.metric : null,
    maxScore: l.def.type === 'computed' ? null : l.def.maxScore,
  }));
  return { ...v, leaves };
}
