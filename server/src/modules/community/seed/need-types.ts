import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';

/** The case's need types; the module's reference step owns them, the seed only adds the ones missing by name. */
const needTypes = [
  { code: 'elderly_care', name: '助老', nameEn: 'Elderly care' },
  { code: 'disability_aid', name: '助残', nameEn: 'Disability aid' },
  { code: 'environment', name: '环境整治', nameEn: 'Environment clean-up' },
  { code: 'civility', name: '文明创建', nameEn: 'Civility campaign' },
  { code: 'policy_outreach', name: '政策宣讲', nameEn: 'Policy outreach' },
  { code: 'childcare', name: '儿童托管', nameEn: 'Childcare' },
  { code: 'other', name: '其他', nameEn: 'Other' },
];

/** Need type code by name (助老 → its code), inserting the missing types. */
export async function needTypeCodes(db: Db): Promise<Map<string, string>> {
  const existing = await rows<{ code: string; name: string }>(db, sql`SELECT code, name FROM community_need_types`);
  const names = new Set(existing.map((t) => t.name));
  for (const [i, t] of needTypes.entries()) {
    if (names.has(t.name)) continue;
    await db.execute(sql`INSERT INTO community_need_types (code, name, name_en, sort) VALUES (${t.code}, ${t.name}, ${t.nameEn}, ${i}) ON CONFLICT DO NOTHING`);
  }
  const all = await rows<{ code: string; name: string }>(db, sql`SELECT code, name FROM community_need_types ORDER BY sort, code`);
  return new Map(all.filter((t) => needTypes.some((n) => n.name === t.name)).map((t) => [t.name, t.code]));
}
