import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ModuleContext, SeedOptions } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { addDays, shanghaiDay, shanghaiTime } from '../../../kernel/time.js';
import { makeRandom, type Random } from '../../../seed/random.js';
import { districtCodes, streetsOf } from '../bases.reference.js';
import { bookingTitles, brandSeeds, milestoneTitles, pointThemes, projectNames } from './texts.js';

interface Org {
  id: number;
  path: string;
  name: string;
}

export interface BasesSeedSummary {
  venues: number;
  demonstrationPoints: number;
  bookings: Record<'approved' | 'pending' | 'cancelled', number>;
  projects: number;
  cohort: number;
  brands: number;
}

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) => days.map((weekday) => ({ weekday, opens, closes }));
/** Two slots a day the seed books: morning 09:00–11:00 and afternoon 14:30–16:30 (Asia/Shanghai). */
const slots = [
  { start: 9 * 60, end: 11 * 60 },
  { start: 14 * 60 + 30, end: 16 * 60 + 30 },
];

/**
 * The demo city's position matrix: the party school, the exchange centre, 15 demonstration points across agencies and
 * districts, a few rooms; a year of bookings (and a month ahead, some awaiting approval); 11 第一粒扣子 projects with
 * cohorts, plans and progress; the six brands with milestones and honours. Deterministic for a seed and a day.
 */
export async function seedBases(ctx: ModuleContext, opts: SeedOptions, now = new Date()): Promise<BasesSeedSummary | null> {
  const r = makeRandom(opts.seed + 1616);
  const db = ctx.db;
  const [root] = await rows<Org>(db, sql`SELECT id, path, name FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  const [admin] = await rows<{ id: number }>(db, sql`SELECT id FROM accounts WHERE username = 'admin'`);
  if (!root || !admin) return null;
  const agencies = await rows<Org>(db, sql`SELECT id, path, name FROM orgs WHERE parent_id = ${root.id} AND kind = 'party_committee' ORDER BY sort, id`);
  if (!agencies.length) return null;
  const today = shanghaiDay(now);
  const summary = await transaction(db, async (tx) => {
    const venues = await insertVenues(tx, r, root, agencies, admin.id, today);
    const bookings = await insertBookings(tx, r, venues, agencies, root, admin.id, today);
    const { projects, cohort } = await insertProjects(tx, r, agencies, admin.id, today);
    const brands = await insertBrands(tx, r, root, admin.id, today);
    return { venues: venues.length, demonstrationPoints: venues.filter((v) => v.kind === 'demonstration_point').length, bookings, projects, cohort, brands };
  });
  opts.log(
    `阵地矩阵: 阵地 ${summary.venues} 个（示范点 ${summary.demonstrationPoints}）; 预约 ${summary.bookings.approved} 场（待审批 ${summary.bookings.pending}，已取消 ${summary.bookings.cancelled}）; ` +
      `“第一粒扣子”项目 ${summary.projects} 个（学员 ${summary.cohort} 人）; 品牌 ${summary.brands} 个`,
  );
  return summary;
}

interface SeededVenue {
  id: number;
  kind: string;
  org: Org;
  capacity: number;
  shared: boolean;
  needsApproval: boolean;
  days: number[];
}

async function insertVenues(tx: Db, r: Random, root: Org, agencies: Org[], by: number, today: string): Promise<SeededVenue[]> {
  const out: SeededVenue[] = [];
  const add = async (v: { kind: string; name: string; theme: string; org: Org; district: string; capacity: number; facilities: string[]; hours: { weekday: number; opens: string; closes: string }[]; needsApproval: boolean; shared: boolean; designatedOn: string | null; address: string }) => {
    const street = streetsOf(v.district)[0] ?? null;
    const [row] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO bases_venues (kind, name, theme, description, org_id, org_path, district_code, street_code, address, capacity, facilities, opening_hours, needs_approval, shared, designated_on, feed_token, created_by, created_at)
          VALUES (${v.kind}, ${v.name}, ${v.theme}, ${''}, ${v.org.id}, ${v.org.path}, ${v.district}, ${street}, ${v.address}, ${v.capacity}, ${`{${v.facilities.join(',')}}`}::text[], ${JSON.stringify(v.hours)}::jsonb,
                  ${v.needsApproval}, ${v.shared}, ${v.designatedOn}, ${randomBytes(24).toString('base64url')}, ${by}, ${shanghaiTime(addDays(today, -400), 9 * 60)}) RETURNING id`,
    );
    out.push({ id: row.id, kind: v.kind, org: v.org, capacity: v.capacity, shared: v.shared, needsApproval: v.needsApproval, days: v.hours.map((h) => h.weekday) });
  };
  await add({ kind: 'party_school', name: '市直机关党校', theme: '党员干部教育培训主阵地', org: root, district: '370202', capacity: 300, facilities: ['LED屏', '音响', '电子签到', '直播设备'], hours: weekdays('08:00', '21:00', [1, 2, 3, 4, 5, 6]), needsApproval: true, shared: true, designatedOn: null, address: '市南区党校教学楼' });
  await add({ kind: 'exchange_centre', name: '机关党建交流服务中心', theme: '机关党建交流、展示与服务', org: root, district: '370202', capacity: 120, facilities: ['投影', '音响', '党建书屋', '展陈'], hours: weekdays('08:30', '17:30'), needsApproval: true, shared: true, designatedOn: null, address: '市南区交流服务中心一楼' });
  for (const [i, theme] of pointThemes.entries()) {
    const org = agencies[i % agencies.length];
    const designated = addDays(today, -r.int(60, 700));
    await add({
      kind: 'demonstration_point', name: `${org.name.replace(/机关党委$/, '')}“${theme}”示范点`, theme, org, district: districtCodes[i % districtCodes.length], capacity: r.int(4, 10) * 10,
      facilities: ['投影', '音响', ...(r.chance(0.5) ? ['展陈'] : []), ...(r.chance(0.4) ? ['党建书屋'] : [])], hours: weekdays('08:30', '17:30'), needsApproval: i % 2 === 0, shared: true, designatedOn: designated, address: `${org.name.replace(/机关党委$/, '')}办公楼`,
    });
  }
  for (const [i, org] of agencies.slice(0, 3).entries()) {
    await add({ kind: 'room', name: `${org.name.replace(/机关党委$/, '')}党员活动室`, theme: '', org, district: districtCodes[(i + 3) % districtCodes.length], capacity: 30, facilities: ['投影'], hours: [], needsApproval: false, shared: false, designatedOn: null, address: `${org.name.replace(/机关党委$/, '')}办公楼` });
  }
  return out;
}

/** About two bookings a week a venue over the past year, and a few weeks ahead; each (venue, day, slot) once, so none overlap. */
async function insertBookings(tx: Db, r: Random, venues: SeededVenue[], agencies: Org[], root: Org, by: number, today: string) {
  const counts = { approved: 0, pending: 0, cancelled: 0 };
  const values: ReturnType<typeof sql>[] = [];
  for (const v of venues) {
    const perWeek = v.kind === 'party_school' ? 4 : v.kind === 'exchange_centre' ? 3 : 2;
    for (let week = -52; week < 4; week++) {
      const used = new Set<string>();
      for (let k = 0; k < perWeek; k++) {
        const day = addDays(today, week * 7 + r.int(0, 6));
        const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
        const slot = r.int(0, 1);
        if (!v.days.includes(weekday) || used.has(`${day}/${slot}`) || day === today) continue;
        used.add(`${day}/${slot}`);
        const org = v.shared && r.chance(0.5) ? r.pick(agencies) : v.org.id === root.id ? r.pick(agencies) : v.org;
        const starts = shanghaiTime(day, slots[slot].start);
        const ends = shanghaiTime(day, slots[slot].end);
        const future = day > today;
        const status = future && v.needsApproval && r.chance(0.3) ? 'pending' : r.chance(0.04) ? 'cancelled' : 'approved';
        if (status === 'cancelled' && !future) continue;
        counts[status] += 1;
        const expected = r.int(Math.ceil(v.capacity * 0.3), v.capacity);
        const attended = status === 'approved' && !future ? Math.max(1, expected - r.int(0, Math.ceil(expected * 0.2))) : null;
        const requested = shanghaiTime(addDays(day, -r.int(3, 20)), 10 * 60);
        values.push(
          sql`(${v.id}, ${r.pick(bookingTitles)}, ${org.id}, ${org.path}, ${starts.toISOString()}::timestamptz, ${ends.toISOString()}::timestamptz, ${status}, ${expected}, ${attended}::int, ${by}, ${status === 'pending' ? null : by}::int,
               ${status === 'pending' ? null : requested.toISOString()}::timestamptz, ${status === 'cancelled' ? '日程调整' : null}, ${requested.toISOString()}::timestamptz)`,
        );
      }
    }
  }
  for (let i = 0; i < values.length; i += 500) {
    await tx.execute(sql`INSERT INTO bases_bookings (venue_id, title, org_id, org_path, starts_at, ends_at, status, expected_attendees, attendees, requested_by, decided_by, decided_at, decision_note, created_at)
      VALUES ${sql.join(values.slice(i, i + 500), sql`, `)}`);
  }
  return counts;
}

async function insertProjects(tx: Db, r: Random, agencies: Org[], by: number, today: string) {
  let cohort = 0;
  for (const [i, name] of projectNames.entries()) {
    const org = agencies[(i * 2) % agencies.length];
    const startsOn = addDays(today, -r.int(90, 330));
    const endsOn = addDays(startsOn, 365);
    const [p] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO bases_projects (name, org_id, org_path, summary, goal, starts_on, ends_on, status, created_by, created_at)
          VALUES (${name}, ${org.id}, ${org.path}, ${`${org.name.replace(/机关党委$/, '')}面向新入职、新提任青年干部的培养项目。`}, ${'扣好青年干部职业生涯“第一粒扣子”，一年内完成理论学习、基层实践、岗位练兵。'},
                  ${startsOn}, ${endsOn}, 'running', ${by}, ${shanghaiTime(startsOn, 9 * 60)}) RETURNING id`,
    );
    const milestones: { id: number; dueOn: string }[] = [];
    for (const [k, title] of milestoneTitles.entries()) {
      const dueOn = addDays(startsOn, 30 + k * 60);
      const [m] = await rows<{ id: number }>(tx, sql`INSERT INTO bases_project_milestones (project_id, title, due_on, sort) VALUES (${p.id}, ${title}, ${dueOn}, ${k}) RETURNING id`);
      milestones.push({ id: m.id, dueOn });
    }
    const people = await rows<{ id: number }>(
      tx,
      sql`SELECT x.id FROM people x JOIN orgs o ON o.id = x.org_id WHERE o.path LIKE ${org.path + '%'} ORDER BY x.birth_date DESC NULLS LAST, x.id LIMIT ${r.int(6, 12) + 1}`,
    );
    for (const [k, person] of people.entries()) {
      const role = k === people.length - 1 && people.length > 2 ? 'mentor' : 'trainee';
      await tx.execute(sql`INSERT INTO bases_project_members (project_id, person_id, role, joined_on) VALUES (${p.id}, ${person.id}, ${role}, ${startsOn})`);
      if (role === 'mentor') continue;
      cohort += 1;
      for (const m of milestones) {
        if (m.dueOn >= today || !r.chance(0.85)) continue;
        await tx.execute(sql`INSERT INTO bases_project_progress (milestone_id, person_id, completed_on, recorded_by) VALUES (${m.id}, ${person.id}, ${addDays(m.dueOn, -r.int(0, 10))}, ${by})`);
      }
    }
    if (r.chance(0.7)) await tx.execute(sql`INSERT INTO bases_project_results (project_id, title, description, achieved_on, created_by) VALUES (${p.id}, ${'形成青年干部基层调研报告汇编'}, ${'收录学员调研报告，部分转化为工作举措。'}, ${addDays(startsOn, 60)}, ${by})`);
  }
  return { projects: projectNames.length, cohort };
}

async function insertBrands(tx: Db, r: Random, root: Org, by: number, today: string) {
  for (const b of brandSeeds) {
    const [row] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO bases_brands (code, name, org_id, org_path, description, linked_modules, metric_names, created_by)
          VALUES (${b.code}, ${b.name}, ${root.id}, ${root.path}, ${b.description}, ${`{${b.modules.join(',')}}`}::text[], ${`{${b.metrics.join(',')}}`}::text[], ${by}) RETURNING id`,
    );
    await tx.execute(sql`INSERT INTO bases_brand_entries (brand_id, kind, title, happened_on, created_by) VALUES (${row.id}, 'milestone', ${`“${b.name}”品牌启动`}, ${addDays(today, -r.int(500, 900))}, ${by})`);
    await tx.execute(sql`INSERT INTO bases_brand_entries (brand_id, kind, title, happened_on, created_by) VALUES (${row.id}, 'milestone', ${'年度成果展示交流会'}, ${addDays(today, -r.int(30, 300))}, ${by})`);
    if (b.code === 'danddang_1plus1') {
      await tx.execute(sql`INSERT INTO bases_brand_entries (brand_id, kind, title, level, awarded_by, happened_on, created_by) VALUES (${row.id}, 'honour', ${'全国机关党建示范品牌'}, 'national', ${'中央和国家机关工委'}, ${addDays(today, -r.int(100, 300))}, ${by})`);
    } else if (r.chance(0.6)) {
      await tx.execute(sql`INSERT INTO bases_brand_entries (brand_id, kind, title, level, awarded_by, happened_on, created_by) VALUES (${row.id}, 'honour', ${'全省机关党建优秀品牌'}, 'provincial', ${'省直机关工委'}, ${addDays(today, -r.int(100, 400))}, ${by})`);
    }
  }
  return brandSeeds.length;
}
