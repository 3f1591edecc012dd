import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';

/** The case's need types, as the module's reference step writes them; the seed only adds the ones missing by name. */
const needTypes = [
  { code: 'elderly', name: '助老', nameEn: 'Elderly care', sort: 1 },
  { code: 'disability', name: '助残', nameEn: 'Disability support', sort: 2 },
  { code: 'environment', name: '环境整治', nameEn: 'Environment clean-up', sort: 3 },
  { code: 'civility', name: '文明创建', nameEn: 'Civility campaigns', sort: 4 },
  { code: 'policy', name: '政策宣讲', nameEn: 'Policy explanation', sort: 5 },
  { code: 'childcare', name: '儿童托管', nameEn: 'Childcare', sort: 6 },
  { code: 'other', name: '其他', nameEn: 'Other', sort: 99 },
];

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
