import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';

/** A member acting for themselves. */
export interface Member {
  personId: number;
  orgId: number;
  orgPath: string;
}

export async function memberOf(db: Db, auth: AuthContext): Promise<Member> {
  if (!auth.personId) throw new AppError('person_required');
  const [p] = await rows<{ org_id: number; path: string }>(db, sql`SELECT p.org_id, o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${auth.personId}`);
  if (!p) throw new AppError('person_required');
  return { personId: auth.personId, orgId: p.org_id, orgPath: p.path };
}

/** SQL: the project (alias j) is organised by the member's organisation or one above it. */
export const projectOpenTo = (m: Member) => sql`${m.orgPath} LIKE j.org_path || '%'`;
