import { sql, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, type Db } from '../../../kernel/db/client.js';
import { pageClause } from '../../../kernel/db/paging.js';
import { pageWithTotal } from '../../../kernel/db/page-with-total.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { inScope, scopeFor, type Scope } from '../../../kernel/access/scope.js';
import { allowedActions, type DemandRow } from '../demands.access.js';
import { openSql, presentDemand, queueDeadlineSql, redSql, yellowSql } from './demands.present.js';
import { openStatuses } from './demands.machine.js';
import { replyTemplate } from '../config/reply-templates.js';
import { demandFiles } from './demand-files.js';
import type { listQuery, similarQuery, supervisionQuery } from '../demands.dto.js';
import type { z } from 'zod';
import type { demandDetailOut } from '../demands.responses.js';

/** The trail of a demand as its detail answers it (ids as the database gives them). */
type Trail = z.input<typeof demandDetailOut>;

/** What a demand row is read for (DemandRow); not the search columns, which only search reads. */
const columns = sql.raw(`d.id, d.district_code, d.street_code, d.tracking_code, d.channel, d.category_code, d.title, d.description,
  d.address, d.lat, d.long, d.citizen_name, d.citizen_phone, d.status, d.org_id, d.org_path, d.handler_account_id, d.received_at,
  d.dispatched_at, d.accepted_at, d.answered_at, d.first_answered_at, d.closed_at, d.response_due_at, d.resolution_due_at,
  d.answer, d.return_reason, d.satisfaction, d.reopen_count, d.merged_into_id, d.supervision_level, d.photo_count,
  d.anonymised_at, d.updated_at, o.name AS org_name, c.name AS category_name, c.urgent AS category_urgent`);
const from = sql`FROM demands d LEFT JOIN orgs o ON o.id = d.org_id LEFT JOIN demand_categories c ON c.code = d.category_code`;
const selectFrom = sql`SELECT ${columns} ${from}`;

function lightCondition(light: 'green' | 'yellow' | 'red'): SQL {
  if (light === 'red') return sql.raw(redSql);
  if (light === 'yellow') return sql.raw(yellowSql);
  return sql.raw(`(${openSql} AND NOT ${redSql} AND NOT ${yellowSql})`);
}

/** Demand lists count their total up to this many (500 pages of 20). */
export const DEMAND_COUNT_CAP = 10_000;

/**
 * A page of the queue in urgency order (urgencyOrderSql): open emergencies, other open demands, then finished ones,
 * each part read in its own order up to the end of the page (open ones off demands_open_queue_idx, finished ones newest
 * first off demands_received_idx), instead of ordering every demand in scope for each page.
 */
async function page(db: Db, where: SQL[], p: { page: number; pageSize: number }, parts: { open: boolean; finished: boolean }) {
  const cond = sql.join(where, sql` AND `);
  // Written into the text on the first page, as pageClause does, so the first page keeps one plan per connection.
  const upTo = p.page === 1 ? sql.raw(String(p.pageSize)) : sql`${p.page * p.pageSize}`;
  const open = sql.raw(openSql);
  const urgent = sql`coalesce(c.urgent, false)`;
  const openOrder = sql.raw(`${queueDeadlineSql}, d.received_at DESC, d.id DESC`);
  // Finished demands have no queue deadline: newest first.
  const part = (seg: number, filter: SQL, order: SQL) =>
    sql`(SELECT ${columns}, ${sql.raw(String(seg))} AS queue_part, ${sql.raw(seg < 2 ? queueDeadlineSql : 'NULL::timestamptz')} AS queue_deadline ${from}
          WHERE ${cond} AND ${filter} ORDER BY ${order} LIMIT ${upTo})`;
  // A city receives millions of demands a year: the total is counted up to a cap, past which the list says "N+".
  const count = sql`SELECT count(*)::int FROM (SELECT 1 FROM demands d WHERE ${cond} LIMIT ${sql.raw(String(DEMAND_COUNT_CAP + 1))}) x`;
  // Only the parts the filters leave room for: a part that can hold nothing would still read its whole index.
  const read = [
    ...(parts.open ? [part(0, sql`${open} AND ${urgent}`, openOrder), part(1, sql`${open} AND NOT ${urgent}`, openOrder)] : []),
    ...(parts.finished ? [part(2, sql`NOT (${open})`, sql`d.received_at DESC, d.id DESC`)] : []),
  ];
  const { items, total: n } = await pageWithTotal(
    db,
    count,
    (totalColumn) => sql`SELECT *, ${totalColumn} FROM (${sql.join(read, sql` UNION ALL `)}) q
        ORDER BY queue_part, queue_deadline, received_at DESC, id DESC ${pageClause(p.pageSize, p.page)}`,
    (d: DemandRow) => presentDemand(d),
  );
  return { items, total: Math.min(n, DEMAND_COUNT_CAP), totalCapped: n > DEMAND_COUNT_CAP, page: p.page, pageSize: p.pageSize };
}

/** Demands the caller may read (dispatchers: the city; agencies and handlers: their department subtree); lists are always masked. */
export async function listDemands(db: Db, auth: AuthContext, q: z.infer<typeof listQuery>) {
  const where: SQL[] = [inScope(sql`d.org_path`, scopeFor(auth, 'demands.read'))];
  if (q.status) where.push(sql`d.status = ${q.status}`);
  if (q.light) where.push(lightCondition(q.light));
  if (q.categoryCode) where.push(sql`d.category_code = ${q.categoryCode}`);
  if (q.districtCode) where.push(sql`d.district_code = ${q.districtCode}`);
  if (q.orgId) where.push(sql`d.org_id = ${q.orgId}`);
  if (q.mine) where.push(sql`d.handler_account_id = ${auth.accountId}`);
  if (q.code) where.push(sql`d.tracking_code LIKE ${`%${q.code}%`}`);
  // Every light (green too) is a state of an open demand.
  const open = !q.status || openStatuses.includes(q.status);
  return page(db, where, q, { open, finished: !q.light && (!q.status || !open) });
}

/** About-to-expire (yellow) and overdue (red) demands, most urgent first. */
export async function supervisionList(db: Db, auth: AuthContext, q: z.infer<typeof supervisionQuery>) {
  const where: SQL[] = [inScope(sql`d.org_path`, scopeFor(auth, 'demands.supervise'))];
  where.push(q.light ? lightCondition(q.light) : sql`(${lightCondition('red')} OR ${lightCondition('yellow')})`);
  return page(db, where, q, { open: true, finished: false });
}

export async function findVisible(db: Db, scope: Scope, id: number) {
  const [d] = await rows<DemandRow & { org_name: string | null; category_name: string | null }>(db, sql`${selectFrom} WHERE d.id = ${id} AND ${inScope(sql`d.org_path`, scope)}`);
  if (!d) throw new AppError('not_found');
  return d;
}

/** Whether the caller may read the citizen's contact in full: only the assigned handler, until anonymised. */
const mayViewContact = (d: DemandRow, auth: AuthContext) => d.handler_account_id === auth.accountId && d.anonymised_at == null;

/**
 * One demand with its trail. The citizen's contact is always masked here; the assigned handler
 * reads it in full through demandContact, on purpose and audited.
 */
export async function demandDetail(db: Db, auth: AuthContext, id: number) {
  const d = await findVisible(db, scopeFor(auth, 'demands.read'), id);
  const key = sql`district_code = ${d.district_code} AND demand_id = ${id}`;
  const [events, extensions, callbacks, photos] = await Promise.all([
    rows<Trail['events'][number]>(db, sql`SELECT id, action, from_status AS "fromStatus", to_status AS "toStatus", actor_name AS "actorName", note, data, at FROM demand_events WHERE ${key} ORDER BY at, id`),
    rows<Trail['extensions'][number]>(db, sql`SELECT id, working_days AS "workingDays", reason, status, previous_due_at AS "previousDueAt", new_due_at AS "newDueAt", created_at AS "createdAt", decided_at AS "decidedAt" FROM demand_extensions WHERE ${key} ORDER BY id`),
    rows<Trail['callbacks'][number]>(db, sql`SELECT id, result, source, comment, at FROM demand_callbacks WHERE ${key} ORDER BY id`),
    demandFiles(db, d.district_code, id),
  ]);
  return {
    ...presentDemand(d),
    canViewContact: mayViewContact(d, auth),
    replyTemplate: replyTemplate(d.category_code),
    allowedActions: allowedActions(auth, d, extensions.some((e) => e.status === 'pending')),
    events: events.map((e) => ({ ...e, id: Number(e.id) })),
    extensions: extensions.map((e) => ({ ...e, id: Number(e.id) })),
    callbacks: callbacks.map((c) => ({ ...c, id: Number(c.id) })),
    photos: photos.map((p) => ({ ...p, url: `/api/v1/demands/${id}/photos/${p.id}` })),
  };
}

/** The citizen's name and phone in full, for the assigned handler only; every such read is audited. */
export async function demandContact(db: Db, req: FastifyRequest, auth: AuthContext, id: number) {
  const d = await findVisible(db, scopeFor(auth, 'demands.read'), id);
  if (!mayViewContact(d, auth)) throw new AppError('forbidden', { reason: 'only the assigned handler sees the contact in full' });
  await audit(db, req, { action: 'demands.view_full', entity: 'demand', entityId: id, orgId: d.org_id, orgPath: d.org_path, summary: `${d.tracking_code} 查看完整联系方式` });
  return { citizenName: d.citizen_name, citizenPhone: d.citizen_phone };
}

/** Words worth comparing: Chinese word segmentation, dropping one-character words and punctuation. */
export function keywords(text: string): string[] {
  const seg = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = [...seg.segment(text)].filter((s) => s.isWordLike && s.segment.length >= 2).map((s) => s.segment.toLowerCase());
  return [...new Set(words)].slice(0, 20);
}

/** Duplicate suggestions for the hotline form: same district (and category), last 7 days, sharing words. */
export async function similarDemands(db: Db, auth: AuthContext, q: z.infer<typeof similarQuery>) {
  const words = keywords(q.text);
  if (words.length === 0) return { items: [], words };
  const score = sql.join(words.map((w) => sql`(CASE WHEN d.search_text ILIKE ${'%' + w.replace(/[\\%_]/g, (c) => '\\' + c) + '%'} THEN 1 ELSE 0 END)`), sql` + `);
  const list = await rows<{ id: number; tracking_code: string; title: string; status: DemandRow['status']; category_code: string; received_at: string; score: number }>(
    db,
    sql`SELECT * FROM (SELECT d.id, d.tracking_code, d.title, d.status, d.category_code, d.received_at, (${score})::int AS score FROM demands d
          WHERE d.district_code = ${q.district} AND d.received_at > now() - interval '7 days'
            ${q.categoryCode ? sql`AND d.category_code = ${q.categoryCode}` : sql``}
            AND ${inScope(sql`d.org_path`, scopeFor(auth, 'demands.intake'))}) s
         WHERE s.score > 0 ORDER BY s.score DESC, s.received_at DESC LIMIT 10`,
  );
  return {
    words,
    items: list.map((d) => ({ id: Number(d.id), trackingCode: d.tracking_code, title: d.title, status: d.status, categoryCode: d.category_code, receivedAt: new Date(d.received_at).toISOString(), matchedWords: d.score })),
  };
}
