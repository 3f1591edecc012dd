import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';

/** The kinds of needs communities post (需求清单). Names are kept as they are once written, so admins' edits survive restarts. */
export const needTypeRows = [
  { code: 'elderly', name: '助老', nameEn: 'Elderly care', sort: 1 },
  { code: 'disability', name: '助残', nameEn: 'Disability support', sort: 2 },
  { code: 'environment', name: '环境整治', nameEn: 'Environment clean-up', sort: 3 },
  { code: 'civility', name: '文明创建', nameEn: 'Civility campaigns', sort: 4 },
  { code: 'policy', name: '政策宣讲', nameEn: 'Policy explanation', sort: 5 },
  { code: 'childcare', name: '儿童托管', nameEn: 'Childcare', sort: 6 },
  { code: 'other', name: '其他', nameEn: 'Other', sort: 99 },
] as const;

export async function ensureNeedTypes(db: Db) {
  for (const t of needTypeRows) {
    await db.execute(sql`INSERT INTO community_need_types (code, name, name_en, sort) VALUES (${t.code}, ${t.name}, ${t.nameEn}, ${t.sort}) ON CONFLICT (code) DO NOTHING`);
  }
}
