import { sql } from 'drizzle-orm';
import { escapeLike } from '../../../kernel/access/scope.js';
import { rows, type Db } from '../../../kernel/db/client.js';

/**
 * Fills a new round's targets in one statement. Organisation rounds: the organisations of the chosen kind inside
 * the scope (the scope's own organisation excluded). Person rounds: the young cadres of the scope — people whose
 * age on the last day of the period is at most `youngMaxAge` (the squads module's rule, default 35).
 */
export async function insertTargets(
  db: Db,
  r: { id: number; targetKind: 'org' | 'person'; scopeOrgId: number; scopeOrgPath: string; targetOrgKind: string | null; youngMaxAge: number | null; periodTo: string },
): Promise<number> {
  const under = escapeLike(r.scopeOrgPath) + '%';
  if (r.targetKind === 'org') {
    const got = await rows<{ id: number }>(
      db,
      sql`INSERT INTO assessment_targets (round_id, org_id, name, org_path)
          SELECT ${r.id}, o.id, o.name, o.path FROM orgs o WHERE o.path LIKE ${under} AND o.id <> ${r.scopeOrgId} AND o.kind = ${r.targetOrgKind} ORDER BY o.path RETURNING id`,
    );
    return got.length;
  }
  const got = await rows<{ id: number }>(
    db,
    sql`INSERT INTO assessment_targets (round_id, person_id, name, org_path)
        SELECT ${r.id}, p.id, p.name, o.path FROM people p JOIN orgs o ON o.id = p.org_id
         WHERE o.path LIKE ${under} AND p.birth_date > (${r.periodTo}::date - make_interval(years => ${(r.youngMaxAge ?? 35) + 1}))::date
         ORDER BY p.id RETURNING id`,
  );
  return got.length;
}

export interface TargetRow {
  id: number;
  orgId: number | null;
  personId: number | null;
  name: string;
  orgPath: string;
}

export const targetsOf = (db: Db, roundId: number) =>
  rows<TargetRow>(db, sql`SELECT id, org_id AS "orgId", person_id AS "personId", name, org_path AS "orgPath" FROM assessment_targets WHERE round_id = ${roundId} ORDER BY id`);
