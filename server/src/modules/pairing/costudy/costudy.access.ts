import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import type { Guest } from '../../activities/index.js';

/** The activity type of co-study sessions (共学). */
export const CO_STUDY = 'co_study';

export interface CoStudyEntrepreneur {
  id: number;
  name: string;
  orgPath: string;
  /** The entrepreneur as a guest of the activities engine: reached through the organisation in charge and the paired cadre's organisation. */
  guest: Guest;
}

/** The signed-in entrepreneur (approved), with the organisations through which co-study sessions reach them. */
export async function coStudyEntrepreneur(db: Db, auth: AuthContext): Promise<CoStudyEntrepreneur> {
  const [e] = await rows<{ id: number; name: string; orgPath: string; status: string; pairPath: string | null }>(
    db,
    sql`SELECT e.id, e.name, e.org_path AS "orgPath", e.status,
               (SELECT p.org_path FROM pairing_pairs p WHERE p.entrepreneur_id = e.id AND p.ended_at IS NULL) AS "pairPath"
          FROM pairing_entrepreneurs e WHERE e.account_id = ${auth.accountId}`,
  );
  if (!e || e.status !== 'approved') throw new AppError('not_found', { message: 'this account is not linked to an approved entrepreneur' });
  const orgPaths = [...new Set([e.orgPath, ...(e.pairPath ? [e.pairPath] : [])])];
  return { id: e.id, name: e.name, orgPath: e.orgPath, guest: { orgPaths, role: 'entrepreneur' } };
}
