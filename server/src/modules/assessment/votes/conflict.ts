import { sql, type SQL } from 'drizzle-orm';

/**
 * A voter (account `account`) and a target (alias `t`) conflict when the voter is the target person, or one of the
 * voter's organisations — their person's organisation and those where they hold a role other than committee admin
 * or reviewer — is the target organisation or lies inside it. Unlike rater tasks, a voter of the organisation above
 * the target (the committee's leaders, the 述职评议's first group) is not conflicted.
 */
export const voterConflict = (account: SQL) => sql`EXISTS (
  SELECT 1 FROM accounts a LEFT JOIN people p ON p.id = a.person_id
   WHERE a.id = ${account} AND (t.person_id = a.person_id
     OR EXISTS (SELECT 1 FROM orgs o WHERE (o.id = p.org_id OR o.id IN (SELECT ra.org_id FROM role_assignments ra WHERE ra.account_id = a.id AND ra.role NOT IN ('committee_admin', 'reviewer')))
                  AND o.path LIKE t.org_path || '%')))`;
