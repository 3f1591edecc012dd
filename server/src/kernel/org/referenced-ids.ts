import { sql } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';
import { AppError } from '../errors.js';
import { inScope, type Scope } from '../access/scope.js';

/** An id taken from a request, with the field it came from (named in the error). */
export interface IdRef {
  field: string;
  id: number;
}

const MAX_ID = 2 ** 31 - 1;
// Ids past the int column's range cannot exist; leaving them out of the query keeps it from failing.
const idList = (refs: IdRef[]) => sql.join([0, ...new Set(refs.map((r) => r.id).filter((id) => id <= MAX_ID))].map((id) => sql`${id}`), sql`, `);

/**
 * Organisations named in a request must lie in the caller's scope; answers id → path.
 * An unknown id and one outside the scope get the same 404, so a caller cannot tell
 * which organisations exist elsewhere.
 */
export async function assertOrgsInScope(db: Db, scope: Scope, refs: IdRef[]): Promise<Map<number, string>> {
  if (refs.length === 0) return new Map();
  const found = await rows<{ id: number; path: string }>(db, sql`SELECT o.id, o.path FROM orgs o WHERE o.id IN (${idList(refs)}) AND ${inScope(sql`o.path`, scope)}`);
  const pathOf = new Map(found.map((o) => [Number(o.id), o.path]));
  const missing = refs.filter((r) => !pathOf.has(r.id));
  if (missing.length) throw new AppError('not_found', missing.map((r) => ({ field: r.field, message: 'organisation not found' })));
  return pathOf;
}

/** People named in a request must exist in an organisation of the caller's scope; answers person id → org path. Same 404 for unknown and outside. */
export async function assertPeopleInScope(db: Db, scope: Scope, refs: IdRef[]): Promise<Map<number, string>> {
  if (refs.length === 0) return new Map();
  const found = await rows<{ id: number; path: string }>(
    db,
    sql`SELECT p.id, o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id IN (${idList(refs)}) AND ${inScope(sql`o.path`, scope)}`,
  );
  const pathOf = new Map(found.map((p) => [Number(p.id), p.path]));
  const missing = refs.filter((r) => !pathOf.has(r.id));
  if (missing.length) throw new AppError('not_found', missing.map((r) => ({ field: r.field, message: 'person not found' })));
  return pathOf;
}

/** `field.0`, `field.1`, … for a list of ids. */
export const refsOf = (field: string, ids: readonly number[]): IdRef[] => ids.map((id, i) => ({ field: `${field}.${i}`, id }));
