import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import type { Role } from '../../../kernel/access/roles.js';
import { inAudience, type ActivityRow } from '../activities.access.js';

/**
 * Guests are participants kept by another module (pairing's entrepreneurs, who are not people): that module keeps
 * their sign-ups, the engine their seats. A guest reaches an activity whose audience covers any of their
 * organisation paths (e.g. the organisation in charge of them) with their role.
 */
export interface Guest {
  orgPaths: readonly string[];
  role: Role;
}

export const guestInAudience = (a: Pick<ActivityRow, 'audience_paths' | 'audience_roles' | 'org_path'>, guest: Guest) =>
  guest.orgPaths.some((orgPath) => inAudience(a, { personId: 0, orgPath, roles: [guest.role] }));

/**
 * Locks the activity row for the rest of the transaction; unknown, a draft, another type or not for the guest → 404.
 * `guest` null: the calling module already links the guest to the activity (their own sign-up), no audience check.
 */
export async function lockActivityForGuest(tx: Db, activityId: number, guest: Guest | null, typeCode: string): Promise<ActivityRow> {
  const [a] = await rows<ActivityRow>(tx, sql`SELECT * FROM activities WHERE id = ${activityId} AND type_code = ${typeCode} FOR UPDATE`);
  if (!a || a.status === 'draft' || (guest && !guestInAudience(a, guest))) throw new AppError('not_found');
  return a;
}
