import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import type { Role } from '../../../kernel/access/roles.js';
import { addDays, shanghaiDay } from '../../../kernel/time.js';
import type { Random } from '../../../seed/random.js';

export { addDays, shanghaiDay };

export interface Agency {
  id: number;
  path: string;
  /** The agency's name without “机关党委”, e.g. 市商务局. */
  name: string;
  /** Account id of the agency's own admin, else the committee admin. */
  actor: number;
}

export interface Cadre {
  id: number;
  name: string;
  birth: string;
  orgId: number;
  orgPath: string;
  /** The agency (party committee) the person works in. */
  agencyId: number;
}

/** The demo city as the kernel seeded it, as the pairing seed needs it. */
export interface World {
  root: { id: number; path: string };
  admin: { id: number; name: string };
  agencies: Agency[];
  /** Everyone under an agency, by agency id. */
  people: Cadre[];
  /** The demo `member` account (a young cadre at city scale) and the demo `entrepreneur` account. */
  member: { id: number; personId: number; name: string } | null;
  entrepreneur: { id: number; name: string } | null;
  mustChangePassword: boolean;
}

export async function loadWorld(db: Db): Promise<World | null> {
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  const [admin] = await rows<{ id: number; name: string; must: boolean }>(
    db,
    sql`SELECT id, display_name AS name, must_change_password AS must FROM accounts WHERE username = 'admin'`,
  );
  if (!root || !admin) return null;
  const orgAdmins = new Map(
    (await rows<{ org_id: number; id: number }>(db, sql`SELECT org_id, min(account_id)::int AS id FROM role_assignments WHERE role = 'org_admin' GROUP BY org_id`)).map((a) => [
      a.org_id,
      a.id,
    ]),
  );
  const agencies = (
    await rows<{ id: number; path: string; name: string }>(db, sql`SELECT id, path, name FROM orgs WHERE parent_id = ${root.id} AND kind = 'party_committee' ORDER BY sort, id`)
  ).map((o) => ({ id: o.id, path: o.path, name: o.name.replace(/机关党委$/, ''), actor: orgAdmins.get(o.id) ?? admin.id }));
  const agencyOfPath = (path: string) => agencies.find((a) => path.startsWith(a.path));
  const people = (
    await rows<{ id: number; name: string; birth: string; org_id: number; path: string }>(
      db,
      sql`SELECT p.id, p.name, p.birth_date::text AS birth, o.id AS org_id, o.path FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.id`,
    )
  ).flatMap((p) => {
    const agency = agencyOfPath(p.path);
    return agency ? [{ id: p.id, name: p.name, birth: p.birth, orgId: p.org_id, orgPath: p.path, agencyId: agency.id }] : [];
  });
  const demo = await rows<{ id: number; username: string; person_id: number | null; display_name: string }>(
    db,
    sql`SELECT id, username, person_id, display_name FROM accounts WHERE username IN ('member', 'entrepreneur')`,
  );
  const m = demo.find((a) => a.username === 'member' && a.person_id !== null);
  const e = demo.find((a) => a.username === 'entrepreneur');
  return {
    root,
    admin: { id: admin.id, name: admin.name },
    agencies,
    people,
    member: m ? { id: m.id, personId: m.person_id!, name: m.display_name } : null,
    entrepreneur: e ? { id: e.id, name: e.display_name } : null,
    mustChangePassword: admin.must,
  };
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000);
}

/** A moment of office hours (09:00–17:59 Asia/Shanghai) on a city day. */
export function officeTime(r: Random, day: string): Date {
  return new Date(Date.parse(`${day}T01:00:00Z`) + r.int(0, 8 * 60 + 59) * 60_000);
}

/** A working day (Monday to Friday) on or after `day`. */
export function weekday(day: string): string {
  let d = day;
  while ([0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) d = addDays(d, 1);
  return d;
}

export function weighted<T extends string>(r: Random, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as Array<[T, number]>;
  let roll = r.next() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((roll -= w) < 0) return k;
  return entries[entries.length - 1][0];
}

export function shuffle<T>(r: Random, list: readonly T[]): T[] {
  const copy = list.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * The seed acts through the engines' own commands as a signed-in account would, outside any request: this is the
 * account's context as the guard would build it (its role assignments), without a session.
 */
export async function actingAs(db: Db, accountId: number): Promise<AuthContext> {
  const [a] = await rows<{ username: string; display_name: string; person_id: number | null; person_path: string | null }>(
    db,
    sql`SELECT a.username, a.display_name, a.person_id, o.path AS person_path FROM accounts a LEFT JOIN people p ON p.id = a.person_id LEFT JOIN orgs o ON o.id = p.org_id WHERE a.id = ${accountId}`,
  );
  const assignments = await rows<{ role: Role; orgId: number; orgPath: string; orgName: string }>(
    db,
    sql`SELECT r.role, o.id AS "orgId", o.path AS "orgPath", o.name AS "orgName" FROM role_assignments r JOIN orgs o ON o.id = r.org_id WHERE r.account_id = ${accountId} ORDER BY r.id`,
  );
  return {
    accountId, username: a.username, displayName: a.display_name, personId: a.person_id, personOrgPath: a.person_path,
    mustChangePassword: false, sessionId: '', csrfToken: '', assignments,
  };
}
