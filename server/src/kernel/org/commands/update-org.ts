import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { transaction, type Db } from '../../db/client.js';
import type { Scope } from '../../access/scope.js';
import { AppError } from '../../errors.js';
import { audit, diff } from '../../audit/audit.js';
import { orgInScope, orgSnapshot } from '../org.queries.js';
import { assertNameFree, withNameConflict } from './create-org.js';

/** Rename an organisation or switch its personal leaderboard. */
export async function updateOrg(db: Db, req: FastifyRequest, scope: Scope, id: number, input: { name?: string; personalLeaderboard?: boolean }) {
  await withNameConflict(
    transaction(db, async (tx) => {
      const org = await orgInScope(tx, id, scope, true);
      if (!org) throw new AppError('not_found');
      if (input.name !== undefined && org.parent_id != null) await assertNameFree(tx, org.parent_id, input.name, org.id);
      const name = input.name ?? org.name;
      const personalLeaderboard = input.personalLeaderboard ?? org.personal_leaderboard;
      await tx.execute(sql`UPDATE orgs SET name = ${name}, personal_leaderboard = ${personalLeaderboard} WHERE id = ${id}`);
      const before = orgSnapshot(org);
      const changes = diff(before, { name, personalLeaderboard });
      await audit(tx, req, { action: 'org.update', entity: 'org', entityId: id, orgId: id, orgPath: org.path, summary: name, ...changes });
    }),
  );
}
