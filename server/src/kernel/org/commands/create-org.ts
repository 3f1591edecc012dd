import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../db/client.js';
import type { Scope } from '../../access/scope.js';
import { AppError } from '../../errors.js';
import { audit } from '../../audit/audit.js';
import { kindFitsUnder, orgInScope, orgSnapshot, type OrgKind, type OrgRow } from '../org.queries.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../pg-errors.js';

export const duplicateName = () => new AppError('conflict', [{ field: 'name', message: 'an organisation with this name already exists under the same parent' }]);

/** Refuses a second sibling with the same name before the unique index does, so the error names the field. */
export async function assertNameFree(db: Db, parentId: number, name: string, exceptId = 0) {
  const [dup] = await rows(db, sql`SELECT 1 FROM orgs WHERE parent_id = ${parentId} AND name = ${name} AND id <> ${exceptId}`);
  if (dup) throw duplicateName();
}

export async function withNameConflict<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (pgErrorCode(err) === UNIQUE_VIOLATION) throw duplicateName();
    throw err;
  }
}

/** A new organisation under a parent in the caller's org.write scope; `path` is the parent's plus the new id. */
export async function createOrg(db: Db, req: FastifyRequest, scope: Scope, input: { parentId: number; name: string; kind: OrgKind }): Promise<number> {
  return withNameConflict(
    transaction(db, async (tx) => {
      // The parent row is locked so a concurrent move cannot change the path we copy.
      const parent = await orgInScope(tx, input.parentId, scope, true);
      if (!parent) throw new AppError('not_found', [{ field: 'parentId', message: 'organisation not found' }]);
      if (!kindFitsUnder(input.kind, parent.kind)) {
        throw new AppError('validation_failed', [{ field: 'kind', message: `a ${input.kind} cannot be placed under a ${parent.kind}` }]);
      }
      await assertNameFree(tx, parent.id, input.name);
      const [org] = await rows<OrgRow>(
        tx,
        sql`INSERT INTO orgs (parent_id, name, kind, sort, path)
            VALUES (${parent.id}, ${input.name}, ${input.kind},
                    (SELECT coalesce(max(sort), -1) + 1 FROM orgs WHERE parent_id = ${parent.id}), '')
            RETURNING id, parent_id, name, kind, path, personal_leaderboard`,
      );
      const path = `${parent.path}${org.id}/`;
      await tx.execute(sql`UPDATE orgs SET path = ${path} WHERE id = ${org.id}`);
      await audit(tx, req, {
        action: 'org.create',
        entity: 'org',
        entityId: org.id,
        orgId: org.id,
        orgPath: path,
        summary: `${parent.name} / ${org.name}`,
        after: orgSnapshot({ ...org, path }),
      });
      return org.id;
    }),
  );
}
