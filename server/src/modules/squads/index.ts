import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { pathInScope, type Scope } from '../../kernel/access/scope.js';

/** What other modules may use of squads. */

/**
 * A squad as a contest team (contests' team kind `squad`): the active squad if it lies in `scope`, with its supervising
 * organisation and the person ids of its active members (the team's roster); null when unknown, ended or out of scope.
 */
export async function squadAsTeam(db: Db, scope: Scope, squadId: number): Promise<{ id: number; name: string; orgId: number; orgPath: string; memberIds: number[] } | null> {
  const [s] = await rows<{ id: number; name: string; orgId: number; orgPath: string; memberIds: number[] | null }>(
    db,
    sql`SELECT s.id, s.name, s.org_id AS "orgId", s.org_path AS "orgPath",
               (SELECT array_agg(m.person_id ORDER BY m.person_id) FROM squad_members m WHERE m.squad_id = s.id AND m.status = 'active') AS "memberIds"
          FROM squads s WHERE s.id = ${squadId} AND s.status = 'active'`,
  );
  if (!s || !pathInScope(s.orgPath, scope)) return null;
  return { ...s, memberIds: s.memberIds ?? [] };
}

export { squadsGrowth, fiveDimensions } from './squads.growth.js';
