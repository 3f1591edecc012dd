import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../db/client.js';
import type { Scope } from '../../access/scope.js';
import type { Role } from '../../access/roles.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { AppError } from '../../errors.js';
import { audit } from '../../audit/audit.js';
import { orgInScope } from '../../org/org.queries.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../org/pg-errors.js';
import { accountForChange } from '../accounts.queries.js';
import { assertCanGrant, assertControlsAccount } from './grants.js';

const alreadyHeld = () => new AppError('conflict', [{ field: 'role', message: 'the account already holds this role there' }]);

export async function addRole(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, accountId: number, input: { role: Role; orgId: number }) {
  try {
    await transaction(db, async (tx) => {
      const account = await accountForChange(tx, accountId, scope);
      if (!account) throw new AppError('not_found');
      assertControlsAccount(auth, account);
      const org = await orgInScope(tx, input.orgId, scope);
      if (!org) throw new AppError('not_found', [{ field: 'orgId', message: 'organisation not found' }]);
      assertCanGrant(auth, input.role, org.path);
      if (account.assignments.some((a) => a.role === input.role && a.orgId === org.id)) throw alreadyHeld();
      const [row] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${accountId}, ${input.role}, ${org.id}) RETURNING id`,
      );
      await audit(tx, req, {
        action: 'accounts.role_added',
        entity: 'account',
        entityId: accountId,
        orgId: org.id,
        orgPath: org.path,
        summary: `${account.username} + ${input.role} @ ${org.name}`,
        after: { assignmentId: row.id, role: input.role, orgId: org.id },
      });
    });
  } catch (err) {
    if (pgErrorCode(err) === UNIQUE_VIOLATION) throw alreadyHeld();
    throw err;
  }
}

export async function removeRole(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, accountId: number, assignmentId: number) {
  await transaction(db, async (tx) => {
    const account = await accountForChange(tx, accountId, scope);
    const assignment = account?.assignments.find((a) => a.id === assignmentId && a.inScope);
    if (!account || !assignment) throw new AppError('not_found');
    assertControlsAccount(auth, account);
    assertCanGrant(auth, assignment.role, assignment.orgPath);
    // Nobody removes their own roles: an administrator could lock the whole tree out by accident.
    if (accountId === auth.accountId) throw new AppError('conflict', [{ field: 'assignmentId', message: 'you cannot remove your own role' }]);
    await tx.execute(sql`DELETE FROM role_assignments WHERE id = ${assignmentId}`);
    await audit(tx, req, {
      action: 'accounts.role_removed',
      entity: 'account',
      entityId: accountId,
      orgId: assignment.orgId,
      orgPath: assignment.orgPath,
      summary: `${account.username} − ${assignment.role} @ ${assignment.orgName}`,
      before: { assignmentId, role: assignment.role, orgId: assignment.orgId },
    });
  });
}
