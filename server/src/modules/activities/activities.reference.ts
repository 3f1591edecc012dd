import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';

/** The case's kinds of activity (三门课, 三载体, 关心关爱, 清廉教育). Admins may add more rows. */
export const defaultCategories = [
  { code: 'theory', name: '理论学习', nameEn: 'Theory study' },
  { code: 'party_spirit', name: '党性教育', nameEn: 'Party spirit' },
  { code: 'practice', name: '基层实践', nameEn: 'Grassroots practice' },
  { code: 'volunteer', name: '志愿服务', nameEn: 'Volunteer service' },
  { code: 'care', name: '关心关爱', nameEn: 'Care' },
  { code: 'integrity', name: '清廉教育', nameEn: 'Integrity education' },
  { code: 'reading', name: '读书分享', nameEn: 'Reading' },
  { code: 'pairing', name: '两青共进', nameEn: 'Co-study with entrepreneurs' },
];

export const defaultTypes = [
  { code: 'party_day', name: '主题党日', nameEn: 'Themed party day', category: 'party_spirit', hours: false },
  { code: 'lecture', name: '主题宣讲', nameEn: 'Themed lecture', category: 'theory', hours: false },
  { code: 'drama_lecture', name: '话剧党课', nameEn: 'Drama party lecture', category: 'party_spirit', hours: false },
  { code: 'study_tour', name: '重走长征路', nameEn: 'Red-route study tour', category: 'party_spirit', hours: false },
  { code: 'grassroots_practice', name: '基层实践', nameEn: 'Grassroots practice', category: 'practice', hours: true },
  { code: 'volunteer_service', name: '志愿服务', nameEn: 'Volunteer service', category: 'volunteer', hours: true },
  { code: 'health_lecture', name: '健康讲座', nameEn: 'Health lecture', category: 'care', hours: false },
  { code: 'sports_event', name: '体育赛事', nameEn: 'Sports event', category: 'care', hours: false },
  { code: 'reading_session', name: '读书分享会', nameEn: 'Reading-sharing session', category: 'reading', hours: false },
  { code: 'co_study', name: '共学', nameEn: 'Co-study', category: 'pairing', hours: false },
  { code: 'integrity_drama', name: '清廉话剧', nameEn: 'Integrity drama', category: 'integrity', hours: false },
  { code: 'integrity_storytelling', name: '清廉书场', nameEn: 'Integrity storytelling', category: 'integrity', hours: false },
  // 送健康进机关: check-ups brought to the agencies, with the health lectures and sports events of the care page.
  { code: 'health_checkup', name: '健康体检', nameEn: 'Health check-up', category: 'care', hours: false },
];

export async function ensureActivityReference(db: Db) {
  for (const [i, c] of defaultCategories.entries()) {
    await db.execute(sql`INSERT INTO activity_categories (code, name, name_en, sort) VALUES (${c.code}, ${c.name}, ${c.nameEn}, ${i})
                         ON CONFLICT (code) DO NOTHING`);
  }
  for (const [i, t] of defaultTypes.entries()) {
    await db.execute(sql`INSERT INTO activity_types (code, name, name_en, category_code, counts_service_hours, sort)
                         VALUES (${t.code}, ${t.name}, ${t.nameEn}, ${t.category}, ${t.hours}, ${i}) ON CONFLICT (code) DO NOTHING`);
  }
}
