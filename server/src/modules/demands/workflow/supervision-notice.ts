import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { notifyAccount } from '../../../kernel/notifications/notify.js';

/**
 * Sends a 督办 notice to whoever must act on the demand: the handlers of its department, or the
 * committee admins while no department holds it. Returns how many accounts were told.
 */
export async function notifyDemandOwners(
  tx: Db,
  d: { id: number | string; org_id: number | null; org_path: string },
  notice: { kind: string; title: string; body: string },
): Promise<number> {
  const owners = d.org_id
    ? await rows<{ account_id: number }>(tx, sql`SELECT DISTINCT r.account_id FROM role_assignments r JOIN orgs o ON o.id = r.org_id JOIN accounts a ON a.id = r.account_id
        WHERE r.role = 'handler' AND NOT a.disabled AND ${d.org_path} LIKE o.path || '%'`)
    : await rows<{ account_id: number }>(tx, sql`SELECT DISTINCT r.account_id FROM role_assignments r JOIN orgs o ON o.id = r.org_id WHERE r.role = 'committee_admin' AND o.parent_id IS NULL`);
  for (const o of owners) await notifyAccount(tx, o.account_id, { ...notice, link: `/demands/${d.id}` });
  return owners.length;
}
