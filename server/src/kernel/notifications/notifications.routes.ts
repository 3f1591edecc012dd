import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { rowIdParam } from '../dto.js';
import { instantOut, int8Out, okOut } from '../openapi/responses.js';
import type { App, ModuleContext } from '../module.js';
import { rows } from '../db/client.js';
import { AppError } from '../errors.js';
import { requireAuth, type AuthContext } from '../auth/auth-context.js';

const notificationItem = z
  .object({ id: int8Out, kind: z.string(), title: z.string(), body: z.string(), link: z.string().nullable(), createdAt: instantOut, readAt: instantOut.nullable() })
  .meta({ id: 'Notification' });
const notificationsPage = z.object({
  items: z.array(notificationItem),
  total: z.number().int(),
  unreadCount: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const mine = (auth: AuthContext) => sql`(account_id = ${auth.accountId} OR (person_id IS NOT NULL AND person_id = ${auth.personId ?? -1}))`;

export function notificationsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const tags = ['notifications'];

  app.get(
    '/api/v1/notifications',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '我的消息',
        querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20), unread: z.enum(['true', 'false']).optional() }),
        response: { 200: notificationsPage },
      },
    },
    async (req) => {
      const auth = requireAuth(req.auth);
      const { page, pageSize, unread } = req.query;
      const where = unread === 'true' ? sql`${mine(auth)} AND read_at IS NULL` : mine(auth);
      const [{ total, unreadCount }] = await rows<{ total: number; unreadCount: number }>(
        db,
        sql`SELECT count(*)::int AS total, (SELECT count(*)::int FROM notifications WHERE ${mine(auth)} AND read_at IS NULL) AS "unreadCount" FROM notifications WHERE ${where}`,
      );
      const items = await rows<z.infer<typeof notificationItem>>(
        db,
        sql`SELECT id, kind, title, body, link, created_at AS "createdAt", read_at AS "readAt" FROM notifications WHERE ${where}
             ORDER BY created_at DESC, id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      );
      return { items, total, unreadCount, page, pageSize };
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    { config: { access: 'session' }, schema: { tags, summary: '标记已读', params: z.object({ id: rowIdParam }), response: { 200: okOut } } },
    async (req) => {
      const auth = requireAuth(req.auth);
      const done = await rows(db, sql`UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = ${req.params.id} AND ${mine(auth)} RETURNING id`);
      if (done.length === 0) throw new AppError('not_found');
      return { ok: true as const };
    },
  );

  app.post('/api/v1/notifications/read-all', { config: { access: 'session' }, schema: { tags, summary: '全部标记已读', response: { 200: okOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    await db.execute(sql`UPDATE notifications SET read_at = now() WHERE ${mine(auth)} AND read_at IS NULL`);
    return { ok: true as const };
  });
}
