import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { orgInScope } from '../../../kernel/org/org.queries.js';
import { maskPhone } from '../../../kernel/org/id-number.js';
import { createAccount } from '../../../kernel/accounts/commands/create-account.js';
import { pairingEntrepreneurs } from '../pairing.schema.js';
import { violates } from '../pairing.access.js';
import type { PublicRegistration, RegisterEntrepreneur, UpdateEntrepreneur } from './entrepreneurs.dto.js';

/** The same person of the same company registered twice (the partial unique index) is a clear 409. */
async function unique<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (violates(err, 'pairing_entrepreneurs_person_uq')) {
      throw new AppError('entrepreneur_registered', [{ field: 'creditCode', message: 'already registered' }]);
    }
    throw err;
  }
}

/** What the audit log keeps of a registration: no full phone number. */
const auditView = (e: { name?: string; company?: string; creditCode?: string; phone?: string; [k: string]: unknown }) => ({ ...e, phone: e.phone ? maskPhone(e.phone) : e.phone });

const orgNotFound = () => new AppError('not_found', [{ field: 'orgId', message: 'organisation not found' }]);

/** Issues the `entrepreneur` account at the organisation in charge (kernel accounts; audited there). */
async function issueAccount(tx: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, e: { id: number; name: string; orgId: number }, username: string | undefined) {
  const { id, initialPassword } = await createAccount(tx, req, auth, scope, { username: username ?? `qy${e.id}`, displayName: e.name, personId: null, role: 'entrepreneur', orgId: e.orgId });
  await tx.update(pairingEntrepreneurs).set({ accountId: id }).where(sql`id = ${e.id}`);
  return { username: username ?? `qy${e.id}`, initialPassword };
}

/** Staff registration: approved at once, with the account issued. */
export async function registerEntrepreneur(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, input: RegisterEntrepreneur) {
  return unique(() =>
    transaction(db, async (tx) => {
      const org = await orgInScope(tx, input.orgId, scope);
      if (!org) throw orgNotFound();
      const { username, ...fields } = input;
      const [e] = await tx
        .insert(pairingEntrepreneurs)
        .values({ ...fields, orgId: org.id, orgPath: org.path, source: 'staff', status: 'approved', reviewedBy: auth.accountId, reviewedAt: new Date(), createdBy: auth.accountId })
        .returning({ id: pairingEntrepreneurs.id });
      await audit(tx, req, { action: 'pairing.entrepreneur_register', entity: 'pairing_entrepreneur', entityId: e.id, orgId: org.id, orgPath: org.path, summary: `${input.name} · ${input.company}`, after: auditView(fields) });
      const account = await issueAccount(tx, req, auth, scope, { id: e.id, name: input.name, orgId: org.id }, username);
      return { id: e.id, account };
    }),
  );
}

/** The public form: a pending registration at the committee root, for staff to review. */
export async function selfRegister(db: Db, req: FastifyRequest, input: PublicRegistration) {
  const { consent: _consent, ...fields } = input;
  return unique(() =>
    transaction(db, async (tx) => {
      const [root] = await rows<{ id: number; path: string }>(tx, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
      const [e] = await tx.insert(pairingEntrepreneurs).values({ ...fields, orgId: root.id, orgPath: root.path, source: 'self', status: 'pending' }).returning({ id: pairingEntrepreneurs.id });
      await audit(tx, req, {
        action: 'pairing.entrepreneur_self_register',
        entity: 'pairing_entrepreneur',
        entityId: e.id,
        orgId: root.id,
        orgPath: root.path,
        summary: `${fields.name} · ${fields.company}`,
        after: auditView(fields),
        actor: { accountId: null, username: 'public' },
      });
      return e.id;
    }),
  );
}

interface Locked {
  id: number;
  name: string;
  status: string;
  orgId: number;
  orgPath: string;
}

/** The entrepreneur whose organisation in charge lies in the scope, locked for the rest of the transaction. */
async function lockInScope(tx: Db, scope: Scope, id: number): Promise<Locked> {
  const [e] = await rows<Locked>(
    tx,
    sql`SELECT e.id, e.name, e.status, e.org_id AS "orgId", e.org_path AS "orgPath" FROM pairing_entrepreneurs e WHERE e.id = ${id} AND ${inScope(sql`e.org_path`, scope)} FOR UPDATE`,
  );
  if (!e) throw new AppError('not_found');
  return e;
}

const assertPending = (e: Locked) => {
  if (e.status !== 'pending') throw new AppError('invalid_transition', { status: e.status, message: 'only a pending registration is reviewed' });
};

/** Approves a pending registration (optionally handing it to an organisation of the scope) and issues the account. */
export async function approveEntrepreneur(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, id: number, input: { orgId?: number; username?: string }) {
  return transaction(db, async (tx) => {
    const e = await lockInScope(tx, scope, id);
    assertPending(e);
    let org = { id: e.orgId, path: e.orgPath };
    if (input.orgId) {
      const found = await orgInScope(tx, input.orgId, scope);
      if (!found) throw orgNotFound();
      org = { id: found.id, path: found.path };
    }
    await tx.update(pairingEntrepreneurs).set({ status: 'approved', orgId: org.id, orgPath: org.path, reviewedBy: auth.accountId, reviewedAt: new Date(), updatedAt: new Date() }).where(sql`id = ${id}`);
    await audit(tx, req, { action: 'pairing.entrepreneur_approve', entity: 'pairing_entrepreneur', entityId: id, orgId: org.id, orgPath: org.path, summary: e.name, before: { status: e.status, orgId: e.orgId }, after: { status: 'approved', orgId: org.id } });
    return issueAccount(tx, req, auth, scope, { id, name: e.name, orgId: org.id }, input.username);
  });
}

export async function rejectEntrepreneur(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, id: number, reason: string) {
  await transaction(db, async (tx) => {
    const e = await lockInScope(tx, scope, id);
    assertPending(e);
    await tx.update(pairingEntrepreneurs).set({ status: 'rejected', rejectReason: reason, reviewedBy: auth.accountId, reviewedAt: new Date(), updatedAt: new Date() }).where(sql`id = ${id}`);
    await audit(tx, req, { action: 'pairing.entrepreneur_reject', entity: 'pairing_entrepreneur', entityId: id, orgId: e.orgId, orgPath: e.orgPath, summary: `${e.name}: ${reason}`, after: { status: 'rejected', reason } });
  });
}

export async function updateEntrepreneur(db: Db, req: FastifyRequest, scope: Scope, id: number, input: UpdateEntrepreneur) {
  await unique(() =>
    transaction(db, async (tx) => {
      const e = await lockInScope(tx, scope, id);
      if (e.status === 'rejected') throw new AppError('invalid_transition', { status: e.status, message: 'a rejected registration is not edited' });
      const { orgId, ...fields } = input;
      let org = { id: e.orgId, path: e.orgPath };
      if (orgId) {
        const found = await orgInScope(tx, orgId, scope);
        if (!found) throw orgNotFound();
        org = { id: found.id, path: found.path };
      }
      const [before] = await rows<Record<string, unknown>>(tx, sql`SELECT name, company, credit_code AS "creditCode", sector, district_code AS "districtCode", size, phone, position, org_id AS "orgId" FROM pairing_entrepreneurs WHERE id = ${id}`);
      await tx.update(pairingEntrepreneurs).set({ ...fields, orgId: org.id, orgPath: org.path, updatedAt: new Date() }).where(sql`id = ${id}`);
      await audit(tx, req, { action: 'pairing.entrepreneur_update', entity: 'pairing_entrepreneur', entityId: id, orgId: org.id, orgPath: org.path, summary: e.name, before: auditView(before), after: auditView({ ...fields, orgId: org.id }) });
    }),
  );
}
