/** Reference lists of the showcase module (树典型、我们的答卷), shared by the server's validation and the pages' labels. */

/** Role-model categories (树典型). */
export const exemplarCategories = [
  { code: 'major_task', name: '重大任务' },
  { code: 'key_post', name: '关键岗位' },
  { code: 'frontline', name: '项目一线' },
  { code: 'service', name: '服务群众' },
] as const;
export type ExemplarCategory = (typeof exemplarCategories)[number]['code'];
export const exemplarCategoryCodes = exemplarCategories.map((c) => c.code) as [ExemplarCategory, ...ExemplarCategory[]];

/** 我们的答卷 categories (结果导向亮实绩). */
export const answerCategories = [
  { code: 'party_building', name: '党建引领' },
  { code: 'service', name: '为民服务' },
  { code: 'development', name: '助企发展' },
  { code: 'youth', name: '青年成长' },
] as const;
export type AnswerCategory = (typeof answerCategories)[number]['code'];
export const answerCategoryCodes = answerCategories.map((c) => c.code) as [AnswerCategory, ...AnswerCategory[]];
