import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../../kernel/access/scope.js';
import { pairInScope } from '../pairing.access.js';
import { contactKindLabels } from '../pairing.reference.js';
import type { ContactKind } from '../pairing.schema.js';
import type { ContactListQuery, PairListQuery } from './pairs.dto.js';

const pairColumns = sql`p.id, p.cadre_person_id AS "cadrePersonId", cp.name AS "cadreName", cp.org_id AS "cadreOrgId", co.name AS "cadreOrgName",
  p.entrepreneur_id AS "entrepreneurId", e.name AS "entrepreneurName", e.company, e.sector, p.note, p.started_at AS "startedAt", p.ended_at AS "endedAt",
  p.end_reason AS "endReason",
  (SELECT count(*)::int FROM pairing_contact_logs c WHERE c.pair_id = p.id) AS "contactCount",
  (SELECT max(c.happened_at) FROM pairing_contact_logs c WHERE c.pair_id = p.id) AS "lastContactAt"`;
const pairFrom = sql`FROM pairing_pairs p JOIN pairing_entrepreneurs e ON e.id = p.entrepreneur_id JOIN people cp ON cp.id = p.cadre_person_id JOIN orgs co ON co.id = cp.org_id`;

export interface PairRow {
  id: number;
  cadrePersonId: number;
  cadreName: string;
  cadreOrgId: number;
  cadreOrgName: string;
  entrepreneurId: number;
  entrepreneurName: string;
  company: string;
  sector: string;
  note: string;
  startedAt: Date | string;
  endedAt: Date | string | null;
  endReason: string | null;
  contactCount: number;
  lastContactAt: Date | string | null;
}

export interface PairFilter {
  active?: 'true' | 'false';
  q?: string;
  cadrePersonId?: number;
  entrepreneurId?: number;
  page: number;
  pageSize: number;
}

/** A page of pairs matching `where` (the caller's reach) and the filter; active first, newest first. */
async function pairPage(db: Db, reach: SQL, f: PairFilter) {
  const where: SQL[] = [reach];
  if (f.active) where.push(f.active === 'true' ? sql`p.ended_at IS NULL` : sql`p.ended_at IS NOT NULL`);
  if (f.cadrePersonId) where.push(sql`p.cadre_person_id = ${f.cadrePersonId}`);
  if (f.entrepreneurId) where.push(sql`p.entrepreneur_id = ${f.entrepreneurId}`);
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    where.push(sql`(cp.name ILIKE ${like} OR e.name ILIKE ${like} OR e.company ILIKE ${like})`);
  }
  const cond = sql.join(where, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${pairFrom} WHERE ${cond}`);
  const items = await rows<PairRow>(db, sql`SELECT ${pairColumns} ${pairFrom} WHERE ${cond} ORDER BY (p.ended_at IS NULL) DESC, p.started_at DESC, p.id DESC LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`);
  return { items, total: Number(total), page: f.page, pageSize: f.pageSize };
}

/** Pairs managed in the scope (by the cadre's organisation when paired), optionally under one organisation. */
export const listPairs = (db: Db, scope: Scope, q: PairListQuery, orgPath: string | null) =>
  pairPage(db, orgPath ? sql`${pairInScope(scope)} AND ${inScope(sql`p.org_path`, { ...scope, paths: [orgPath] })}` : pairInScope(scope), q);

/** A cadre's own pairs. */
export const listMyPairs = (db: Db, personId: number, q: PairFilter) => pairPage(db, sql`p.cadre_person_id = ${personId}`, q);

export async function pairById(db: Db, id: number): Promise<PairRow> {
  const [p] = await rows<PairRow>(db, sql`SELECT ${pairColumns} ${pairFrom} WHERE p.id = ${id}`);
  return p;
}

/** The pair if it is managed in the scope. */
export async function pairInScopeById(db: Db, scope: Scope, id: number) {
  const [p] = await rows<{ id: number }>(db, sql`SELECT p.id FROM pairing_pairs p WHERE p.id = ${id} AND ${pairInScope(scope)}`);
  return p;
}

interface ContactRow {
  id: number;
  pairId: number;
  kind: ContactKind;
  topic: string;
  notes: string;
  followUp: string;
  followUpDue: string | null;
  happenedAt: Date | string;
  writtenByName: string | null;
  createdAt: Date | string;
}

async function contacts(db: Db, whereAndOrder: SQL) {
  const list = await rows<ContactRow>(
    db,
    sql`SELECT c.id, c.pair_id AS "pairId", c.kind, c.topic, c.notes, c.follow_up AS "followUp", c.follow_up_due::text AS "followUpDue", c.happened_at AS "happenedAt",
               a.display_name AS "writtenByName", c.created_at AS "createdAt"
          FROM pairing_contact_logs c LEFT JOIN accounts a ON a.id = c.written_by WHERE ${whereAndOrder}`,
  );
  return list.map((c) => ({ ...c, kindName: contactKindLabels[c.kind] }));
}

/** A pair's contact log, newest first. */
export async function listContacts(db: Db, pairId: number, q: ContactListQuery) {
  const where: SQL[] = [sql`c.pair_id = ${pairId}`];
  if (q.kind) where.push(sql`c.kind = ${q.kind}`);
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(sql`(c.topic ILIKE ${like} OR c.notes ILIKE ${like} OR c.follow_up ILIKE ${like})`);
  }
  const cond = sql.join(where, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM pairing_contact_logs c WHERE ${cond}`);
  const items = await contacts(db, sql`${cond} ORDER BY c.happened_at DESC, c.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total: Number(total), page: q.page, pageSize: q.pageSize };
}

export async function contactById(db: Db, id: number) {
  const [c] = await contacts(db, sql`c.id = ${id}`);
  return c;
}
