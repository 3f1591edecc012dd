import type { Db } from '../../../kernel/db/client.js';
import { registerDemandCategories, type CategoryDef } from '../../demands/index.js';
import { concernCategories } from '../pairing.reference.js';

export type ConcernCategory = (typeof concernCategories)[number]['code'];
export const concernCategoryCodes = concernCategories.map((c) => c.code) as [ConcernCategory, ...ConcernCategory[]];
export const concernCategoryName = new Map<string, string>(concernCategories.map((c) => [c.code, c.name]));

/** The demand category each kind of concern runs as: its deadline and the department it goes to by default. */
const demandCategoryOf: Record<ConcernCategory, Omit<CategoryDef, 'code' | 'name'>> = {
  financing: { nameEn: 'Business concern: financing', defaultDeadline: '10wd', defaultAgency: '市地方金融管理局' },
  land: { nameEn: 'Business concern: land', defaultDeadline: '15wd', defaultAgency: '市自然资源和规划局' },
  approval: { nameEn: 'Business concern: approvals', defaultDeadline: '7wd', defaultAgency: '市行政审批服务局' },
  labour: { nameEn: 'Business concern: labour', defaultDeadline: '7wd', defaultAgency: '市人力资源和社会保障局' },
  policy: { nameEn: 'Business concern: policy benefits', defaultDeadline: '10wd', defaultAgency: '市民营经济发展局' },
  market: { nameEn: 'Business concern: markets', defaultDeadline: '10wd', defaultAgency: '市商务局' },
  technology: { nameEn: 'Business concern: innovation', defaultDeadline: '10wd', defaultAgency: '市科学技术局' },
  other: { nameEn: 'Business concern: other', defaultDeadline: '10wd', defaultAgency: '市民营经济发展局' },
};

export const demandCategoryCode = (category: ConcernCategory) => `concern_${category}`;

/**
 * Registers the concern categories with the demands engine (idempotent; committee edits on the demands pages are kept),
 * for enterprises only: the citizens' form and Open311 neither list nor take them.
 */
export function ensureConcernCategories(db: Db) {
  return registerDemandCategories(
    db,
    concernCategories.map((c) => ({ code: demandCategoryCode(c.code), name: `企业诉求·${c.name}`, ...demandCategoryOf[c.code], audience: 'enterprise' as const })),
  );
}
