import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { meetingOut, myTopicOut, outputOut, participantOut, topicOut } from './research.responses.js';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { escapeLike, inScope, type Scope } from '../../../kernel/access/scope.js';
import { activityBriefs } from '../../activities/index.js';
import { sectors } from '../pairing.reference.js';
import type { MyTopicListQuery, OutputListQuery, TopicListQuery } from './research.dto.js';
import type { Participant } from './research.access.js';
import { fileOfKey } from './output-file.js';

const fieldNames = new Map<string, string>(sectors.map((s) => [s.code, s.name]));
const withFieldName = <T extends { field: string }>(t: T) => ({ ...t, fieldName: fieldNames.get(t.field) ?? t.field });

const topicColumns = sql`t.id, t.title, t.field, t.description, t.org_id AS "orgId", o.name AS "orgName", t.status, t.started_on::text AS "startedOn",
  t.ended_on::text AS "endedOn", t.created_at AS "createdAt",
  (SELECT count(*)::int FROM pairing_research_participants x WHERE x.topic_id = t.id AND x.left_at IS NULL AND x.side = 'cadre') AS "cadreCount",
  (SELECT count(*)::int FROM pairing_research_participants x WHERE x.topic_id = t.id AND x.left_at IS NULL AND x.side = 'entrepreneur') AS "entrepreneurCount",
  (SELECT count(*)::int FROM pairing_research_meetings m WHERE m.topic_id = t.id) AS "meetingCount",
  (SELECT count(*)::int FROM pairing_research_outputs r WHERE r.topic_id = t.id) AS "outputCount",
  (SELECT count(*)::int FROM pairing_research_outputs r WHERE r.topic_id = t.id AND r.status = 'published') AS "publishedCount"`;
const topicFrom = sql`FROM pairing_research_topics t JOIN orgs o ON o.id = t.org_id`;

type TopicRow = Omit<z.infer<typeof topicOut>, 'fieldName'>;
type MyTopicRow = Omit<z.infer<typeof myTopicOut>, 'fieldName'>;
const topicSort: Record<TopicListQuery['sort'], SQL> = {
  '-startedOn': sql`t.started_on DESC, t.id DESC`,
  startedOn: sql`t.started_on, t.id`,
  title: sql`t.title, t.id`,
  '-createdAt': sql`t.created_at DESC, t.id DESC`,
};

async function topicPage(db: Db, conds: SQL[], order: SQL, p: { page: number; pageSize: number }, extra: SQL = sql``) {
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${topicFrom} WHERE ${where}`);
  const items = await rows<TopicRow>(db, sql`SELECT ${topicColumns} ${extra} ${topicFrom} WHERE ${where} ORDER BY ${order} LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`);
  return { items: items.map(withFieldName), total, page: p.page, pageSize: p.pageSize };
}

function textFilter(q: string | undefined, ...cols: SQL[]): SQL[] {
  if (!q) return [];
  const like = `%${escapeLike(q)}%`;
  return [sql`(${sql.join(cols.map((c) => sql`${c} ILIKE ${like}`), sql` OR `)})`];
}

/** Topics run by organisations of the scope (optionally under one of them). */
export function listTopics(db: Db, scope: Scope, q: TopicListQuery, orgPath: string | null) {
  const conds: SQL[] = [inScope(sql`t.org_path`, scope), ...textFilter(q.q, sql`t.title`, sql`t.description`)];
  if (orgPath) conds.push(sql`t.org_path LIKE ${escapeLike(orgPath) + '%'}`);
  if (q.field) conds.push(sql`t.field = ${q.field}`);
  if (q.status) conds.push(sql`t.status = ${q.status}`);
  return topicPage(db, conds, topicSort[q.sort], q);
}

export async function topicById(db: Db, id: number) {
  const [t] = await rows<TopicRow>(db, sql`SELECT ${topicColumns} ${topicFrom} WHERE t.id = ${id}`);
  if (!t) throw new AppError('not_found');
  return withFieldName(t);
}

/** The participant's own row of a topic (the latest, current first). */
const mine = (p: Participant) =>
  p.side === 'cadre' ? sql`x.topic_id = t.id AND x.person_id = ${p.personId}` : sql`x.topic_id = t.id AND x.entrepreneur_id = ${p.entrepreneurId}`;
const myColumns = sql`, me.side AS "mySide", me.role AS "myRole", me.left_at AS "myLeftAt"`;
const myJoin = (p: Participant) =>
  sql`JOIN LATERAL (SELECT x.side, x.role, x.left_at FROM pairing_research_participants x WHERE ${mine(p)} ORDER BY x.left_at IS NULL DESC, x.joined_at DESC, x.id DESC LIMIT 1) me ON true`;

/** Topics the participant is or was on; current ones first. */
export async function listMyTopics(db: Db, p: Participant, q: MyTopicListQuery) {
  const conds: SQL[] = [sql`EXISTS (SELECT 1 FROM pairing_research_participants x WHERE ${mine(p)})`, ...textFilter(q.q, sql`t.title`, sql`t.description`)];
  if (q.status) conds.push(sql`t.status = ${q.status}`);
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${topicFrom} WHERE ${where}`);
  const items = await rows<MyTopicRow>(
    db,
    sql`SELECT ${topicColumns} ${myColumns} ${topicFrom} ${myJoin(p)} WHERE ${where}
         ORDER BY (t.status = 'active') DESC, t.started_on DESC, t.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items: items.map(withFieldName), total, page: q.page, pageSize: q.pageSize };
}

export async function myTopicById(db: Db, p: Participant, id: number) {
  const [t] = await rows<MyTopicRow>(db, sql`SELECT ${topicColumns} ${myColumns} ${topicFrom} ${myJoin(p)} WHERE t.id = ${id}`);
  if (!t) throw new AppError('not_found');
  return withFieldName(t);
}

/** A topic's group: current participants (leads first), then, when asked, those who left. */
export function listParticipants(db: Db, topicId: number, includeLeft: boolean) {
  return rows<z.infer<typeof participantOut>>(
    db,
    sql`SELECT x.id, x.topic_id AS "topicId", x.side, x.person_id AS "personId", x.entrepreneur_id AS "entrepreneurId",
               coalesce(p.name, e.name) AS name, coalesce(o.name, e.company) AS affiliation, x.role, x.joined_at AS "joinedAt", x.left_at AS "leftAt"
          FROM pairing_research_participants x
          LEFT JOIN people p ON p.id = x.person_id LEFT JOIN orgs o ON o.id = p.org_id
          LEFT JOIN pairing_entrepreneurs e ON e.id = x.entrepreneur_id
         WHERE x.topic_id = ${topicId} ${includeLeft ? sql`` : sql`AND x.left_at IS NULL`}
         ORDER BY x.left_at IS NULL DESC, x.role = 'lead' DESC, x.joined_at, x.id`,
  );
}

type MeetingRow = Omit<z.infer<typeof meetingOut>, 'activityTitle'>;
const meetingColumns = sql`m.id, m.topic_id AS "topicId", m.title, m.held_at AS "heldAt", m.activity_id AS "activityId", m.notes, m.created_at AS "createdAt"`;

/** Meetings with the title of the activity each was held as. */
async function withActivityTitles(db: Db, list: MeetingRow[]) {
  const ids = [...new Set(list.map((m) => m.activityId).filter((x): x is number => x != null))];
  const titles = new Map((await activityBriefs(db, ids)).map((a) => [a.id, a.title]));
  return list.map((m) => ({ ...m, activityTitle: m.activityId ? (titles.get(m.activityId) ?? null) : null }));
}

export async function listMeetings(db: Db, topicId: number, p: { page: number; pageSize: number }) {
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM pairing_research_meetings m WHERE m.topic_id = ${topicId}`);
  const list = await rows<MeetingRow>(
    db,
    sql`SELECT ${meetingColumns} FROM pairing_research_meetings m WHERE m.topic_id = ${topicId} ORDER BY m.held_at DESC, m.id DESC LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`,
  );
  return { items: await withActivityTitles(db, list), total, page: p.page, pageSize: p.pageSize };
}

export async function meetingById(db: Db, id: number) {
  const [m] = await withActivityTitles(db, await rows<MeetingRow>(db, sql`SELECT ${meetingColumns} FROM pairing_research_meetings m WHERE m.id = ${id}`));
  if (!m) throw new AppError('not_found');
  return m;
}

const outputColumns = sql`r.id, r.topic_id AS "topicId", t.title AS "topicTitle", t.field, r.kind, r.title, r.summary, r.body, r.status, r.content_id AS "contentId", r.file_key AS "fileKey",
  a.display_name AS "createdByName", r.created_at AS "createdAt", r.submitted_at AS "submittedAt", r.reviewed_at AS "reviewedAt",
  r.review_note AS "reviewNote", r.published_at AS "publishedAt"`;
const outputFrom = sql`FROM pairing_research_outputs r JOIN pairing_research_topics t ON t.id = r.topic_id LEFT JOIN accounts a ON a.id = r.created_by`;
const outputSort: Record<OutputListQuery['sort'], SQL> = {
  '-createdAt': sql`r.created_at DESC, r.id DESC`,
  createdAt: sql`r.created_at, r.id`,
  '-submittedAt': sql`r.submitted_at DESC NULLS LAST, r.id DESC`,
  title: sql`r.title, r.id`,
  '-publishedAt': sql`r.published_at DESC NULLS LAST, r.id DESC`,
};

type OutputRow = Omit<z.infer<typeof outputOut>, 'file'> & { fileKey: string | null };
/** The stored key stays inside; readers get the file's kind and download it at their own address. */
function withFile({ fileKey, ...r }: OutputRow): z.infer<typeof outputOut> {
  const f = fileOfKey(fileKey);
  return { ...r, file: f ? ({ kind: f.kind, mime: f.mime } as z.infer<typeof outputOut>['file']) : null };
}

/** Outputs of topics matching `reach` (the scope's topics, or one topic), filtered, searched, sorted. */
export async function listOutputs(db: Db, reach: SQL, q: OutputListQuery) {
  const conds: SQL[] = [reach, ...textFilter(q.q, sql`r.title`, sql`r.summary`, sql`t.title`)];
  if (q.status) conds.push(sql`r.status = ${q.status}`);
  if (q.kind) conds.push(sql`r.kind = ${q.kind}`);
  if (q.field) conds.push(sql`t.field = ${q.field}`);
  if (q.topicId) conds.push(sql`r.topic_id = ${q.topicId}`);
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${outputFrom} WHERE ${where}`);
  const items = await rows<OutputRow>(db, sql`SELECT ${outputColumns} ${outputFrom} WHERE ${where} ORDER BY ${outputSort[q.sort]} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: items.map(withFile), total, page: q.page, pageSize: q.pageSize };
}

export async function outputById(db: Db, id: number) {
  const [r] = await rows<OutputRow>(db, sql`SELECT ${outputColumns} ${outputFrom} WHERE r.id = ${id}`);
  if (!r) throw new AppError('not_found');
  return withFile(r);
}
