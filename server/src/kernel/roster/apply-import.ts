import type { FastifyRequest } from 'fastify';
import { inArray } from 'drizzle-orm';
import { transaction, type Db } from '../db/client.js';
import { people } from '../org/org.schema.js';
import { audit } from '../audit/audit.js';
import { AppError } from '../errors.js';
import type { ValidRow } from './validate-rows.js';

const CHUNK = 1000;

/** Which of these ID numbers the database already holds, asked in chunks. */
export function existingIdsIn(db: Db) {
  return async (ids: string[]): Promise<Set<string>> => {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const hits = await db.select({ id: people.idNumber }).from(people).where(inArray(people.idNumber, ids.slice(i, i + CHUNK)));
      for (const h of hits) found.add(h.id);
    }
    return found;
  };
}

/** '/1/7/42/' and '/1/7/50/' → '/1/7/': the narrowest subtree holding every imported person. */
export function commonPath(paths: string[]): string {
  if (paths.length === 0) return '/';
  let parts = paths[0].split('/').filter(Boolean);
  for (const p of paths.slice(1)) {
    const other = p.split('/').filter(Boolean);
    let n = 0;
    while (n < parts.length && parts[n] === other[n]) n++;
    parts = parts.slice(0, n);
  }
  return parts.length ? `/${parts.join('/')}/` : '/';
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/**
 * Writes every valid row in one transaction, in chunks of 1,000, with one audit row that
 * carries counts and organisation paths but nothing personal. All rows commit or none.
 */
export async function applyImport(db: Db, req: FastifyRequest, valid: ValidRow[]): Promise<number> {
  const orgPaths = [...new Set(valid.map((v) => v.org.path))].sort();
  const orgNames = [...new Set(valid.map((v) => v.org.namePath))].sort();
  const root = commonPath(orgPaths);
  try {
    return await transaction(db, async (tx) => {
      for (let i = 0; i < valid.length; i += CHUNK) {
        await tx.insert(people).values(valid.slice(i, i + CHUNK).map((v) => v.person));
      }
      await audit(tx, req, {
        action: 'people.import',
        entity: 'people',
        orgId: root === '/' ? null : Number(root.split('/').filter(Boolean).pop()),
        orgPath: root,
        summary: `Excel 导入花名册 ${valid.length} 人`,
        after: { count: valid.length, orgPaths, orgs: orgNames.slice(0, 200) },
      });
      return valid.length;
    });
  } catch (err) {
    // Another import took one of these ID numbers between validation and commit.
    if (isUniqueViolation(err)) throw new AppError('conflict', [{ field: 'idNumber', message: '身份证号已被同时进行的另一次导入占用，请重新校验后再导入' }]);
    throw err;
  }
}
