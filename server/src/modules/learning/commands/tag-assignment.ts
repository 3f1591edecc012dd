import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { pgArray } from './save-question.js';

/** An empty list removes the row, so the organisation falls back to its parent's tags (or all tags). */
export async function setTagAssignment(db: Db, req: FastifyRequest, org: { id: number; path: string }, tags: string[]) {
  const clean = [...new Set(tags)];
  await transaction(db, async (tx) => {
    const [before] = await rows<{ tags: string[] }>(tx, sql`SELECT tags FROM learning_tag_assignments WHERE org_id = ${org.id}`);
    if (clean.length === 0) await tx.execute(sql`DELETE FROM learning_tag_assignments WHERE org_id = ${org.id}`);
    else {
      await tx.execute(sql`INSERT INTO learning_tag_assignments (org_id, org_path, tags, updated_by) VALUES (${org.id}, ${org.path}, ${pgArray(clean)}::text[], ${req.auth?.accountId ?? null})
        ON CONFLICT (org_id) DO UPDATE SET tags = EXCLUDED.tags, org_path = EXCLUDED.org_path, updated_by = EXCLUDED.updated_by, updated_at = now()`);
    }
    await audit(tx, req, { action: 'learning.tags_assign', entity: 'org', entityId: org.id, orgId: org.id, orgPath: org.path, before: before?.tags ?? null, after: clean });
  });
}

/** The tags a person's daily quiz draws from: the nearest assignment up the tree, or null for every tag. */
export async function tagsFor(db: Db, orgPath: string): Promise<string[] | null> {
  const [row] = await rows<{ tags: string[] }>(
    db,
    sql`SELECT tags FROM learning_tag_assignments WHERE ${orgPath} LIKE org_path || '%' ORDER BY length(org_path) DESC LIMIT 1`,
  );
  return row?.tags ?? null;
}
