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

/**
 * A party committee of its own under the agency with three branches X, Y, Z (one person each; 4, 2 and 0 reads
 * completed in 2020), their secretaries, and voter accounts without roles: three of the committee's leaders (L1 is
 * a person of the committee itself — above the branches, so no conflict), three member representatives, two of the
 * public, and C, the person of branch X (conflicted with X only).
 */
export async function reviewFixture(db: Db, agency: { id: number; path: string }) {
  const org = async (name: string, kind: string, parent: { id: number; path: string }) => {
    const [o] = await rows<{ id: number }>(db, sql`INSERT INTO orgs (parent_id, name, kind, path) VALUES (${parent.id}, ${name}, ${kind}, '') RETURNING id`);
    const path = `${parent.path}${o.id}/`;
    await db.execute(sql`UPDATE orgs SET path = ${path} WHERE id = ${o.id}`);
    return { id: o.id, path };
  };
  const committee = await org('述职测试党委', 'party_committee', agency);
  const branches = { x: await org('述职甲支部', 'branch', committee), y: await org('述职乙支部', 'branch', committee), z: await org('述职丙支部', 'branch', committee) };
  let n = 0;
  const person = async (orgId: number) => {
    n += 1;
    const [p] = await rows<{ id: number }>(
      db,
      sql`INSERT INTO people (org_id, name, gender, birth_date, id_number, party_status) VALUES (${orgId}, ${'述职' + n}, '女', '1990-03-01', ${`37020219900301${String(500 + n).padStart(3, '0')}X`}, '正式党员') RETURNING id`,
    );
    return p.id;
  };
  const px = await person(branches.x.id);
  const py = await person(branches.y.id);
  await person(branches.z.id);
  const items = await rows<{ id: number }>(db, sql`SELECT id FROM content_items ORDER BY id LIMIT 4`);
  for (const [i, item] of items.entries()) {
    await db.execute(sql`INSERT INTO content_reads (item_id, person_id, seconds, last_beat_at, created_at, completed_at) VALUES (${item.id}, ${px}, 600, '2020-05-01T02:00:00Z', '2020-05-01T01:00:00Z', '2020-05-01T02:00:00Z')`);
    if (i < 2) await db.execute(sql`INSERT INTO content_reads (item_id, person_id, seconds, last_beat_at, created_at, completed_at) VALUES (${item.id}, ${py}, 600, '2020-05-01T02:00:00Z', '2020-05-01T01:00:00Z', '2020-05-01T02:00:00Z')`);
  }
  const [{ hash }] = await rows<{ hash: string }>(db, sql`SELECT password_hash AS hash FROM accounts WHERE username = 'reviewer'`);
  const account = async (username: string, personId: number | null, role?: { role: string; orgId: number }) => {
    const [a] = await rows<{ id: number }>(db, sql`INSERT INTO accounts (username, password_hash, person_id, display_name) VALUES (${username}, ${hash}, ${personId}, ${username}) RETURNING id`);
    if (role) await db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${a.id}, ${role.role}, ${role.orgId})`);
    return a.id;
  };
  const accounts = {
    secX: await account('sec_x', null, { role: 'branch_secretary', orgId: branches.x.id }),
    secZ: await account('sec_z', null, { role: 'branch_secretary', orgId: branches.z.id }),
    l1: await account('v_l1', await person(committee.id)),
    l2: await account('v_l2', null),
    l3: await account('v_l3', null),
    m1: await account('v_m1', null),
    m2: await account('v_m2', null),
    m3: await account('v_m3', null),
    p1: await account('v_p1', null),
    p2: await account('v_p2', null),
    c: await account('v_c', px),
  };
  return { committee, branches, accounts };
}

/**
 * 工作实绩 50 (reads completed: linear 0–4, 60 → 30; 自评材料 rated max 10, 40 → 20) and 述职评议 50 (评议 rated, fed
 * by the leaders' and members' votes, 70 → 35; 幸福党建群众评议 rated, fed by the public, 30 → 15).
 */
export const reviewTree = [
  {
    key: 'work',
    name: '工作实绩',
    weight: 50,
    children: [
      { key: 'reads', name: '学习完成', weight: 60, leaf: { type: 'computed', metric: 'content.reads_completed', scoring: { fn: 'linear', from: 0, to: 4 } } },
      { key: 'self', name: '工作表现', weight: 40, leaf: { type: 'rated', maxScore: 10, rubric: '按党建工作责任制落实情况评分' } },
    ],
  },
  {
    key: 'review',
    name: '述职评议',
    weight: 50,
    children: [
      { key: 'vote', name: '述职评议', weight: 70, leaf: { type: 'rated', maxScore: 100 } },
      { key: 'happy', name: '幸福党建群众评议', weight: 30, leaf: { type: 'rated', maxScore: 100 } },
    ],
  },
];
