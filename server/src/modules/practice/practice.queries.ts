import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { inScope, type Scope } from '../../kernel/access/scope.js';
import { projectOpenTo, type Member } from './practice.access.js';
import type { projectListQuery, reportListQuery } from './practice.dto.js';
import type { AttachmentOut, MemberProjectOut, OrgCountOut, ProjectMemberOut, ProjectOut, ReportDetailOut, ReportOut } from './practice.responses.js';

type Paging = { page: number; pageSize: number };

async function page<T>(db: Db, select: SQL, fromWhere: SQL, order: SQL, p: Paging) {
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${fromWhere}`);
  const items = await rows<T>(db, sql`SELECT ${select} ${fromWhere} ORDER BY ${order} LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`);
  return { items, total, page: p.page, pageSize: p.pageSize };
}

const projectColumns = sql`j.id, j.title, j.description, j.org_id AS "orgId", o.name AS "orgName", j.status,
  j.starts_on AS "startsOn", j.ends_on AS "endsOn", j.member_count AS "memberCount", j.created_at AS "createdAt",
  (SELECT count(*)::int FROM practice_reports r WHERE r.project_id = j.id AND r.submitted_at IS NOT NULL) AS "reportCount"`;
const projectFrom = sql`FROM practice_projects j JOIN orgs o ON o.id = j.org_id`;

export function listProjectsManaged(db: Db, scope: Scope, q: z.infer<typeof projectListQuery>) {
  const where = q.status ? sql`${inScope(sql`j.org_path`, scope)} AND j.status = ${q.status}` : inScope(sql`j.org_path`, scope);
  return page<ProjectOut>(db, projectColumns, sql`${projectFrom} WHERE ${where}`, sql`j.created_at DESC, j.id DESC`, q);
}

export async function getProjectManaged(db: Db, scope: Scope, id: number) {
  const [p] = await rows<ProjectOut>(db, sql`SELECT ${projectColumns} ${projectFrom} WHERE j.id = ${id} AND ${inScope(sql`j.org_path`, scope)}`);
  return p ?? null;
}

/** Open projects of the member's organisation line, with whether they joined. */
export function listProjectsForMember(db: Db, m: Member, q: z.infer<typeof projectListQuery>) {
  const joined = sql`EXISTS (SELECT 1 FROM practice_project_members pm WHERE pm.project_id = j.id AND pm.person_id = ${m.personId}) AS joined`;
  return page<MemberProjectOut>(db, sql`${projectColumns}, ${joined}`, sql`${projectFrom} WHERE ${projectOpenTo(m)} AND j.status = 'open'`, sql`j.created_at DESC, j.id DESC`, q);
}

export function projectMembers(db: Db, projectId: number) {
  return rows<ProjectMemberOut>(
    db,
    sql`SELECT pm.person_id AS "personId", p.name, o.name AS "orgName", pm.joined_at AS "joinedAt"
          FROM practice_project_members pm JOIN people p ON p.id = pm.person_id JOIN orgs o ON o.id = p.org_id
         WHERE pm.project_id = ${projectId} ORDER BY pm.joined_at, pm.id`,
  );
}

const reportColumns = sql`r.id, r.title, r.status, r.person_id AS "personId", p.name AS "authorName", r.org_id AS "orgId", o.name AS "orgName",
  r.project_id AS "projectId", j.title AS "projectTitle", r.review_comment AS "reviewComment", r.reviewed_at AS "reviewedAt",
  r.submitted_at AS "submittedAt", r.approved_at AS "approvedAt", r.content_id AS "contentId", r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;
const reportFrom = sql`FROM practice_reports r JOIN people p ON p.id = r.person_id JOIN orgs o ON o.id = r.org_id LEFT JOIN practice_projects j ON j.id = r.project_id`;

function reportFilters(q: z.infer<typeof reportListQuery>): SQL[] {
  const conds: SQL[] = [];
  if (q.status) conds.push(sql`r.status = ${q.status}`);
  if (q.projectId) conds.push(sql`r.project_id = ${q.projectId}`);
  return conds;
}

export function listMyReports(db: Db, personId: number, q: z.infer<typeof reportListQuery>) {
  const where = sql.join([sql`r.person_id = ${personId}`, ...reportFilters(q)], sql` AND `);
  return page<ReportOut>(db, reportColumns, sql`${reportFrom} WHERE ${where}`, sql`r.updated_at DESC, r.id DESC`, q);
}

/** Reviewers see reports once submitted; drafts stay private to their author. */
export function listReportsManaged(db: Db, scope: Scope, q: z.infer<typeof reportListQuery>) {
  const where = sql.join([inScope(sql`r.org_path`, scope), sql`r.status <> 'draft'`, ...reportFilters(q)], sql` AND `);
  return page<ReportOut>(db, reportColumns, sql`${reportFrom} WHERE ${where}`, sql`r.submitted_at DESC NULLS LAST, r.id DESC`, q);
}

async function withAttachments(db: Db, r: Omit<ReportDetailOut, 'attachments'> | undefined): Promise<ReportDetailOut | null> {
  if (!r) return null;
  const attachments = await rows<Omit<AttachmentOut, 'url'>>(
    db,
    sql`SELECT id, mime, size::int AS size, original_name AS "originalName", created_at AS "createdAt" FROM practice_attachments WHERE report_id = ${r.id} ORDER BY id`,
  );
  return { ...r, attachments: attachments.map((a) => ({ ...a, url: `/api/v1/practice/reports/${r.id}/attachments/${a.id}` })) };
}

export async function getMyReport(db: Db, personId: number, id: number) {
  const [r] = await rows<Omit<ReportDetailOut, 'attachments'>>(db, sql`SELECT ${reportColumns}, r.body ${reportFrom} WHERE r.id = ${id} AND r.person_id = ${personId}`);
  return withAttachments(db, r);
}

export async function getReportManaged(db: Db, scope: Scope, id: number) {
  const [r] = await rows<Omit<ReportDetailOut, 'attachments'>>(db, sql`SELECT ${reportColumns}, r.body ${reportFrom} WHERE r.id = ${id} AND r.status <> 'draft' AND ${inScope(sql`r.org_path`, scope)}`);
  return withAttachments(db, r);
}

const period = (column: SQL, from?: Date, to?: Date) =>
  sql`${from ? sql`AND ${column} >= ${from.toISOString()}::timestamptz` : sql``} ${to ? sql`AND ${column} < ${to.toISOString()}::timestamptz` : sql``}`;

/** Reports submitted (ever sent for review) and approved, for each organisation directly under `parentId`, and the parent's total. */
export async function reportCounts(db: Db, parentId: number, from?: Date, to?: Date) {
  const counted = (alias: SQL) => sql`
    (SELECT count(*)::int FROM practice_reports r WHERE r.org_path LIKE ${alias}.path || '%' AND r.submitted_at IS NOT NULL ${period(sql`r.submitted_at`, from, to)}) AS submitted,
    (SELECT count(*)::int FROM practice_reports r WHERE r.org_path LIKE ${alias}.path || '%' AND r.status = 'approved' ${period(sql`r.approved_at`, from, to)}) AS approved`;
  const [total] = await rows<OrgCountOut>(
    db,
    sql`SELECT o.id AS "orgId", o.name AS "orgName", ${counted(sql`o`)} FROM orgs o WHERE o.id = ${parentId}`,
  );
  const children = await rows<OrgCountOut>(
    db,
    sql`SELECT c.id AS "orgId", c.name AS "orgName", ${counted(sql`c`)} FROM orgs c WHERE c.parent_id = ${parentId} ORDER BY c.sort, c.id`,
  );
  return { total, children };
}
