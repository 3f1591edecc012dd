import { sql } from 'drizzle-orm';
import type { Db } from '../server/src/kernel/db/client.js';
import { rows } from '../server/src/kernel/db/client.js';
import { makeIdNumber } from '../server/src/kernel/org/id-number.js';
import { createSession } from '../server/src/kernel/auth/sessions.js';

/**
 * Adds `n` members with accounts and live sessions under one organisation, without
 * password hashing, for tests that need many signed-in people at once.
 */
export async function bulkMembers(db: Db, orgId: number, n: number, prefix = 'bulk') {
  const seq = 501 + ([...prefix].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 200, 7) * 2);
  const people: number[] = [];
  for (let i = 0; i < n; i += 500) {
    const batch = Array.from({ length: Math.min(500, n - i) }, (_, k) => i + k);
    const values = batch.map((k) => {
      const birth = new Date(Date.UTC(1980, 0, 1) + k * 86400_000).toISOString().slice(0, 10);
      return sql`(${orgId}, ${`${prefix}${k}`}, '男', ${birth}, ${makeIdNumber('370202', birth, seq, true)}, '正式党员')`;
    });
    const inserted = await rows<{ id: number }>(db, sql`INSERT INTO people (org_id, name, gender, birth_date, id_number, party_status) VALUES ${sql.join(values, sql`, `)} RETURNING id`);
    people.push(...inserted.map((r) => r.id));
  }
  const sessions: Array<{ personId: number; cookie: string; csrfToken: string }> = [];
  for (const [k, personId] of people.entries()) {
    const [acc] = await rows<{ id: number }>(
      db,
      sql`INSERT INTO accounts (username, password_hash, person_id, display_name) VALUES (${`${prefix}_${k}_${personId}`}, 'x', ${personId}, ${`${prefix}${k}`}) RETURNING id`,
    );
    await db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${acc.id}, 'member', ${orgId})`);
    const s = await createSession(db, acc.id, { idleMinutes: 30, absoluteHours: 1 }, {});
    sessions.push({ personId, cookie: `vg_sid=${s.token}`, csrfToken: s.csrfToken });
  }
  return sessions;
}
