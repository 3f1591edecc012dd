import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';

/**
 * Community staff hold `community_staff` at the committee root; what they may act on is narrowed here to the
 * communities they are assigned to (community_staff). Never use inScope with that role's scope.
 */
export function staffCommunities(auth: AuthContext): SQL {
  return sql`(SELECT cs.community_id FROM community_staff cs WHERE cs.account_id = ${auth.accountId})`;
}

/** The community must be one of the caller's; anything else answers 404 (existence does not leak). */
export async function assertStaffOf(db: Db, auth: AuthContext, communityId: number): Promise<void> {
  const [hit] = await rows(db, sql`SELECT 1 FROM community_staff WHERE account_id = ${auth.accountId} AND community_id = ${communityId}`);
  if (!hit) throw new AppError('not_found', [{ field: 'communityId', message: 'community not found among yours' }]);
}

/** The person a member-side route acts for. */
export function personOf(auth: AuthContext): number {
  if (!auth.personId) throw new AppError('person_required');
  return auth.personId;
}

/** Accounts of a community's staff (for notices). */
export async function staffAccountsOf(db: Db, communityId: number): Promise<number[]> {
  const found = await rows<{ account_id: number }>(db, sql`SELECT account_id FROM community_staff WHERE community_id = ${communityId} ORDER BY account_id`);
  return found.map((r) => r.account_id);
}
