import ExcelJS from 'exceljs';
import type { FastifyRequest } from 'fastify';
import { and, asc, eq, ilike, like, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { orgs, people, partyStatuses } from '../org/org.schema.js';
import { escapeLike, inScope, pathInScope, scopeFor } from '../access/scope.js';
import type { AuthContext } from '../auth/auth-context.js';
import { maskIdNumber, maskPhone } from '../org/id-number.js';
import { audit } from '../audit/audit.js';
import { AppError } from '../errors.js';
import { loadOrgRefs } from './org-paths.js';
import { addRosterHeader } from './template.js';

export interface ExportFilters {
  orgId?: number;
  q?: string;
  partyStatus?: (typeof partyStatuses)[number];
}

function asDate(d: string | null): Date | null {
  return d ? new Date(`${d}T00:00:00Z`) : null;
}

/**
 * The people in the caller's people.export scope as a roster workbook with the template's columns,
 * so an export can be edited and imported elsewhere. ID and phone are masked unless the caller
 * holds people.read_full over that person's organisation; the export is audited either way.
 */
export async function exportRoster(db: Db, req: FastifyRequest, auth: AuthContext, filters: ExportFilters): Promise<{ buffer: Buffer; count: number }> {
  const scope = scopeFor(auth, 'people.export');
  const fullScope = scopeFor(auth, 'people.read_full');
  const where: SQL[] = [inScope(orgs.path, scope)];
  let orgPath: string | null = null;
  if (filters.orgId) {
    const [org] = await db.select({ path: orgs.path }).from(orgs).where(and(eq(orgs.id, filters.orgId), inScope(orgs.path, scope)));
    if (!org) throw new AppError('not_found', { field: 'orgId' });
    orgPath = org.path;
    where.push(like(orgs.path, escapeLike(org.path) + '%'));
  }
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    where.push(or(ilike(people.name, pattern), ilike(people.unit, pattern))!);
  }
  if (filters.partyStatus) where.push(eq(people.partyStatus, filters.partyStatus));

  const list = await db
    .select({ person: people, orgPath: orgs.path })
    .from(people)
    .innerJoin(orgs, eq(people.orgId, orgs.id))
    .where(and(...where))
    .orderBy(asc(orgs.path), asc(people.id));
  const refs = await loadOrgRefs(db);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青春之岛先锋平台';
  const sheet = workbook.addWorksheet('花名册');
  addRosterHeader(sheet);
  let unmasked = 0;
  for (const { person: p, orgPath: path } of list) {
    const full = pathInScope(path, fullScope);
    if (full) unmasked++;
    sheet.addRow({
      name: p.name,
      gender: p.gender,
      ethnicity: p.ethnicity,
      birthDate: asDate(p.birthDate),
      idNumber: full ? p.idNumber : maskIdNumber(p.idNumber),
      phone: full ? p.phone : maskPhone(p.phone),
      partyStatus: p.partyStatus,
      joinDate: asDate(p.joinDate),
      org: refs.get(p.orgId)?.namePath ?? '',
      unit: p.unit,
      position: p.position,
      education: p.education,
    });
  }
  await audit(db, req, {
    action: unmasked > 0 ? 'people.export_full' : 'people.export',
    entity: 'people',
    orgId: filters.orgId ?? null,
    orgPath,
    summary: unmasked > 0 ? `导出花名册 ${list.length} 人（含完整身份证号、手机号 ${unmasked} 人）` : `导出花名册 ${list.length} 人（脱敏）`,
    after: { count: list.length, unmasked, filters },
  });
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), count: list.length };
}
