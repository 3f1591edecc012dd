import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import type { Random } from '../../../seed/random.js';
import type { CommunityPlan } from './plan.js';

export interface SeedPerson {
  id: number;
  orgId: number;
  name: string;
  phone: string | null;
  /** District code of the person's ID number: where they live in the demo city. */
  district: string;
  agency: number;
}

export interface SeedAgency {
  index: number;
  id: number;
  path: string;
  /** The agency's name without "机关党委" ("市教育局"). */
  name: string;
  people: SeedPerson[];
  /** An organiser account of the agency (the demo's orgadmin accounts), if any. */
  adminAccountId: number | null;
}

export interface SeedCommunity {
  id: number;
  name: string;
  districtCode: string;
  streetCode: string;
  address: string;
  served: boolean;
  /** The staff account that decides for it in the demo history. */
  staffAccountId: number;
}

export interface SeedTeam {
  id: number;
  name: string;
  agency: SeedAgency;
  captain: SeedPerson;
  captainAccountId: number;
  members: number[];
  types: string[];
  areas: SeedCommunity[];
}

/** What every step of the community seed works with; one transaction, one PRNG, one clock. */
export interface SeedWorld {
  tx: Db;
  r: Random;
  now: number;
  plan: CommunityPlan;
  rootOrgId: number;
  passwordHash: string;
  mustChangePassword: boolean;
  agencies: SeedAgency[];
  people: SeedPerson[];
  /** Need type code by name (助老 → code). */
  types: Map<string, string>;
}

/** The demo city as the kernel seeded it: agencies and their members (the demo accounts' own people left out, so their flows start clean). */
export async function loadCity(tx: Db): Promise<Pick<SeedWorld, 'rootOrgId' | 'agencies' | 'people'>> {
  const [root] = await rows<{ id: number }>(tx, sql`SELECT id FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  const committees = await rows<{ id: number; path: string; name: string }>(tx, sql`SELECT id, path, name FROM orgs WHERE kind = 'party_committee' ORDER BY sort, id`);
  const admins = await rows<{ org_id: number; account_id: number }>(
    tx,
    sql`SELECT org_id, min(account_id)::int AS account_id FROM role_assignments WHERE role = 'org_admin' GROUP BY org_id`,
  );
  const found = await rows<{ id: number; org_id: number; path: string; name: string; phone: string | null; district: string }>(
    tx,
    sql`SELECT p.id, p.org_id, o.path, p.name, p.phone, left(p.id_number, 6) AS district FROM people p JOIN orgs o ON o.id = p.org_id
         WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = p.id) ORDER BY p.id`,
  );
  const agencies: SeedAgency[] = committees.map((c, index) => ({
    index,
    id: c.id,
    path: c.path,
    name: c.name.replace(/机关党委$/, ''),
    people: [],
    adminAccountId: admins.find((a) => a.org_id === c.id)?.account_id ?? null,
  }));
  const people: SeedPerson[] = [];
  for (const p of found) {
    const agency = agencies.find((a) => p.path.startsWith(a.path));
    if (!agency) continue;
    const person = { id: p.id, orgId: p.org_id, name: p.name, phone: p.phone, district: p.district, agency: agency.index };
    agency.people.push(person);
    people.push(person);
  }
  return { rootOrgId: root.id, agencies, people };
}

/** Runs `insert` over slices of `items`, concatenating what each returns. */
export async function inChunks<T, R>(items: T[], size: number, insert: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await insert(items.slice(i, i + size))));
  return out;
}

/** k distinct items drawn from list (partial Fisher–Yates), deterministic for the PRNG. */
export function sample<T>(r: Random, list: readonly T[], k: number): T[] {
  const copy = list.slice();
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(r.next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

export const pad3 = (n: number) => String(n).padStart(3, '0');
export const dateOnly = (t: number) => new Date(t).toISOString().slice(0, 10);
