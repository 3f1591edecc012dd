import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { conflictReason, type ReviewerConflictFacts } from './conflicts.js';

export interface PoolReviewer extends ReviewerConflictFacts {
  accountId: number;
  name: string;
  expertise: string[];
}

/** Reviewers of a competition's round (its panel), with expertise, affiliation and declared conflicts. */
export async function panelOf(db: Db, competitionId: number, round: number): Promise<PoolReviewer[]> {
  const list = await rows<{ accountId: number; name: string; expertise: string[] | null; affiliationPath: string | null; declared: string[] | null }>(
    db,
    sql`SELECT a.id AS "accountId", a.display_name AS name, r.expertise,
               COALESCE(ao.path, po.path) AS "affiliationPath",
               (SELECT array_agg(c.org_path) FROM showcase_conflicts c WHERE c.account_id = a.id) AS declared
          FROM showcase_panel_members m JOIN accounts a ON a.id = m.account_id
          LEFT JOIN showcase_reviewers r ON r.account_id = a.id
          LEFT JOIN orgs ao ON ao.id = r.affiliation_org_id
          LEFT JOIN people p ON p.id = a.person_id LEFT JOIN orgs po ON po.id = p.org_id
         WHERE m.competition_id = ${competitionId} AND m.round = ${round}
         ORDER BY a.id`,
  );
  return list.map((r) => ({ accountId: Number(r.accountId), name: r.name, expertise: r.expertise ?? [], affiliationPath: r.affiliationPath, declaredPaths: r.declared ?? [] }));
}

export async function reviewerFacts(db: Db, accountId: number): Promise<ReviewerConflictFacts> {
  const [r] = await rows<{ affiliationPath: string | null; declared: string[] | null }>(
    db,
    sql`SELECT COALESCE(ao.path, po.path) AS "affiliationPath", (SELECT array_agg(c.org_path) FROM showcase_conflicts c WHERE c.account_id = a.id) AS declared
          FROM accounts a LEFT JOIN showcase_reviewers r ON r.account_id = a.id LEFT JOIN orgs ao ON ao.id = r.affiliation_org_id
          LEFT JOIN people p ON p.id = a.person_id LEFT JOIN orgs po ON po.id = p.org_id WHERE a.id = ${accountId}`,
  );
  return { affiliationPath: r?.affiliationPath ?? null, declaredPaths: r?.declared ?? [] };
}

export const isConflicted = (r: ReviewerConflictFacts, casePath: string) => conflictReason(r, casePath) !== null;
