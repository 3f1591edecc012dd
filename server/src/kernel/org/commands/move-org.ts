import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../db/client.js';
import { escapeLike, pathInScope, type Scope } from '../../access/scope.js';
import { AppError } from '../../errors.js';
import { audit } from '../../audit/audit.js';
import { kindFitsUnder, type OrgRow } from '../org.queries.js';
import { assertNameFree, withNameConflict } from './create-org.js';

/**
 * Moves an organisation and its whole subtree under a new parent. Both rows are locked
 * in id order first, so two crossing moves (A under B, B under A) cannot both pass the
 * cycle check; then every path in the subtree is rewritten by one UPDATE.
 */
export async function moveOrg(db: Db, req: FastifyRequest, scope: Scope, id: number, parentId: number) {
  await withNameConflict(
    transaction(db, async (tx) => {
      const locked = await rows<OrgRow>(
        tx,
        sql`SELECT id, parent_id, name, kind, path, personal_leaderboard FROM orgs
             WHERE id IN (${id}, ${parentId}) ORDER BY id FOR UPDATE`,
      );
      const org = locked.find((o) => o.id === id);
      const parent = locked.find((o) => o.id === parentId);
      if (!org || !pathInScope(org.path, scope)) throw new AppError('not_found');
      if (!parent || !pathInScope(parent.path, scope)) throw new AppError('not_found', [{ field: 'parentId', message: 'organisation not found' }]);
      if (org.parent_id == null) throw new AppError('conflict', [{ field: 'id', message: 'the root organisation cannot be moved' }]);
      if (parent.path.startsWith(org.path)) throw new AppError('org_cycle', [{ field: 'parentId', message: 'the new parent lies inside the moved subtree' }]);
      if (!kindFitsUnder(org.kind, parent.kind)) {
        throw new AppError('validation_failed', [{ field: 'parentId', message: `a ${org.kind} cannot be placed under a ${parent.kind}` }]);
      }
      await assertNameFree(tx, parent.id, org.name, org.id);
      const newPath = `${parent.path}${org.id}/`;
      const moved = await rows<{ n: number }>(
        tx,
        sql`WITH u AS (
              UPDATE orgs
                 SET path = ${newPath}::text || substring(path from ${org.path.length + 1}::int),
                     parent_id = CASE WHEN id = ${org.id}::int THEN ${parent.id}::int ELSE parent_id END
               WHERE path LIKE ${escapeLike(org.path) + '%'}
              RETURNING 1)
            SELECT count(*)::int AS n FROM u`,
      );
      await audit(tx, req, {
        action: 'org.move',
        entity: 'org',
        entityId: org.id,
        orgId: org.id,
        orgPath: newPath,
        summary: `${org.name} → ${parent.name}`,
        before: { parentId: org.parent_id, path: org.path },
        after: { parentId: parent.id, path: newPath, subtreeSize: Number(moved[0].n) },
      });
    }),
  );
}
