import { sql, type SQL } from 'drizzle-orm';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';

/**
 * Community staff act for the communities they are listed for in community_staff, never through the org tree
 * (their role is held at the committee root). SQL condition on a community id column.
 */
export const staffCommunities = (auth: AuthContext): SQL => sql`(SELECT s.community_id FROM community_staff s WHERE s.account_id = ${auth.accountId})`;
export const forMyCommunities = (column: SQL, auth: AuthContext): SQL => sql`${column} IN ${staffCommunities(auth)}`;
