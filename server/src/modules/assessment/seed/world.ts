import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import type { Role } from '../../../kernel/access/roles.js';
import type { Random } from '../../../seed/random.js';

/**
 * The seed acts through the module's own commands as a signed-in account would, outside any request: the account's
 * context as the guard would build it (its role assignments), without a session.
 */
export async function actingAs(db: Db, accountId: number): Promise<{ auth: AuthContext; req: FastifyRequest }> {
  const [a] = await rows<{ username: string; display_name: string; person_id: number | null; person_path: string | null }>(
    db,
    sql`SELECT a.username, a.display_name, a.person_id, o.path AS person_path FROM accounts a LEFT JOIN people p ON p.id = a.person_id LEFT JOIN orgs o ON o.id = p.org_id WHERE a.id = ${accountId}`,
  );
  const assignments = await rows<{ role: Role; orgId: number; orgPath: string; orgName: string }>(
    db,
    sql`SELECT r.role, o.id AS "orgId", o.path AS "orgPath", o.name AS "orgName" FROM role_assignments r JOIN orgs o ON o.id = r.org_id WHERE r.account_id = ${accountId} ORDER BY r.id`,
  );
  const auth: AuthContext = {
    accountId, username: a.username, displayName: a.display_name, personId: a.person_id, personOrgPath: a.person_path,
    mustChangePassword: false, sessionId: '', csrfToken: '', assignments,
  };
  return { auth, req: { auth, ip: null, headers: {} } as unknown as FastifyRequest };
}

export interface ReviewWorld {
  admin: number;
  reviewer: number;
  /** The demo accounts that take part in the running round's meeting (secretary, member), if present. */
  demoSecretary: number | null;
  demoMember: number | null;
  agency: { id: number; path: string; name: string };
  branches: { id: number; name: string; path: string }[];
  /** Account of each branch's party secretary (created here where the branch had none), by branch id. */
  secretaries: Map<number, number>;
  voters: { leaders: number[]; members: number[]; public: number[] };
}

const ids = (list: number[]) => `{${list.join(',')}}`;

/**
 * The first agency (the demo `orgadmin`'s) and its branches, with the accounts a 述职评议 needs: a party secretary for
 * each branch, five of the agency's leaders, six member representatives (people of its branches) and five of the
 * public (accounts without a person). They sign in with the demo password.
 */
export async function loadReviewWorld(db: Db, r: Random): Promise<ReviewWorld | null> {
  const acc = await rows<{ username: string; id: number; hash: string; must: boolean }>(
    db,
    sql`SELECT username, id, password_hash AS hash, must_change_password AS must FROM accounts WHERE username IN ('admin', 'reviewer', 'secretary', 'member', 'orgadmin')`,
  );
  const by = (u: string) => acc.find((a) => a.username === u);
  const admin = by('admin');
  const reviewer = by('reviewer');
  const orgadmin = by('orgadmin');
  if (!admin || !reviewer || !orgadmin) return null;
  const [agency] = await rows<{ id: number; path: string; name: string }>(
    db,
    sql`SELECT o.id, o.path, o.name FROM role_assignments ra JOIN orgs o ON o.id = ra.org_id WHERE ra.account_id = ${orgadmin.id} AND ra.role = 'org_admin' ORDER BY o.id LIMIT 1`,
  );
  const branches = await rows<{ id: number; name: string; path: string }>(db, sql`SELECT id, name, path FROM orgs WHERE kind = 'branch' AND path LIKE ${agency.path + '%'} ORDER BY path`);
  if (branches.length < 3) return null;
  const free = await rows<{ id: number; name: string; org_id: number }>(
    db,
    sql`SELECT p.id, p.name, p.org_id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${agency.path + '%'}
          AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = p.id) ORDER BY p.id`,
  );
  const existing = new Map(
    (
      await rows<{ org_id: number; id: number }>(
        db,
        sql`SELECT org_id, min(account_id)::int AS id FROM role_assignments WHERE role = 'branch_secretary' AND org_id = ANY(${ids(branches.map((b) => b.id))}::int[]) GROUP BY org_id`,
      )
    ).map((x) => [x.org_id, x.id]),
  );
  const taken = new Set<number>();
  const pickIn = (orgId: number | null) => {
    const list = free.filter((p) => !taken.has(p.id) && (orgId == null || p.org_id === orgId));
    const p = list.length ? list[orgId == null ? r.int(0, list.length - 1) : 0] : undefined;
    if (p) taken.add(p.id);
    return p;
  };
  const secretaries = new Map(existing);
  const plan: { username: string; name: string; personId: number | null; role?: { role: Role; orgId: number } }[] = [];
  branches.forEach((b, i) => {
    if (existing.has(b.id)) return;
    const p = pickIn(b.id);
    plan.push({ username: `shuji${String(i + 1).padStart(3, '0')}`, name: p?.name ?? `${b.name}书记`, personId: p?.id ?? null, role: { role: 'branch_secretary', orgId: b.id } });
  });
  const nSecretaries = plan.length;
  for (let i = 1; i <= 5; i++) {
    const p = pickIn(null);
    plan.push({ username: `lingdao${i}`, name: p?.name ?? `领导班子成员${i}`, personId: p?.id ?? null });
  }
  for (let i = 1; i <= 6; i++) {
    const p = pickIn(null);
    plan.push({ username: `daibiao${i}`, name: p?.name ?? `党员代表${i}`, personId: p?.id ?? null });
  }
  for (let i = 1; i <= 5; i++) plan.push({ username: `qunzhong${i}`, name: `群众代表${i}`, personId: null });

  const made = await transaction(db, async (tx) => {
    const out: number[] = [];
    for (const p of plan) {
      const [a] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO accounts (username, password_hash, person_id, display_name, must_change_password) VALUES (${p.username}, ${admin.hash}, ${p.personId}, ${p.name}, ${admin.must}) RETURNING id`,
      );
      if (p.role) await tx.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${a.id}, ${p.role.role}, ${p.role.orgId})`);
      if (p.personId) {
        const [org] = await rows<{ org_id: number }>(tx, sql`SELECT org_id FROM people WHERE id = ${p.personId}`);
        await tx.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${a.id}, 'member', ${org.org_id}) ON CONFLICT DO NOTHING`);
      }
      out.push(a.id);
    }
    return out;
  });
  plan.slice(0, nSecretaries).forEach((p, i) => secretaries.set(p.role!.orgId, made[i]));
  const rest = made.slice(nSecretaries);
  return {
    admin: admin.id,
    reviewer: reviewer.id,
    demoSecretary: by('secretary')?.id ?? null,
    demoMember: by('member')?.id ?? null,
    agency,
    branches,
    secretaries,
    voters: { leaders: rest.slice(0, 5), members: rest.slice(5, 11), public: rest.slice(11, 16) },
  };
}
