import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Db } from '../../../kernel/db/client.js';
import { escapeLike, type Scope } from '../../../kernel/access/scope.js';
import { squadInScope } from '../squads.access.js';
import type { SquadFilters, SquadListQuery } from './squads.dto.js';
import type { innovationSummaryOut, squadOut, taskSummaryOut } from './squads.responses.js';

export type SquadOut = z.infer<typeof squadOut>;

const columns = sql`s.id, s.name, s.org_id AS "orgId", o.name AS "orgName", s.field, s.mission, s.status,
  s.started_on::text AS "startedOn", s.ended_on::text AS "endedOn", s.merged_into_id AS "mergedIntoId",
  s.leader_person_id AS "leaderPersonId", lp.name AS "leaderName",
  (SELECT count(*)::int FROM squad_members m WHERE m.squad_id = s.id AND m.status = 'active') AS "memberCount",
  s.created_at AS "createdAt"`;
const from = sql`FROM squads s JOIN orgs o ON o.id = s.org_id LEFT JOIN people lp ON lp.id = s.leader_person_id`;

const orderBy: Record<SquadListQuery['sort'], SQL> = {
  name: sql`s.name, s.id`,
  '-name': sql`s.name DESC, s.id DESC`,
  startedOn: sql`s.started_on, s.id`,
  '-startedOn': sql`s.started_on DESC, s.id DESC`,
  memberCount: sql`"memberCount", s.id`,
  '-memberCount': sql`"memberCount" DESC, s.id DESC`,
  createdAt: sql`s.created_at, s.id`,
  '-createdAt': sql`s.created_at DESC, s.id DESC`,
};

/** The WHERE of the list and the export: in scope, then the filters (`orgPath`: the filter organisation, already checked in scope). */
export function squadWhere(scope: Scope, f: SquadFilters, orgPath: string | null): SQL {
  const conds: SQL[] = [squadInScope(scope)];
  if (orgPath) conds.push(sql`s.org_path LIKE ${escapeLike(orgPath) + '%'}`);
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    conds.push(sql`(s.name ILIKE ${pattern} OR s.field ILIKE ${pattern} OR s.mission ILIKE ${pattern})`);
  }
  if (f.field) conds.push(sql`s.field = ${f.field}`);
  if (f.status) conds.push(sql`s.status = ${f.status}`);
  return sql.join(conds, sql` AND `);
}

export async function listSquads(db: Db, scope: Scope, q: SquadListQuery, orgPath: string | null) {
  const where = squadWhere(scope, q, orgPath);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM squads s WHERE ${where}`);
  const items = await rows<SquadOut>(db, sql`SELECT ${columns} ${from} WHERE ${where} ORDER BY ${orderBy[q.sort]} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** Every squad of the filters, for the export (no paging). */
export function allSquads(db: Db, scope: Scope, f: SquadFilters, orgPath: string | null) {
  return rows<SquadOut & { orgPath: string }>(db, sql`SELECT ${columns}, s.org_path AS "orgPath" ${from} WHERE ${squadWhere(scope, f, orgPath)} ORDER BY ${orderBy[f.sort]}`);
}

export async function getSquad(db: Db, id: number): Promise<SquadOut | null> {
  const [s] = await rows<SquadOut>(db, sql`SELECT ${columns} ${from} WHERE s.id = ${id}`);
  return s ?? null;
}

/** The distinct fields of the squads in scope, for the filter. */
export function squadFields(db: Db, scope: Scope) {
  return rows<{ field: string; count: number }>(db, sql`SELECT s.field, count(*)::int AS count FROM squads s WHERE ${squadInScope(scope)} GROUP BY s.field ORDER BY count(*) DESC, s.field`);
}

/** Counts of the squads' hard tasks by status, on time / late, and overdue open milestones (Asia/Shanghai today). */
export async function taskSummaries(db: Db, squadIds: number[]): Promise<Map<number, z.infer<typeof taskSummaryOut>>> {
  if (squadIds.length === 0) return new Map();
  const ids = sql`${`{${squadIds.join(',')}}`}::int[]`;
  const found = await rows<z.infer<typeof taskSummaryOut> & { squadId: number }>(
    db,
    sql`SELECT t.squad_id AS "squadId", count(*)::int AS total,
               count(*) FILTER (WHERE t.status = 'open')::int AS open, count(*) FILTER (WHERE t.status = 'submitted')::int AS submitted,
               count(*) FILTER (WHERE t.status = 'returned')::int AS returned, count(*) FILTER (WHERE t.status = 'accepted')::int AS accepted,
               count(*) FILTER (WHERE t.on_time)::int AS "onTime", count(*) FILTER (WHERE t.on_time = false)::int AS late,
               coalesce(sum((SELECT count(*) FROM squad_milestones ms WHERE ms.task_id = t.id AND ms.status = 'open'
                                AND ms.due_on < (now() AT TIME ZONE 'Asia/Shanghai')::date)), 0)::int AS "overdueMilestones"
          FROM squad_tasks t WHERE t.squad_id = ANY(${ids}) GROUP BY t.squad_id`,
  );
  const empty = { total: 0, open: 0, submitted: 0, returned: 0, accepted: 0, onTime: 0, late: 0, overdueMilestones: 0 };
  return new Map(squadIds.map((id) => {
    const { squadId: _, ...s } = found.find((f) => Number(f.squadId) === id) ?? { squadId: id, ...empty };
    return [id, s];
  }));
}

export async function innovationSummaries(db: Db, squadIds: number[]): Promise<Map<number, z.infer<typeof innovationSummaryOut>>> {
  if (squadIds.length === 0) return new Map();
  const found = await rows<z.infer<typeof innovationSummaryOut> & { squadId: number }>(
    db,
    sql`SELECT squad_id AS "squadId", count(*) FILTER (WHERE status = 'submitted')::int AS submitted,
               count(*) FILTER (WHERE status = 'accepted')::int AS accepted, count(*) FILTER (WHERE status = 'declined')::int AS declined
          FROM squad_innovations WHERE squad_id = ANY(${`{${squadIds.join(',')}}`}::int[]) GROUP BY squad_id`,
  );
  return new Map(squadIds.map((id) => {
    const f = found.find((x) => Number(x.squadId) === id);
    return [id, { submitted: f?.submitted ?? 0, accepted: f?.accepted ?? 0, declined: f?.declined ?? 0 }];
  }));
}
