import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';
import { pageWithTotal } from '../db/page-with-total.js';
import { ageOn, shanghaiDay } from '../time.js';
import { escapeLike, inScope, subtreePattern, type Scope } from '../access/scope.js';
import { pageClause } from '../db/paging.js';
import { maskIdNumber, maskPhone } from './id-number.js';
import type { PeopleQuery } from './people.dto.js';

export interface PersonRow {
  id: number;
  name: string;
  gender: string;
  ethnicity: string;
  birth_date: string;
  id_number: string;
  phone: string | null;
  party_status: string;
  join_date: string | null;
  unit: string | null;
  position: string | null;
  education: string | null;
  org_id: number;
  org_name: string;
  org_path: string;
}

/** Ages count on the calendar day in Qingdao, whatever the server's time zone. */
const todaySql = sql`(now() AT TIME ZONE 'Asia/Shanghai')::date`;

const columns = sql`p.id, p.name, p.gender, p.ethnicity, p.birth_date::text AS birth_date,
       p.id_number, p.phone, p.party_status, p.join_date::text AS join_date, p.unit, p.position, p.education,
       p.org_id, o.name AS org_name, o.path AS org_path`;
const from = sql`FROM people p JOIN orgs o ON o.id = p.org_id`;
const select = sql`SELECT ${columns} ${from}`;

const orderBy: Record<PeopleQuery['sort'], SQL> = {
  name: sql`p.name, p.id`,
  '-name': sql`p.name DESC, p.id DESC`,
  birthDate: sql`p.birth_date, p.id`,
  '-birthDate': sql`p.birth_date DESC, p.id DESC`,
  id: sql`p.id`,
  '-id': sql`p.id DESC`,
};

/** A page of people in scope; `subtreePath` narrows to one organisation's subtree (already checked to be in scope). */
export async function listPeople(db: Db, scope: Scope, q: PeopleQuery, subtreePath?: string) {
  const orgWhere: SQL[] = [inScope(sql`o.path`, scope)];
  if (subtreePath) orgWhere.push(sql`o.path LIKE ${subtreePattern(subtreePath)}`);
  const where: SQL[] = [];
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    where.push(sql`(p.name ILIKE ${pattern} OR p.unit ILIKE ${pattern})`);
  }
  if (q.partyStatus) where.push(sql`p.party_status = ${q.partyStatus}`);
  if (q.gender) where.push(sql`p.gender = ${q.gender}`);
  // Age ≤ 35 means the 36th birthday has not come yet.
  if (q.young === true) where.push(sql`p.birth_date > (${todaySql} - interval '36 years')::date`);
  if (q.young === false) where.push(sql`p.birth_date <= (${todaySql} - interval '36 years')::date`);
  const condition = sql.join([...orgWhere, ...where], sql` AND `);
  // Without a filter on people the total is the kept subtree count of the organisation asked for, or of each scope
  // root (scopeFor keeps only roots, so no one is counted twice), not a count of every person on each page.
  const roots = subtreePath ? [subtreePath] : scope.paths;
  const totalQuery = where.length
    ? sql`SELECT count(*)::int ${from} WHERE ${condition}`
    : roots.length === 0
      ? sql`SELECT 0`
      : // One parameter per root (not an array): the planner then knows each matches one organisation.
        sql`SELECT coalesce(sum(o.subtree_member_count), 0)::int FROM orgs o WHERE o.path IN (${sql.join(roots.map((r) => sql`${r}`), sql`, `)})`;
  const day = shanghaiDay(new Date());
  const { items, total } = await pageWithTotal(
    db,
    totalQuery,
    (totalColumn) => sql`SELECT ${columns}, ${totalColumn} ${from} WHERE ${condition} ORDER BY ${orderBy[q.sort]} ${pageClause(q.pageSize, q.page)}`,
    (r: PersonRow) => presentPerson(r, true, day),
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function personInScope(db: Db, id: number, scope: Scope, lock = false): Promise<PersonRow | undefined> {
  const [row] = await rows<PersonRow>(db, sql`${select} WHERE p.id = ${id} AND ${inScope(sql`o.path`, scope)} ${lock ? sql`FOR UPDATE OF p` : sql``}`);
  return row;
}

export function presentPerson(r: PersonRow, masked: boolean, today = shanghaiDay(new Date())) {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    ethnicity: r.ethnicity,
    birthDate: r.birth_date,
    age: ageOn(r.birth_date, today),
    idNumber: masked ? maskIdNumber(r.id_number) : r.id_number,
    phone: masked ? maskPhone(r.phone) : r.phone,
    partyStatus: r.party_status,
    joinDate: r.join_date,
    unit: r.unit,
    position: r.position,
    education: r.education,
    orgId: r.org_id,
    orgName: r.org_name,
  };
}
