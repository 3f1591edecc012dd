import type { FastifyRequest } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../db/client.js';
import type { Scope } from '../../access/scope.js';
import { AppError } from '../../errors.js';
import { audit } from '../../audit/audit.js';
import { people } from '../org.schema.js';
import { maskIdNumber, maskPhone } from '../id-number.js';
import { orgInScope } from '../org.queries.js';
import { personInScope, type PersonRow } from '../people.queries.js';
import type { CreatePerson, UpdatePerson } from '../people.dto.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../pg-errors.js';

type PersonValues = Omit<CreatePerson, 'phone' | 'joinDate' | 'unit' | 'position' | 'education'> & {
  phone: string | null;
  joinDate: string | null;
  unit: string | null;
  position: string | null;
  education: string | null;
};

const duplicateId = () => new AppError('conflict', [{ field: 'idNumber', message: 'a person with this ID number already exists' }]);
const orgMissing = () => new AppError('not_found', [{ field: 'orgId', message: 'organisation not found' }]);

/** The ID number carries the birth date and, in its 17th digit, the sex; they must agree with the other fields. */
function checkAgainstIdNumber(v: PersonValues) {
  const issues: Array<{ field: string; message: string }> = [];
  const idBirth = `${v.idNumber.slice(6, 10)}-${v.idNumber.slice(10, 12)}-${v.idNumber.slice(12, 14)}`;
  if (idBirth !== v.birthDate) issues.push({ field: 'birthDate', message: 'birth date does not match the ID number' });
  if ((Number(v.idNumber[16]) % 2 === 1) !== (v.gender === '男')) issues.push({ field: 'gender', message: 'gender does not match the ID number' });
  if (v.joinDate && v.joinDate < v.birthDate) issues.push({ field: 'joinDate', message: 'join date before birth date' });
  if (issues.length) throw new AppError('validation_failed', issues);
}

async function assertIdNumberFree(db: Db, idNumber: string, exceptId = 0) {
  const [dup] = await rows(db, sql`SELECT 1 FROM people WHERE id_number = ${idNumber} AND id <> ${exceptId}`);
  if (dup) throw duplicateId();
}

/** What the audit log keeps: never a full ID number or phone. */
function auditSnapshot(v: PersonValues) {
  return { ...v, idNumber: maskIdNumber(v.idNumber), phone: maskPhone(v.phone) };
}

function valuesOf(r: PersonRow): PersonValues {
  return {
    name: r.name,
    gender: r.gender as PersonValues['gender'],
    ethnicity: r.ethnicity,
    birthDate: r.birth_date,
    idNumber: r.id_number,
    phone: r.phone,
    partyStatus: r.party_status as PersonValues['partyStatus'],
    joinDate: r.join_date,
    unit: r.unit,
    position: r.position,
    education: r.education,
    orgId: r.org_id,
  };
}

async function withIdConflict<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (pgErrorCode(err) === UNIQUE_VIOLATION) throw duplicateId();
    throw err;
  }
}

export async function createPerson(db: Db, req: FastifyRequest, scope: Scope, input: CreatePerson): Promise<{ id: number; orgId: number }> {
  const values: PersonValues = {
    ...input,
    phone: input.phone ?? null,
    joinDate: input.joinDate ?? null,
    unit: input.unit ?? null,
    position: input.position ?? null,
    education: input.education ?? null,
  };
  checkAgainstIdNumber(values);
  return withIdConflict(
    transaction(db, async (tx) => {
      const org = await orgInScope(tx, values.orgId, scope);
      if (!org) throw orgMissing();
      await assertIdNumberFree(tx, values.idNumber);
      const [row] = await tx.insert(people).values(values).returning({ id: people.id });
      await audit(tx, req, {
        action: 'people.create',
        entity: 'person',
        entityId: row.id,
        orgId: org.id,
        orgPath: org.path,
        summary: `${values.name} · ${org.name}`,
        after: auditSnapshot(values),
      });
      return { id: row.id, orgId: org.id };
    }),
  );
}

export async function updatePerson(db: Db, req: FastifyRequest, scope: Scope, id: number, input: UpdatePerson): Promise<void> {
  await withIdConflict(
    transaction(db, async (tx) => {
      const current = await personInScope(tx, id, scope, true);
      if (!current) throw new AppError('not_found');
      const before = valuesOf(current);
      const after: PersonValues = { ...before, ...input };
      checkAgainstIdNumber(after);
      let orgPath = current.org_path;
      if (after.orgId !== before.orgId) {
        const org = await orgInScope(tx, after.orgId, scope);
        if (!org) throw orgMissing();
        orgPath = org.path;
      }
      if (after.idNumber !== before.idNumber) await assertIdNumberFree(tx, after.idNumber, id);
      const changed = (Object.keys(after) as Array<keyof PersonValues>).filter((k) => after[k] !== before[k]);
      if (changed.length === 0) return;
      await tx.update(people).set({ ...after, updatedAt: new Date() }).where(eq(people.id, id));
      const pick = (v: PersonValues) => Object.fromEntries(changed.map((k) => [k, auditSnapshot(v)[k]]));
      await audit(tx, req, {
        action: 'people.update',
        entity: 'person',
        entityId: id,
        orgId: after.orgId,
        orgPath,
        summary: `${after.name} · ${changed.join(', ')}`,
        before: pick(before),
        after: pick(after),
      });
    }),
  );
}
