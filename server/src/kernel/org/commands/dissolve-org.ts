import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../db/client.js';
import type { Scope } from '../../access/scope.js';
import { AppError } from '../../errors.js';
import { audit } from '../../audit/audit.js';
import { orgInScope, orgSnapshot } from '../org.queries.js';
import { FOREIGN_KEY_VIOLATION, pgErrorCode } from '../pg-errors.js';

/** Deletes an organisation that has no children, no people and no role assignments. */
export async function dissolveOrg(db: Db, req: FastifyRequest, scope: Scope, id: number) {
  try {
    await transaction(db, async (tx) => {
      const org = await orgInScope(tx, id, scope, true);
      if (!org) throw new AppError('not_found');
      const [c] = await rows<{ children: number; people: number; accounts: number }>(
        tx,
        sql`SELECT (SELECT count(*)::int FROM orgs WHERE parent_id = ${id}) AS children,
                   (SELECT count(*)::int FROM people WHERE org_id = ${id}) AS people,
                   (SELECT count(*)::int FROM role_assignments WHERE org_id = ${id}) AS accounts`,
      );
      if (c.children > 0 || c.people > 0 || c.accounts > 0) throw new AppError('org_not_empty', c);
      await tx.execute(sql`DELETE FROM orgs WHERE id = ${id}`);
      await audit(tx, req, { action: 'org.dissolve', entity: 'org', entityId: id, orgId: id, orgPath: org.path, summary: org.name, before: orgSnapshot(org) });
    });
  } catch (err) {
    // Records of other modules (activities, …) still point at it.
    if (pgErrorCode(err) === FOREIGN_KEY_VIOLATION) throw new AppError('org_not_empty', { reason: 'referenced by other records' });
    throw err;
  }
}
