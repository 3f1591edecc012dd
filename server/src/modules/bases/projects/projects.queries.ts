import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { escapeLike, type Scope } from '../../../kernel/access/scope.js';
import { AppError } from '../../../kernel/errors.js';
import { ownedIn } from '../bases.access.js';

const summary = sql`p.id, p.name, p.org_id AS "orgId", o.name AS "orgName", p.org_path AS "orgPath", p.summary, p.goal, p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn", p.status,
  (SELECT count(*)::int FROM bases_project_members m WHERE m.project_id = p.id) AS "memberCount",
  (SELECT count(*)::int FROM bases_project_milestones s WHERE s.project_id = p.id) AS "milestoneCount",
  (SELECT count(*)::int FROM bases_project_activities a WHERE a.project_id = p.id) AS "activityCount",
  (SELECT count(*)::int FROM bases_project_results r WHERE r.project_id = p.id) AS "resultCount",
  coalesce((SELECT round(100.0 * count(*) / nullif((SELECT count(*) FROM bases_project_members m WHERE m.project_id = p.id AND m.role = 'trainee')
                                                 * (SELECT count(*) FROM bases_project_milestones s WHERE s.project_id = p.id), 0), 1)::float8
              FROM bases_project_progress g JOIN bases_project_milestones s ON s.id = g.milestone_id
              JOIN bases_project_members m ON m.project_id = s.project_id AND m.person_id = g.person_id AND m.role = 'trainee'
             WHERE s.project_id = p.id), 0) AS progress`;
const from = sql`FROM bases_projects p JOIN orgs o ON o.id = p.org_id`;

export interface ProjectRow {
  id: number;
  name: string;
  orgId: number;
  orgPath: string;
  [k: string]: unknown;
}

export async function projectInScope(db: Db, scope: Scope, id: number): Promise<ProjectRow> {
  const [p] = await rows<ProjectRow>(db, sql`SELECT ${summary} ${from} WHERE p.id = ${id} AND ${ownedIn(scope, 'p')}`);
  if (!p) throw new AppError('not_found');
  return p;
}

export async function listProjects(db: Db, scope: Scope, q: { q?: string; status?: string; page: number; pageSize: number }, orgPath: string | null) {
  const w: SQL = sql.join(
    [
      ownedIn(scope, 'p'),
      q.q ? sql`(p.name ILIKE ${'%' + escapeLike(q.q) + '%'} OR p.summary ILIKE ${'%' + escapeLike(q.q) + '%'})` : sql`true`,
      q.status ? sql`p.status = ${q.status}` : sql`true`,
      orgPath ? sql`p.org_path LIKE ${escapeLike(orgPath) + '%'}` : sql`true`,
    ],
    sql` AND `,
  );
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${from} WHERE ${w}`);
  const items = await rows(db, sql`SELECT ${summary} ${from} WHERE ${w} ORDER BY p.starts_on DESC, p.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: items as never[], total: n, page: q.page, pageSize: q.pageSize };
}

/** The project with its plan, cohort (each member's completed milestones), activities and results. */
export async function projectDetail(db: Db, p: ProjectRow): Promise<never> {
  const milestones = await rows(
    db,
    sql`SELECT s.id, s.title, s.description, s.due_on::text AS "dueOn", (SELECT count(*)::int FROM bases_project_progress g WHERE g.milestone_id = s.id) AS completed
          FROM bases_project_milestones s WHERE s.project_id = ${p.id} ORDER BY s.sort, s.due_on, s.id`,
  );
  const members = await rows<{ completedMilestoneIds: number[] }>(
    db,
    sql`SELECT m.person_id AS "personId", x.name, o.name AS "orgName", m.role, m.joined_on::text AS "joinedOn",
               coalesce((SELECT array_agg(g.milestone_id ORDER BY g.milestone_id) FROM bases_project_progress g JOIN bases_project_milestones s ON s.id = g.milestone_id
                          WHERE s.project_id = m.project_id AND g.person_id = m.person_id), '{}') AS "completedMilestoneIds"
          FROM bases_project_members m JOIN people x ON x.id = m.person_id JOIN orgs o ON o.id = x.org_id WHERE m.project_id = ${p.id} ORDER BY m.role DESC, x.name, m.person_id`,
  );
  const activities = await rows(
    db,
    sql`SELECT a.id, a.title, a.starts_at AS "startsAt", a.attended_count AS attended FROM bases_project_activities l JOIN activities a ON a.id = l.activity_id WHERE l.project_id = ${p.id} ORDER BY a.starts_at`,
  );
  const results = await rows(db, sql`SELECT id, title, description, achieved_on::text AS "achievedOn" FROM bases_project_results WHERE project_id = ${p.id} ORDER BY achieved_on, id`);
  return {
    ...p,
    milestones: milestones as never[],
    members: members.map((m) => ({ ...m, completedMilestoneIds: m.completedMilestoneIds.map(Number), completed: m.completedMilestoneIds.length })) as never[],
    activities: activities as never[],
    results: results as never[],
  } as never;
}
