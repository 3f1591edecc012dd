import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { needTypeRows as needTypes } from '../needs/need-types.reference.js';

/** Need type code by name (助老 → its code), inserting the missing types. */
export async function needTypeCodes(db: Db): Promise<Map<string, string>> {
  const existing = await rows<{ code: string; name: string }>(db, sql`SELECT code, name FROM community_need_types`);
  const names = new Set(existing.map((t) => t.name));
  for (const t of needTypes) {
    if (names.has(t.name)) continue;
    await db.execute(sql`INSERT INTO community_need_types (code, name, name_en, sort) VALUES (${t.code}, ${t.name}, ${t.nameEn}, ${t.sort}) ON CONFLICT DO NOTHING`);
  }
  const all = await rows<{ code: string; name: string }>(db, sql`SELECT code, name FROM community_need_types ORDER BY sort, code`);
  return new Map(all.filter((t) => needTypes.some((n) => n.name === t.name)).map((t) => [t.name, t.code]));
}
