import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../../kernel/access/scope.js';
import type { myTeamOut, teamMemberOut, teamOut } from './teams.responses.js';
import type { teamListQuery } from './teams.dto.js';

type Team = z.infer<typeof teamOut>;

const teamColumns = sql`t.id, t.name, t.org_id AS "orgId", o.name AS "orgName", t.captain_person_id AS "captainPersonId", cp.name AS "captainName",
  t.service_types AS "serviceTypes", t.description, t.status, t.created_at AS "createdAt", t.disbanded_at AS "disbandedAt",
  (SELECT count(*)::int FROM community_team_members m WHERE m.team_id = t.id AND m.left_at IS NULL) AS "memberCount",
  coalesce((SELECT array_agg(a.community_id ORDER BY a.community_id) FROM community_team_areas a WHERE a.team_id = t.id AND a.community_id IS NOT NULL), '{}') AS "communityIds",
  coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.id) FROM community_team_areas a JOIN communities c ON c.id = a.community_id WHERE a.team_id = t.id), '[]') AS communities,
  coalesce((SELECT array_agg(a.street_code ORDER BY a.street_code) FROM community_team_areas a WHERE a.team_id = t.id AND a.street_code IS NOT NULL), '{}') AS "streetCodes"`;
const teamFrom = sql`FROM community_volunteer_teams t JOIN orgs o ON o.id = t.org_id LEFT JOIN people cp ON cp.id = t.captain_person_id`;

const orderOf: Record<z.infer<typeof teamListQuery>['sort'], SQL> = {
  name: sql`t.name, t.id`,
  createdAt: sql`t.created_at, t.id`,
  '-createdAt': sql`t.created_at DESC, t.id DESC`,
  '-members': sql`"memberCount" DESC, t.id`,
};

/** Teams owned by organisations in the caller's scope, filtered, searched and paged. */
export async function listTeams(db: Db, scope: Scope, q: z.infer<typeof teamListQuery>, underPath?: string) {
  const where: SQL[] = [inScope(sql`t.org_path`, scope)];
  if (q.q) where.push(sql`(t.name LIKE ${'%' + escapeLike(q.q) + '%'} OR cp.name LIKE ${'%' + escapeLike(q.q) + '%'})`);
  if (underPath) where.push(sql`t.org_path LIKE ${escapeLike(underPath) + '%'}`);
  if (q.status) where.push(sql`t.status = ${q.status}`);
  if (q.serviceType) where.push(sql`${q.serviceType} = ANY(t.service_types)`);
  if (q.communityId) where.push(sql`EXISTS (SELECT 1 FROM community_team_areas a WHERE a.team_id = t.id AND a.community_id = ${q.communityId})`);
  if (q.streetCode) {
    where.push(sql`EXISTS (SELECT 1 FROM community_team_areas a LEFT JOIN communities c ON c.id = a.community_id
                            WHERE a.team_id = t.id AND (a.street_code = ${q.streetCode} OR c.street_code = ${q.streetCode}))`);
  }
  const cond = sql.join(where, sql` AND `);
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${teamFrom} WHERE ${cond}`);
  const items = await rows<Team>(db, sql`SELECT ${teamColumns} ${teamFrom} WHERE ${cond} ORDER BY ${orderOf[q.sort]} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total: n, page: q.page, pageSize: q.pageSize };
}

/** One team in the caller's scope, or undefined (unknown and outside look the same). */
export async function getTeam(db: Db, scope: Scope, id: number): Promise<(Team & { orgPath: string }) | undefined> {
  const [t] = await rows<Team & { orgPath: string }>(db, sql`SELECT ${teamColumns}, t.org_path AS "orgPath" ${teamFrom} WHERE t.id = ${id} AND ${inScope(sql`t.org_path`, scope)}`);
  return t;
}

export function teamMembers(db: Db, teamId: number, withHistory: boolean) {
  return rows<z.infer<typeof teamMemberOut>>(
    db,
    sql`SELECT m.person_id AS "personId", p.name, o.name AS "orgName", (m.person_id = t.captain_person_id AND m.left_at IS NULL) AS "isCaptain",
               m.joined_at AS "joinedAt", m.left_at AS "leftAt"
          FROM community_team_members m JOIN community_volunteer_teams t ON t.id = m.team_id
          JOIN people p ON p.id = m.person_id JOIN orgs o ON o.id = p.org_id
         WHERE m.team_id = ${teamId} ${withHistory ? sql`` : sql`AND m.left_at IS NULL`}
         ORDER BY (m.left_at IS NULL) DESC, "isCaptain" DESC, m.joined_at, m.id`,
  );
}

/** The teams a person is in now (a person may be in several). */
export function myTeams(db: Db, personId: number) {
  return rows<z.infer<typeof myTeamOut>>(
    db,
    sql`SELECT t.id, t.name, o.name AS "orgName", t.status, (t.captain_person_id = ${personId}) AS "isCaptain", m.joined_at AS "joinedAt",
               t.service_types AS "serviceTypes", (SELECT count(*)::int FROM community_team_members x WHERE x.team_id = t.id AND x.left_at IS NULL) AS "memberCount"
          FROM community_team_members m JOIN community_volunteer_teams t ON t.id = m.team_id JOIN orgs o ON o.id = t.org_id
         WHERE m.person_id = ${personId} AND m.left_at IS NULL
         ORDER BY t.status, t.name, t.id`,
  );
}
