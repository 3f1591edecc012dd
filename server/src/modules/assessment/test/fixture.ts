import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';

/**
 * A branch of its own under the first agency (orgadmin's), with four young people A–D whose study hours in 2020 are
 * known (content_reads rows written here; the demo data has none in 2020), and rater accounts: `r_far` (a reviewer
 * of another agency) and `r_near` (a reviewer who is person A, so conflicted with the whole branch).
 */
export async function assessmentFixture(db: Db) {
  const [agency] = await rows<{ id: number; path: string }>(
    db,
    sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin'`,
  );
  const [other] = await rows<{ id: number; path: string }>(
    db,
    sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin2'`,
  );
  const [branch] = await rows<{ id: number }>(db, sql`INSERT INTO orgs (parent_id, name, kind, path) VALUES (${agency.id}, '考核测试党支部', 'branch', '') RETURNING id`);
  const branchPath = `${agency.path}${branch.id}/`;
  await db.execute(sql`UPDATE orgs SET path = ${branchPath} WHERE id = ${branch.id}`);
  const names = ['甲', '乙', '丙', '丁'];
  const people: number[] = [];
  for (const [i, n] of names.entries()) {
    const [p] = await rows<{ id: number }>(
      db,
      sql`INSERT INTO people (org_id, name, gender, birth_date, id_number, party_status) VALUES (${branch.id}, ${'考核' + n}, '男', ${`1995-05-0${i + 1}`}, ${`37020219950501${String(i).padStart(3, '0')}X`}, '正式党员') RETURNING id`,
    );
    people.push(p.id);
  }
  // Study hours in 2020: 甲 10 h, 乙 5 h, 丙 2 h, 丁 none.
  const [item] = await rows<{ id: number }>(db, sql`SELECT id FROM content_items ORDER BY id LIMIT 1`);
  for (const [i, seconds] of [36000, 18000, 7200].entries()) {
    await db.execute(sql`INSERT INTO content_reads (item_id, person_id, seconds, last_beat_at, created_at) VALUES (${item.id}, ${people[i]}, ${seconds}, '2020-06-01T02:00:00Z', '2020-06-01T01:00:00Z')`);
  }
  const [{ hash }] = await rows<{ hash: string }>(db, sql`SELECT password_hash AS hash FROM accounts WHERE username = 'reviewer'`);
  const account = async (username: string, personId: number | null, orgId: number) => {
    const [a] = await rows<{ id: number }>(db, sql`INSERT INTO accounts (username, password_hash, person_id, display_name) VALUES (${username}, ${hash}, ${personId}, ${username}) RETURNING id`);
    await db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${a.id}, 'reviewer', ${orgId})`);
    return a.id;
  };
  const [otherPerson] = await rows<{ id: number }>(db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${other.path + '%'} ORDER BY p.id LIMIT 1`);
  const rFar = await account('r_far', otherPerson.id, other.id);
  const rNear = await account('r_near', people[0], agency.id);
  const ids = async (username: string) => (await rows<{ id: number }>(db, sql`SELECT id FROM accounts WHERE username = ${username}`))[0].id;
  return { agency, other, branch: { id: branch.id, path: branchPath }, people, accounts: { rFar, rNear, reviewer: await ids('reviewer'), orgadmin: await ids('orgadmin'), secretary: await ids('secretary') } };
}

/** Two levels: 学习 60 (时长 linear 0–10 h 50, 时长排名 rank 50) and 表现 40 (rated, max 10) → effective 30 / 30 / 40. */
export const personTree = [
  {
    key: 'study',
    name: '学习',
    weight: 60,
    children: [
      { key: 'hours', name: '学习时长', weight: 50, leaf: { type: 'computed', metric: 'content.my_study_hours', scoring: { fn: 'linear', from: 0, to: 10 } } },
      { key: 'hours_rank', name: '学习时长排名', weight: 50, leaf: { type: 'computed', metric: 'content.my_study_hours', scoring: { fn: 'rank' } } },
    ],
  },
  { key: 'conduct', name: '工作表现', weight: 40, leaf: { type: 'rated', maxScore: 10, rubric: '按岗位职责履行情况评分' } },
];
