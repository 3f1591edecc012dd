import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../db/client.js';
import type { Scope } from '../../access/scope.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { AppError } from '../../errors.js';
import { audit } from '../../audit/audit.js';
import { generatePassword, hashPassword } from '../../auth/password.js';
import { destroyAccountSessions } from '../../auth/sessions.js';
import { accountForChange } from '../accounts.queries.js';
import { assertControlsAccount, auditOrg } from './grants.js';

/** A new generated password, to be changed at next sign-in; every open session of the account ends. */
export async function resetPassword(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, accountId: number): Promise<string> {
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  await transaction(db, async (tx) => {
    const account = await accountForChange(tx, accountId, scope);
    if (!account) throw new AppError('not_found');
    assertControlsAccount(auth, account);
    await tx.execute(
      sql`UPDATE accounts SET password_hash = ${passwordHash}, must_change_password = true, failed_attempts = 0, locked_until = NULL WHERE id = ${accountId}`,
    );
    await destroyAccountSessions(tx, accountId);
    await audit(tx, req, { action: 'accounts.password_reset', entity: 'account', entityId: accountId, summary: account.username, ...auditOrg(account) });
  });
  return initialPassword;
}

export async function unlockAccount(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, accountId: number) {
  await transaction(db, async (tx) => {
    const account = await accountForChange(tx, accountId, scope);
    if (!account) throw new AppError('not_found');
    assertControlsAccount(auth, account);
    const [before] = await rows<{ failed_attempts: number; locked_until: string | null }>(
      tx,
      sql`SELECT failed_attempts, locked_until::text FROM accounts WHERE id = ${accountId}`,
    );
    await tx.execute(sql`UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ${accountId}`);
    await audit(tx, req, {
      action: 'accounts.unlock',
      entity: 'account',
      entityId: accountId,
      summary: account.username,
      before: { failedAttempts: before.failed_attempts, lockedUntil: before.locked_until },
      after: { failedAttempts: 0, lockedUntil: null },
      ...auditOrg(account),
    });
  });
}
