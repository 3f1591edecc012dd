import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { accounts, roleAssignments } from '../../../kernel/auth/auth.schema.js';
import type { Random } from '../../../seed/random.js';
import type { CityReference } from '../../../seed/names.js';
import { creditCodeCheckChar } from '../credit-code.js';
import { pairingEntrepreneurs, type companySizes } from '../pairing.schema.js';
import { addDays, officeTime, weighted, type Agency, type World } from './world.js';
import { brands, districtWeights, positions, rejectReasons, sectorAgencies, sectorProfiles } from './texts.js';

export type EntrepreneurRow = typeof pairingEntrepreneurs.$inferInsert;

/** An entrepreneur as planned, and once inserted its id and account. */
export interface PlannedEntrepreneur {
  row: EntrepreneurRow;
  /** Day from which the entrepreneur may be paired (approval). */
  approvedOn: string | null;
  agency: Agency | null;
  id?: number;
  accountId?: number;
}

const codeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 11714 organisation code: 8 characters and their check character (weights 3 7 9 10 5 8 4 2, mod 11; 10 is X). */
function organisationCode(body8: string): string {
  const value = (ch: string) => (ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch));
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const c = 11 - ([...body8].reduce((s, ch, i) => s + value(ch) * weights[i], 0) % 11);
  return body8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** A company's 统一社会信用代码: 9 (工商) 1 (企业), the district's region code, an MA organisation code, the GB 32100 check character. */
export function companyCreditCode(r: Random, districtCode: string): string {
  let body = 'MA';
  for (let i = 0; i < 6; i++) body += codeAlphabet[r.int(0, codeAlphabet.length - 1)];
  const first17 = `91${districtCode}${organisationCode(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

const sizeWeights: Record<(typeof companySizes)[number], number> = { micro: 30, small: 42, medium: 22, large: 6 };
const sectorWeights = Object.fromEntries(Object.entries(sectorProfiles).map(([code, p]) => [code, p.weight])) as Record<string, number>;

interface PlanInput {
  r: Random;
  count: number;
  today: string;
  world: World;
  ref: CityReference;
}

/**
 * Young entrepreneurs (aged 24–44): most registered by the agency looking after their sector and approved at once
 * (some self-registered and approved after review), a few self-registrations waiting, a few rejected.
 */
export function planEntrepreneurs({ r, count, today, world, ref }: PlanInput): PlannedEntrepreneur[] {
  const byName = new Map(world.agencies.map((a) => [a.name, a]));
  const used = { codes: new Set<string>(), phones: new Set<string>(), companies: new Set<string>() };
  const districtName = new Map(ref.districts.map((d) => [d.code, d.name]));
  const planned: PlannedEntrepreneur[] = [];
  for (let i = 0; i < count; i++) {
    const sector = weighted(r, sectorWeights);
    const districtCode = weighted(r, districtWeights);
    const profile = sectorProfiles[sector];
    let company = '';
    for (let k = 0; !company || used.companies.has(company); k++) {
      const place = k > 2 ? (districtName.get(districtCode) ?? '').replace(/[区市]$/, '') : '';
      company = `青岛${place}${r.pick(brands)}${r.pick(profile.words)}有限公司`;
    }
    used.companies.add(company);
    let creditCode = companyCreditCode(r, districtCode);
    while (used.codes.has(creditCode)) creditCode = companyCreditCode(r, districtCode);
    used.codes.add(creditCode);
    let phone = '';
    while (!phone || used.phones.has(phone)) phone = `1${r.pick(['35', '36', '37', '38', '39', '58', '59', '86', '87', '88', '77', '99'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
    used.phones.add(phone);
    const name = ref.surnames[r.zipf(ref.surnames.length, 0.9)] + r.pick(ref.givenNameChars) + (r.chance(0.7) ? r.pick(ref.givenNameChars) : '');
    const age = r.int(24, 44);
    const birthDate = addDays(`${Number(today.slice(0, 4)) - age - 1}-01-01`, r.int(1, 364));
    const fields = { name, birthDate, position: r.pick(positions), company, creditCode, sector, districtCode, size: weighted(r, sizeWeights), phone };

    const roll = r.next();
    const agency = (sectorAgencies[sector] ?? []).map((n) => byName.get(n)).filter((a): a is Agency => !!a);
    const inCharge = agency.length && r.chance(0.85) ? r.pick(agency) : r.pick(world.agencies);
    if (roll < 0.06) {
      // Waiting in the review queue: filed in the last three weeks.
      const created = officeTime(r, addDays(today, -r.int(0, 20)));
      planned.push({ row: { ...fields, orgId: world.root.id, orgPath: world.root.path, source: 'self', status: 'pending', createdAt: created, updatedAt: created }, approvedOn: null, agency: null });
    } else if (roll < 0.1) {
      const filed = addDays(today, -r.int(10, 360));
      const reviewed = officeTime(r, addDays(filed, r.int(1, 5)));
      planned.push({
        row: { ...fields, orgId: world.root.id, orgPath: world.root.path, source: 'self', status: 'rejected', rejectReason: r.pick(rejectReasons), reviewedBy: world.admin.id, reviewedAt: reviewed, createdAt: officeTime(r, filed), updatedAt: reviewed },
        approvedOn: null,
        agency: null,
      });
    } else {
      // Most were registered before or early in the demo year (the action started then), the rest through it.
      const self = r.chance(0.25);
      const filed = addDays(today, r.chance(0.6) ? -r.int(330, 420) : -r.int(30, 330));
      const approvedOn = self ? addDays(filed, r.int(1, 7)) : filed;
      const reviewedAt = officeTime(r, approvedOn);
      const createdAt = self ? officeTime(r, filed) : reviewedAt;
      planned.push({
        row: {
          ...fields, orgId: inCharge.id, orgPath: inCharge.path, source: self ? 'self' : 'staff', status: 'approved',
          reviewedBy: self ? world.admin.id : inCharge.actor, reviewedAt, createdBy: self ? null : inCharge.actor, createdAt, updatedAt: reviewedAt,
        },
        approvedOn,
        agency: inCharge,
      });
    }
  }
  return planned;
}

/**
 * Inserts the entrepreneurs and issues the approved ones their `entrepreneur` accounts (username qy<id> as the
 * registration command names them, the demo password): written in bulk, since hashing a generated password per
 * account as the command does would take minutes. The demo `entrepreneur` account becomes the first approved one's.
 */
export async function insertEntrepreneurs(tx: Db, planned: PlannedEntrepreneur[], world: World, passwordHash: string): Promise<void> {
  for (let i = 0; i < planned.length; i += 500) {
    const ids = await tx.insert(pairingEntrepreneurs).values(planned.slice(i, i + 500).map((p) => p.row)).returning({ id: pairingEntrepreneurs.id });
    ids.forEach((x, k) => (planned[i + k].id = x.id));
  }
  const approved = planned.filter((p) => p.row.status === 'approved');
  const [first, ...rest] = approved;
  if (first && world.entrepreneur) first.accountId = world.entrepreneur.id;
  const issue = world.entrepreneur ? rest : approved;
  for (let i = 0; i < issue.length; i += 500) {
    const part = issue.slice(i, i + 500);
    const ids = await tx
      .insert(accounts)
      .values(part.map((p) => ({ username: `qy${p.id}`, displayName: p.row.name, passwordHash, mustChangePassword: world.mustChangePassword, createdAt: p.row.reviewedAt as Date })))
      .returning({ id: accounts.id });
    ids.forEach((x, k) => (part[k].accountId = x.id));
    await tx.insert(roleAssignments).values(part.map((p) => ({ accountId: p.accountId!, role: 'entrepreneur' as const, orgId: p.row.orgId })));
  }
  await tx.execute(sql`UPDATE pairing_entrepreneurs e SET account_id = u.account_id
    FROM unnest(${`{${approved.map((p) => p.id).join(',')}}`}::int[], ${`{${approved.map((p) => p.accountId).join(',')}}`}::int[]) AS u(id, account_id)
    WHERE e.id = u.id`);
}
