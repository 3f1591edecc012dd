import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { isoInstant, rowIdParam } from '../../kernel/dto.js';
import type { App, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { escapeLike, pathInScope, scopeFor } from '../../kernel/access/scope.js';
import { statsOut } from './activities.responses.js';

export const statsQuery = z.object({
  groupBy: z.enum(['type', 'category', 'org']).default('category'),
  orgId: rowIdParam.optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
});

/**
 * Activities held and attendances, grouped by type, category or child organisation —
 * the same definition as the registered metrics (published and already ended).
 */
export function statsRoutes(app: App, ctx: ModuleContext) {
  app.get('/api/v1/activities/stats', { config: { access: { permission: 'activities.read' } }, schema: { tags: ['activities'], summary: '活动统计（按类型、类别或下级组织）', querystring: statsQuery, response: { 200: statsOut } } }, async (req) => {
    const scope = scopeFor(requireAuth(req.auth), 'activities.read');
    let root = scope.paths[0];
    if (req.query.orgId) {
      const [o] = await rows<{ path: string }>(ctx.db, sql`SELECT path FROM orgs WHERE id = ${req.query.orgId}`);
      if (!o || !pathInScope(o.path, scope)) throw new AppError('not_found');
      root = o.path;
    }
    if (!root) throw new AppError('not_found');
    const { groupBy, from, to } = req.query;
    const where = sql.join(
      [
        sql`a.status = 'published'`,
        sql`a.ends_at <= now()`,
        sql`a.org_path LIKE ${escapeLike(root) + '%'}`,
        from ? sql`a.starts_at >= ${from.toISOString()}::timestamptz` : sql`true`,
        to ? sql`a.starts_at < ${to.toISOString()}::timestamptz` : sql`true`,
      ],
      sql` AND `,
    );
    // For 'org', each activity counts under the child of the root that contains its organiser.
    const key =
      groupBy === 'type'
        ? sql`t.code, t.name`
        : groupBy === 'category'
          ? sql`c.code, c.name`
          : sql`child.id::text, child.name`;
    const childJoin = groupBy === 'org' ? sql`JOIN orgs child ON child.parent_id = (SELECT id FROM orgs WHERE path = ${root}) AND a.org_path LIKE child.path || '%'` : sql``;
    const items = await rows<{ key: string; name: string; held: number; attendees: number }>(
      ctx.db,
      sql`SELECT ${groupBy === 'type' ? sql`t.code` : groupBy === 'category' ? sql`c.code` : sql`child.id::text`} AS key,
                 ${groupBy === 'type' ? sql`t.name` : groupBy === 'category' ? sql`c.name` : sql`child.name`} AS name,
                 count(DISTINCT a.id)::int AS held, count(x.id)::int AS attendees
            FROM activities a JOIN activity_types t ON t.code = a.type_code JOIN activity_categories c ON c.code = t.category_code
            ${childJoin}
            LEFT JOIN activity_attendance x ON x.activity_id = a.id
           WHERE ${where}
           GROUP BY ${key} ORDER BY held DESC, name`,
    );
    return { groupBy, orgPath: root, items };
  });
}
