import { sql } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';
import { AppError } from '../errors.js';
import { requireAuth, type AuthContext } from '../auth/auth-context.js';
import { pathInScope, scopeFor } from './scope.js';

/**
 * City-wide settings (catalogues, calendars, rules, keys) may only be changed by whoever holds
 * `permission` at the root of the organisation tree: an admin of one district or unit may not.
 */
export async function assertCityWide(db: Db, auth: AuthContext | null, permission: string): Promise<void> {
  const scope = scopeFor(requireAuth(auth), permission);
  const [root] = await rows<{ path: string }>(db, sql`SELECT path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root || !pathInScope(root.path, scope)) throw new AppError('forbidden', { reason: 'city-wide setting: only the committee of the whole city may change it' });
}
