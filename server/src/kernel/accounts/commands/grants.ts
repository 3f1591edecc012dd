import type { AuthContext } from '../../auth/auth-context.js';
import type { Role } from '../../access/roles.js';
import { AppError } from '../../errors.js';
import type { ManagedAccount } from '../accounts.queries.js';

/**
 * Inside their scope a caller may grant or revoke any role except committee_admin,
 * which only a committee_admin holding a tree above that organisation may hand out.
 */
export function canGrant(auth: AuthContext, role: Role, orgPath: string): boolean {
  if (role !== 'committee_admin') return true;
  return auth.assignments.some((a) => a.role === 'committee_admin' && orgPath.startsWith(a.orgPath));
}

export function assertCanGrant(auth: AuthContext, role: Role, orgPath: string) {
  if (!canGrant(auth, role, orgPath)) throw new AppError('forbidden', [{ field: 'role', message: `you cannot grant ${role}` }]);
}

/**
 * Changing an account (new password, unlock, a role added or removed) needs power over every
 * role it holds, or an org_admin could act on a committee admin who also sits in their agency.
 */
export function assertControlsAccount(auth: AuthContext, account: ManagedAccount) {
  const beyond = account.assignments.filter((a) => !a.inScope || !canGrant(auth, a.role, a.orgPath));
  if (beyond.length) throw new AppError('forbidden', { reason: 'the account holds roles outside your authority' });
}

/** Where the audit row of an account change is filed: its first assignment inside the caller's scope. */
export function auditOrg(account: ManagedAccount) {
  const a = account.assignments.find((x) => x.inScope);
  return { orgId: a?.orgId ?? null, orgPath: a?.orgPath ?? null };
}
