import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { transaction } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import type { ContentCategory } from '../../../../../common/content-categories.js';
import { lockItem } from './update-item.js';
import { textArray } from './create-item.js';

/** Category and tags change in any state: they file an item, they do not change what readers read, so no new review. */
export async function setLabels(db: Db, req: FastifyRequest, scope: Scope, id: number, input: { category: ContentCategory | null; tags: string[] }) {
  await transaction(db, async (tx) => {
    const item = await lockItem(tx, id, scope);
    await tx.execute(sql`UPDATE content_items SET category = ${input.category}, tags = ${textArray(input.tags)}::text[], updated_at = now() WHERE id = ${id}`);
    await audit(tx, req, {
      action: 'content.labels',
      entity: 'content_item',
      entityId: id,
      orgId: item.org_id,
      orgPath: item.org_path,
      summary: item.title,
      before: { category: item.category, tags: item.tags },
      after: input,
    });
  });
}
