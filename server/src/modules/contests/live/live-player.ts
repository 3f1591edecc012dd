import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import type { RoundState } from '../round-state.js';

export interface PlayerRow {
  id: number;
  personId: number;
  name: string;
  teamId: number | null;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Who may play: people of the contest's organisation subtree, or on a team roster.
 * In a team contest a player plays for the team whose roster names them, else for
 * the team of the nearest organisation above them; no team → not an entrant.
 */
export async function entrantTeam(db: Db, s: Pick<RoundState, 'contestId' | 'contestOrgPath' | 'entrantKind'>, personId: number, orgPath: string): Promise<{ ok: boolean; teamId: number | null }> {
  const [t] = await rows<{ id: number }>(
    db,
    sql`SELECT id FROM contest_teams WHERE contest_id = ${s.contestId}
          AND (${personId} = ANY(roster) OR (org_path IS NOT NULL AND ${orgPath} LIKE org_path || '%'))
        ORDER BY (${personId} = ANY(roster)) DESC, length(coalesce(org_path, '')) DESC LIMIT 1`,
  );
  if (s.entrantKind === 'team') return { ok: !!t, teamId: t?.id ?? null };
  return { ok: !!t || orgPath.startsWith(s.contestOrgPath), teamId: t?.id ?? null };
}

/**
 * Joins (or re-joins) a round for the signed-in person; a fresh resume token replaces the old one.
 * Returns null when the person is not an entrant.
 */
export async function joinRound(db: Db, s: RoundState, auth: AuthContext): Promise<{ player: PlayerRow; token: string; created: boolean } | null> {
  if (!auth.personId) return null;
  const [person] = await rows<{ name: string; path: string }>(db, sql`SELECT p.name, o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${auth.personId}`);
  if (!person) return null;
  const team = await entrantTeam(db, s, auth.personId, person.path);
  if (!team.ok) return null;
  const token = randomBytes(24).toString('base64url');
  const [row] = await rows<{ id: number; created: boolean }>(
    db,
    sql`INSERT INTO contest_players (round_id, person_id, name, org_path, team_id, token_hash)
        VALUES (${s.id}, ${auth.personId}, ${person.name}, ${person.path}, ${team.teamId}, ${hashToken(token)})
        ON CONFLICT (round_id, person_id) DO UPDATE SET token_hash = EXCLUDED.token_hash
        RETURNING id, (xmax = 0) AS created`,
  );
  return { player: { id: row.id, personId: auth.personId, name: person.name, teamId: team.teamId }, token, created: row.created };
}

export async function playerByToken(db: Db, roundId: number, token: string): Promise<PlayerRow | null> {
  const [p] = await rows<PlayerRow>(
    db,
    sql`SELECT id, person_id AS "personId", name, team_id AS "teamId" FROM contest_players WHERE round_id = ${roundId} AND token_hash = ${hashToken(token)}`,
  );
  return p ?? null;
}
