import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/client.js';
import { inScope, type Scope } from '../access/scope.js';
import { ruleNotes } from './points.defaults.js';

export interface Period {
  from?: string;
  to?: string;
}

function periodSql(p: Period): SQL {
  const parts: SQL[] = [];
  if (p.from) parts.push(sql` AND l.day >= ${p.from}`);
  if (p.to) parts.push(sql` AND l.day <= ${p.to}`);
  return sql.join(parts, sql``);
}

export async function myPoints(db: Db, personId: number, page: number, pageSize: number) {
  const [sum] = await rows<{ balance: number; total: number }>(
    db,
    sql`SELECT coalesce(sum(points), 0)::int AS balance, count(*)::int AS total FROM points_ledger WHERE person_id = ${personId}`,
  );
  const items = await rows<{ at: Date | string; rule_code: string; rule_name: string | null; points: number; note: string | null }>(
    db,
    sql`SELECT l.at, l.rule_code, r.name AS rule_name, l.points, l.note
          FROM points_ledger l LEFT JOIN points_rules r ON r.code = l.rule_code
         WHERE l.person_id = ${personId}
         ORDER BY l.at DESC, l.id DESC
         LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );
  return {
    balance: sum.balance,
    total: sum.total,
    page,
    pageSize,
    items: items.map((i) => ({
      at: new Date(i.at).toISOString(),
      ruleCode: i.rule_code,
      ruleName: i.rule_name ?? i.rule_code,
      points: i.points,
      note: i.note,
    })),
  };
}

/** The caller's widest subtree root for a permission (shortest path), as an org id. */
export function scopeRootId(scope: Scope): number | null {
  const root = [...scope.paths].sort((a, b) => a.length - b.length)[0];
  if (!root) return null;
  return Number(root.split('/').filter(Boolean).at(-1));
}

export type OrgRow = { id: number; name: string; path: string; personal_leaderboard: boolean };

export async function orgInScope(db: Db, orgId: number, scope: Scope): Promise<OrgRow | undefined> {
  const [org] = await rows<OrgRow>(db, sql`SELECT id, name, path, personal_leaderboard FROM orgs WHERE id = ${orgId} AND ${inScope(sql`path`, scope)}`);
  return org;
}

/** An org the caller's own person record lies under (their branch and its ancestors). */
export async function orgOfOwnPerson(db: Db, orgId: number, personId: number | null): Promise<OrgRow | undefined> {
  if (personId == null) return undefined;
  const [org] = await rows<OrgRow>(
    db,
    sql`SELECT o.id, o.name, o.path, o.personal_leaderboard
          FROM orgs o, people p JOIN orgs po ON po.id = p.org_id
         WHERE o.id = ${orgId} AND p.id = ${personId} AND po.path LIKE o.path || '%'`,
  );
  return org;
}

export async function personOrgId(db: Db, personId: number): Promise<number | null> {
  const [p] = await rows<{ org_id: number }>(db, sql`SELECT org_id FROM people WHERE id = ${personId}`);
  return p?.org_id ?? null;
}

/**
 * Totals per child of `parent`: points earned while in the child's subtree (the ledger keeps the
 * org path of the moment) and the people in it now. Aggregates only — no person appears.
 */
export async function orgLeaderboard(db: Db, parent: OrgRow, period: Period, sort: 'perCapita' | 'points') {
  const prefix = parent.path;
  const childOf = (col: SQL) => sql`split_part(substr(${col}, ${prefix.length + 1}), '/', 1)`;
  const list = await rows<{ id: number; name: string; points: number; members: number }>(
    db,
    sql`WITH pts AS (
          SELECT ${childOf(sql`l.org_path`)} AS child, sum(l.points)::int AS points
            FROM points_ledger l
           WHERE l.org_path LIKE ${prefix + '%'} AND l.org_path <> ${prefix} ${periodSql(period)}
           GROUP BY 1),
        mem AS (
          SELECT ${childOf(sql`o.path`)} AS child, count(*)::int AS members
            FROM people p JOIN orgs o ON o.id = p.org_id
           WHERE o.path LIKE ${prefix + '%'} AND o.path <> ${prefix}
           GROUP BY 1)
        SELECT c.id, c.name, coalesce(pts.points, 0) AS points, coalesce(mem.members, 0) AS members
          FROM orgs c
          LEFT JOIN pts ON pts.child = c.id::text
          LEFT JOIN mem ON mem.child = c.id::text
         WHERE c.parent_id = ${parent.id}
         ORDER BY c.sort, c.id`,
  );
  const items = list.map((c) => ({
    orgId: c.id,
    name: c.name,
    points: c.points,
    members: c.members,
    perCapita: c.members ? Math.round((c.points / c.members) * 100) / 100 : 0,
  }));
  items.sort((a, b) => (sort === 'points' ? b.points - a.points : b.perCapita - a.perCapita || b.points - a.points));
  return items;
}

/** Personal ranking of the people now in the org's subtree, by points earned there. */
export async function peopleLeaderboard(db: Db, org: OrgRow, period: Period, limit: number) {
  const list = await rows<{ id: number; name: string; points: number; rank: number }>(
    db,
    sql`SELECT p.id, p.name, coalesce(s.points, 0)::int AS points,
               rank() OVER (ORDER BY coalesce(s.points, 0) DESC)::int AS rank
          FROM people p JOIN orgs o ON o.id = p.org_id
          LEFT JOIN (SELECT l.person_id, sum(l.points) AS points FROM points_ledger l
                      WHERE l.org_path LIKE ${org.path + '%'} ${periodSql(period)} GROUP BY l.person_id) s ON s.person_id = p.id
         WHERE o.path LIKE ${org.path + '%'}
         ORDER BY points DESC, p.id
         LIMIT ${limit}`,
  );
  return list.map((p) => ({ personId: p.id, name: p.name, points: p.points, rank: p.rank }));
}

export type RuleRow = { code: string; name: string; event_type: string; points: number; daily_cap: number | null; active: boolean; updated_at: Date | string };

export function presentRule(r: RuleRow) {
  return {
    code: r.code,
    name: r.name,
    eventType: r.event_type,
    points: r.points,
    dailyCap: r.daily_cap,
    active: r.active,
    note: ruleNotes.get(r.code) ?? null,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

export async function listRules(db: Db) {
  const list = await rows<RuleRow>(db, sql`SELECT * FROM points_rules ORDER BY active DESC, code`);
  return list.map(presentRule);
}
