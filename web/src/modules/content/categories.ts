import { contentCategories, contentCategoryLabels, type ContentCategory } from '../../../../common/content-categories.js';

export { contentCategories, contentCategoryLabels, type ContentCategory };
export { TAG_MAX_CHARS, TAGS_MAX, tagPattern } from '../../../../common/content-categories.js';

/** Tag colours by category, so a list reads at a glance. */
export const categoryColor: Record<ContentCategory, string> = { warning_case: 'red', theory: 'blue', role_model: 'gold', micro_video: 'purple', grassroots_report: 'green' };

/** Options of a category select, labelled in the page's language. */
export const categoryOptions = (lang: 'zh' | 'en') => contentCategories.map((c) => ({ value: c, label: contentCategoryLabels[c][lang] }));

/** A completion rate (0–1, null when nobody is assigned) as a percentage with one decimal. */
export const pct = (r: number | null) => (r == null ? 0 : Math.round(r * 1000) / 10);
