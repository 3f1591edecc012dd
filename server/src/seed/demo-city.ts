import { sql } from 'drizzle-orm';
import type { Db } from '../kernel/db/client.js';
import { rows, transaction } from '../kernel/db/client.js';
import { orgs, people } from '../kernel/org/org.schema.js';
import { accounts, roleAssignments } from '../kernel/auth/auth.schema.js';
import { appMeta } from '../kernel/db/meta.schema.js';
import { hashPassword } from '../kernel/auth/password.js';
import { makeIdNumber } from '../kernel/org/id-number.js';
import type { Role } from '../kernel/access/roles.js';
import { makeRandom, type Random } from './random.js';
import { departmentNames, educations, ethnicities, loadCityReference, positions } from './names.js';

export type SeedScale = 'tiny' | 'small' | 'city';

export const scales: Record<SeedScale, { agencies: number; branches: number; membersPerBranch: number }> = {
  tiny: { agencies: 3, branches: 12, membersPerBranch: 8 },
  small: { agencies: 12, branches: 150, membersPerBranch: 14 },
  city: { agencies: 58, branches: 1000, membersPerBranch: 20 },
};

export interface DemoAccount {
  username: string;
  role: Role;
  orgName: string;
  note: string;
}

export interface SeedCityOptions {
  scale: SeedScale;
  seed?: number;
  demoPassword: string;
  /** Share of members aged 35 or under (young cadres). */
  youngRatio?: number;
  /** Reference date for ages, so the same seed gives the same city. */
  today?: string;
  mustChangePassword?: boolean;
  log?: (msg: string) => void;
}

export const SEED_META_KEY = 'seed.demo_city';

export async function demoCitySeeded(db: Db): Promise<boolean> {
  const r = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM app_meta WHERE key = ${SEED_META_KEY}`);
  return r[0].n > 0;
}

function personName(r: Random, ref: ReturnType<typeof loadCityReference>) {
  const surname = ref.surnames[r.zipf(ref.surnames.length, 0.9)];
  const given = r.pick(ref.givenNameChars) + (r.chance(0.75) ? r.pick(ref.givenNameChars) : '');
  return surname + given;
}

function birthDate(r: Random, today: Date, young: boolean) {
  const age = young ? r.int(22, 35) : r.int(36, 59);
  const d = new Date(Date.UTC(today.getUTCFullYear() - age - 1, 0, 1) + r.int(1, 364) * 86400_000);
  return d.toISOString().slice(0, 10);
}

function nextSeq(counters: Map<string, number>, key: string, male: boolean) {
  const k = key + (male ? 'm' : 'f');
  const n = counters.get(k) ?? 0;
  counters.set(k, n + 1);
  return 10 + n * 2 + (male ? 1 : 0);
}

/** Builds the committee, agencies, branches, members and one demo account per role. Idempotent. */
export async function seedDemoCity(db: Db, opts: SeedCityOptions): Promise<DemoAccount[]> {
  const log = opts.log ?? (() => {});
  if (await demoCitySeeded(db)) return [];
  const ref = loadCityReference();
  const size = scales[opts.scale];
  const r = makeRandom(opts.seed ?? 2026);
  const today = new Date(opts.today ?? '2026-07-01');
  const youngRatio = opts.youngRatio ?? 0.4;
  const passwordHash = await hashPassword(opts.demoPassword);
  const demo: DemoAccount[] = [];

  return transaction(db, async (tx) => {
    // Several processes may start on one fresh database: one seeds, the others find the marker.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7270702)`);
    if (await demoCitySeeded(tx)) return [];
    const [root] = await tx.insert(orgs).values({ name: '青岛市委市直机关工委', kind: 'committee', code: 'QDJGGW' }).returning();
    await tx.execute(sql`UPDATE orgs SET path = '/' || id || '/' WHERE id = ${root.id}`);
    const agencies = ref.agencies.slice(0, size.agencies);
    const committees = await tx
      .insert(orgs)
      .values(agencies.map((a, i) => ({ parentId: root.id, name: `${a}机关党委`, kind: 'party_committee' as const, sort: i, personalLeaderboard: i % 5 === 0 })))
      .returning();
    // Branches spread over agencies, larger agencies first, with a general branch where an agency has many.
    const perAgency = committees.map((_, i) => Math.max(2, Math.round((size.branches / committees.length) * (1.6 - (1.2 * i) / committees.length))));
    const branchRows: Array<{ parentId: number; name: string; kind: 'branch' | 'general_branch'; sort: number }> = [];
    const generalRows: Array<{ parentId: number; name: string; kind: 'general_branch'; sort: number }> = [];
    committees.forEach((c, i) => {
      if (perAgency[i] >= 12) generalRows.push({ parentId: c.id, name: '机关党总支', kind: 'general_branch', sort: 0 });
    });
    const generals = generalRows.length ? await tx.insert(orgs).values(generalRows).returning() : [];
    let total = 0;
    committees.forEach((c, i) => {
      const general = generals.find((g) => g.parentId === c.id);
      for (let b = 0; b < perAgency[i] && total < size.branches; b++, total++) {
        const dept = departmentNames[b % departmentNames.length];
        const round = Math.floor(b / departmentNames.length);
        const parentId = general && b % 2 === 1 ? general.id : c.id;
        branchRows.push({ parentId, name: `${dept}${round ? `第${round + 1}` : ''}党支部`, kind: 'branch', sort: b });
      }
    });
    const branches: Array<typeof orgs.$inferSelect> = [];
    for (let i = 0; i < branchRows.length; i += 1000) branches.push(...(await tx.insert(orgs).values(branchRows.slice(i, i + 1000)).returning()));
    for (let level = 0; level < 4; level++) {
      await tx.execute(sql`UPDATE orgs c SET path = p.path || c.id || '/' FROM orgs p WHERE c.parent_id = p.id AND c.path = '' AND p.path <> ''`);
    }
    log(`组织: 1 个工委, ${committees.length} 个机关党委, ${generals.length} 个党总支, ${branches.length} 个党支部`);

    const agencyOf = new Map<number, string>();
    committees.forEach((c, i) => agencyOf.set(c.id, agencies[i]));
    for (const g of generals) agencyOf.set(g.id, agencyOf.get(g.parentId!)!);
    const personRows: Array<typeof people.$inferInsert> = [];
    // ID sequence numbers are unique per area code and birth date, odd for men (GB 11643).
    const seqByKey = new Map<string, number>();
    for (const b of branches) {
      const unit = agencyOf.get(b.parentId!)!;
      const n = Math.max(3, Math.round(size.membersPerBranch * (0.6 + r.next() * 0.8)));
      for (let k = 0; k < n; k++) {
        const male = r.chance(0.55);
        const young = r.chance(youngRatio);
        const birth = birthDate(r, today, young);
        const district = r.pick(ref.districts).code;
        const status = r.chance(0.82) ? '正式党员' : r.pick(['预备党员', '入党积极分子', '群众'] as const);
        const joinYear = Number(birth.slice(0, 4)) + r.int(19, 28);
        personRows.push({
          orgId: b.id,
          name: personName(r, ref),
          gender: male ? '男' : '女',
          ethnicity: r.pick(ethnicities),
          birthDate: birth,
          idNumber: makeIdNumber(district, birth, nextSeq(seqByKey, district + birth, male), male),
          phone: `1${r.pick(['3', '5', '7', '8', '9'])}${String(r.int(0, 999999999)).padStart(9, '0')}`,
          partyStatus: status,
          joinDate: status === '正式党员' || status === '预备党员' ? `${Math.min(joinYear, today.getUTCFullYear() - 1)}-07-01` : null,
          unit,
          position: young ? r.pick(positions.slice(0, 6)) : r.pick(positions.slice(3)),
          education: r.pick(educations),
        });
      }
    }
    const personIds: number[] = [];
    for (let i = 0; i < personRows.length; i += 1000) {
      const inserted = await tx.insert(people).values(personRows.slice(i, i + 1000)).returning({ id: people.id });
      personIds.push(...inserted.map((p) => p.id));
    }
    log(`人员: ${personIds.length} 名（青年干部约 ${Math.round(youngRatio * 100)}%）`);

    const firstAgency = committees[0];
    const secondAgency = committees[1];
    const branchOfFirst = branches.find((b) => b.parentId === firstAgency.id)!;
    const [firstPeople] = await rows<{ ids: number[] }>(tx, sql`SELECT array_agg(id ORDER BY id) AS ids FROM people WHERE org_id = ${branchOfFirst.id}`);
    const plan: Array<{ username: string; displayName: string; role: Role; org: typeof orgs.$inferSelect; personId?: number; note: string }> = [
      { username: 'admin', displayName: '工委管理员', role: 'committee_admin', org: root, note: '全市' },
      { username: 'orgadmin', displayName: `${agencies[0]}党务专员`, role: 'org_admin', org: firstAgency, note: firstAgency.name },
      { username: 'orgadmin2', displayName: `${agencies[1]}党务专员`, role: 'org_admin', org: secondAgency, note: secondAgency.name },
      { username: 'secretary', displayName: '支部书记', role: 'branch_secretary', org: branchOfFirst, personId: firstPeople.ids[0], note: `${branchOfFirst.name}（${agencies[0]}）` },
      { username: 'member', displayName: '青年干部', role: 'member', org: branchOfFirst, personId: firstPeople.ids[1], note: `${branchOfFirst.name}（${agencies[0]}）` },
      { username: 'community', displayName: '社区工作者', role: 'community_staff', org: root, note: '社区' },
      { username: 'handler', displayName: '承办单位经办人', role: 'handler', org: secondAgency, note: secondAgency.name },
      { username: 'entrepreneur', displayName: '青年企业家', role: 'entrepreneur', org: root, note: '青创π' },
      { username: 'reviewer', displayName: '评审专家', role: 'reviewer', org: root, note: '专家库' },
    ];
    for (const p of plan) {
      const personName = p.personId ? (await rows<{ name: string }>(tx, sql`SELECT name FROM people WHERE id = ${p.personId}`))[0].name : null;
      const [acc] = await tx
        .insert(accounts)
        .values({ username: p.username, passwordHash, personId: p.personId ?? null, displayName: personName ?? p.displayName, mustChangePassword: opts.mustChangePassword ?? false })
        .returning();
      await tx.insert(roleAssignments).values({ accountId: acc.id, role: p.role, orgId: p.org.id });
      if (p.personId && p.role !== 'member') await tx.insert(roleAssignments).values({ accountId: acc.id, role: 'member', orgId: p.org.id });
      demo.push({ username: p.username, role: p.role, orgName: p.org.name, note: p.note });
    }
    await tx.insert(appMeta).values({ key: SEED_META_KEY, value: { scale: opts.scale, seed: opts.seed ?? 2026, at: new Date().toISOString() } });
    return demo;
  });
}

export const demoUsernames = ['admin', 'orgadmin', 'orgadmin2', 'secretary', 'member', 'community', 'handler', 'entrepreneur', 'reviewer'];

/** The demo accounts as they are in the database now (for the start-up banner on later starts). */
export async function listDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const found = await rows<{ username: string; role: Role; org_name: string }>(
    db,
    sql`SELECT DISTINCT ON (a.username) a.username, r.role, o.name AS org_name
          FROM accounts a JOIN role_assignments r ON r.account_id = a.id JOIN orgs o ON o.id = r.org_id
         WHERE a.username IN (${sql.join(demoUsernames.map((u) => sql`${u}`), sql`, `)})
         ORDER BY a.username, (r.role = 'member'), r.id`,
  );
  return demoUsernames.flatMap((u) => found.filter((f) => f.username === u).map((f) => ({ username: f.username, role: f.role, orgName: f.org_name, note: f.org_name })));
}
