/**
 * Categories of content (栏目), a fixed set both the server (a CHECK constraint and zod) and the pages use.
 * An item has at most one; tags are free words an admin adds on top.
 */
export const contentCategories = ['warning_case', 'theory', 'role_model', 'micro_video', 'grassroots_report'] as const;
export type ContentCategory = (typeof contentCategories)[number];

export const contentCategoryLabels: Record<ContentCategory, { zh: string; en: string }> = {
  warning_case: { zh: '警示案例', en: 'Warning case' },
  theory: { zh: '理论文章', en: 'Theory article' },
  role_model: { zh: '榜样故事', en: 'Role model story' },
  micro_video: { zh: '微视频', en: 'Micro-video' },
  grassroots_report: { zh: '来自基层的报告', en: 'Report from the grassroots' },
};

/** A tag: 1–16 characters, no spaces, commas or angle brackets (they separate or mark up tags elsewhere). */
export const TAG_MAX_CHARS = 16;
export const TAGS_MAX = 8;
export const tagPattern = /^[^\s,，;；<>#]+$/u;
