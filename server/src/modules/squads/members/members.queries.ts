import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Db } from '../../../kernel/db/client.js';
import type { MembershipStatus } from '../squads.schema.js';
import type { squadMemberOut } from '../squads/squads.responses.js';

export type SquadMemberOut = z.infer<typeof squadMemberOut>;

const columns = sql`m.id, m.squad_id AS "squadId", m.person_id AS "personId", p.name, o.name AS "orgName", p.unit, p.position,
  extract(year from age((now() AT TIME ZONE 'Asia/Shanghai')::date, p.birth_date))::int AS age,
  m.role, m.status, m.join_reason AS "joinReason", m.proposed_at AS "proposedAt", pa.display_name AS "proposedByName",
  m.confirmed_at AS "confirmedAt", ca.display_name AS "confirmedByName", m.reject_reason AS "rejectReason",
  m.joined_at AS "joinedAt", m.left_at AS "leftAt", m.leave_reason AS "leaveReason"`;
const from = sql`FROM squad_members m JOIN people p ON p.id = m.person_id JOIN orgs o ON o.id = p.org_id
  LEFT JOIN accounts pa ON pa.id = m.proposed_by LEFT JOIN accounts ca ON ca.id = m.confirmed_by`;

/** Membership rows of a squad: only `statuses` when given; active ones leader first, history newest first. */
export function membersOf(db: Db, squadId: number, statuses?: readonly MembershipStatus[]) {
  const cond: SQL = statuses?.length ? sql`AND m.status IN (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)})` : sql``;
  return rows<SquadMemberOut>(
    db,
    sql`SELECT ${columns} ${from} WHERE m.squad_id = ${squadId} ${cond}
         ORDER BY (m.status = 'active' AND m.role = 'leader') DESC, greatest(m.proposed_at, m.joined_at, m.confirmed_at, m.left_at) DESC, m.id DESC`,
  );
}

export async function memberRow(db: Db, id: number): Promise<SquadMemberOut | null> {
  const [m] = await rows<SquadMemberOut>(db, sql`SELECT ${columns} ${from} WHERE m.id = ${id}`);
  return m ?? null;
}
