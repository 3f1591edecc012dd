import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { rowIdParam } from '../../kernel/dto.js';
import type { App, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import { audit } from '../../kernel/audit/audit.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { pathInScope, scopeFor } from '../../kernel/access/scope.js';
import { callerOf } from './activities.access.js';
import { buildCalendar, type CalendarEvent } from './calendar-feed.js';
import { fileOut } from '../../kernel/openapi/responses.js';
import { calendarUrlOut } from './activities.responses.js';

const tags = ['activities'];
const eventColumns = sql`a.id, a.title, a.description, a.venue, a.starts_at AS "startsAt", a.ends_at AS "endsAt", o.name AS "orgName", a.status`;

/** Secret-URL iCalendar feeds: a member's own activities, and what an organisation organises. */
export function calendarRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const baseUrl = (req: { protocol: string; host: string }) => `${req.protocol}://${req.host}`;
  const feedUrl = (req: { protocol: string; host: string }, token: string) => `${baseUrl(req)}/api/v1/calendar/${token}.ics`;

  app.post('/api/v1/me/calendar', { config: { access: { permission: 'activities.join' } }, schema: { tags, summary: '我的日历订阅地址（重新生成会使旧地址失效）', body: z.object({ rotate: z.boolean().default(false) }).default({ rotate: false }), response: { 200: calendarUrlOut } } }, async (req) => {
    const caller = await callerOf(db, requireAuth(req.auth));
    const [existing] = await rows<{ token: string }>(db, sql`SELECT token FROM activity_calendar_tokens WHERE person_id = ${caller.personId}`);
    if (existing && !req.body.rotate) return { url: feedUrl(req, existing.token) };
    const token = randomBytes(24).toString('base64url');
    await db.execute(sql`DELETE FROM activity_calendar_tokens WHERE person_id = ${caller.personId}`);
    await db.execute(sql`INSERT INTO activity_calendar_tokens (token, person_id) VALUES (${token}, ${caller.personId})`);
    await audit(db, req, { action: 'activities.calendar_token', entity: 'person', entityId: caller.personId });
    return { url: feedUrl(req, token) };
  });

  app.post('/api/v1/orgs/:id/calendar', { config: { access: { permission: 'activities.read' } }, schema: { tags, summary: '组织活动日历订阅地址', params: z.object({ id: rowIdParam }), response: { 200: calendarUrlOut } } }, async (req) => {
    const [org] = await rows<{ path: string }>(db, sql`SELECT path FROM orgs WHERE id = ${req.params.id}`);
    if (!org || !pathInScope(org.path, scopeFor(requireAuth(req.auth), 'activities.read'))) throw new AppError('not_found');
    const [existing] = await rows<{ token: string }>(db, sql`SELECT token FROM activity_calendar_tokens WHERE org_id = ${req.params.id}`);
    if (existing) return { url: feedUrl(req, existing.token) };
    const token = randomBytes(24).toString('base64url');
    await db.execute(sql`INSERT INTO activity_calendar_tokens (token, org_id) VALUES (${token}, ${req.params.id})`);
    await audit(db, req, { action: 'activities.calendar_token', entity: 'org', entityId: req.params.id });
    return { url: feedUrl(req, token) };
  });

  app.get('/api/v1/calendar/:file', { config: { access: 'public' }, schema: { tags, summary: 'iCalendar 订阅（密钥地址）', params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{32}\.ics$/) }), response: { 200: fileOut('text/calendar', 'iCalendar 订阅 · the iCalendar feed') } } }, async (req, reply) => {
    const token = req.params.file.slice(0, -4);
    const [owner] = await rows<{ person_id: number | null; org_id: number | null }>(db, sql`SELECT person_id, org_id FROM activity_calendar_tokens WHERE token = ${token}`);
    if (!owner) throw new AppError('not_found');
    const since = sql`a.ends_at > now() - interval '90 days'`;
    const events = owner.person_id
      ? await rows<CalendarEvent>(db, sql`SELECT ${eventColumns} FROM activities a JOIN orgs o ON o.id = a.org_id
            WHERE ${since} AND a.status <> 'draft' AND (EXISTS (SELECT 1 FROM activity_signups s WHERE s.activity_id = a.id AND s.person_id = ${owner.person_id} AND s.status = 'confirmed')
               OR EXISTS (SELECT 1 FROM activity_attendance x WHERE x.activity_id = a.id AND x.person_id = ${owner.person_id}))
            ORDER BY a.starts_at LIMIT 500`)
      : await rows<CalendarEvent>(db, sql`SELECT ${eventColumns} FROM activities a JOIN orgs o ON o.id = a.org_id
            WHERE ${since} AND a.status <> 'draft' AND a.org_id = ${owner.org_id} ORDER BY a.starts_at LIMIT 500`);
    const name = owner.person_id ? '我的活动' : `${events[0]?.orgName ?? '组织'}活动`;
    return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(buildCalendar(name, events, baseUrl(req)));
  });
}
