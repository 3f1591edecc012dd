import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../db/client.js';
import { inScope, type Scope } from '../../access/scope.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { AppError } from '../../errors.js';
import { audit } from '../../audit/audit.js';
import { accounts, roleAssignments } from '../../auth/auth.schema.js';
import { generatePassword, hashPassword } from '../../auth/password.js';
import { orgInScope } from '../../org/org.queries.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../org/pg-errors.js';
import type { CreateAccount } from '../accounts.dto.js';
import { assertCanGrant } from './grants.js';

const usernameTaken = () => new AppError('conflict', [{ field: 'username', message: 'username already taken' }]);

/** Opens an account with one role and a generated password that must be changed at first sign-in. */
export async function createAccount(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, input: CreateAccount) {
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  try {
    const id = await transaction(db, async (tx) => {
      const org = await orgInScope(tx, input.orgId, scope);
      if (!org) throw new AppError('not_found', [{ field: 'orgId', message: 'organisation not found' }]);
      assertCanGrant(auth, input.role, org.path);
      const [taken] = await rows(tx, sql`SELECT 1 FROM accounts WHERE lower(username) = lower(${input.username})`);
      if (taken) throw usernameTaken();
      if (input.personId != null) {
        const [person] = await rows(
          tx,
          sql`SELECT 1 FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${input.personId} AND ${inScope(sql`o.path`, scope)}`,
        );
        if (!person) throw new AppError('not_found', [{ field: 'personId', message: 'person not found' }]);
        const [linked] = await rows(tx, sql`SELECT 1 FROM accounts WHERE person_id = ${input.personId}`);
        if (linked) throw new AppError('conflict', [{ field: 'personId', message: 'this person already has an account' }]);
      }
      const [account] = await tx
        .insert(accounts)
        .values({ username: input.username, displayName: input.displayName, personId: input.personId ?? null, passwordHash, mustChangePassword: true })
        .returning({ id: accounts.id });
      await tx.insert(roleAssignments).values({ accountId: account.id, role: input.role, orgId: org.id });
      await audit(tx, req, {
        action: 'accounts.create',
        entity: 'account',
        entityId: account.id,
        orgId: org.id,
        orgPath: org.path,
        summary: `${input.username} · ${input.role} @ ${org.name}`,
        after: { username: input.username, displayName: input.displayName, personId: input.personId ?? null, role: input.role, orgId: org.id },
      });
      return account.id;
    });
    return { id, initialPassword };
  } catch (err) {
    if (pgErrorCode(err) === UNIQUE_VIOLATION) throw usernameTaken();
    throw err;
  }
}
