import { z } from 'zod';
import { rowId, rowIdParam } from '../../kernel/dto.js';
import { questionTypes } from './learning.schema.js';
import { maxOptions } from './question-rules.js';

const tag = z.string().trim().min(1).max(30);

const questionFields = {
  type: z.enum(questionTypes),
  stem: z.string().trim().min(1).max(2000),
  options: z.array(z.string().trim().min(1).max(500)).max(maxOptions),
  answer: z.array(z.string().trim().min(1).max(500)).min(1).max(20),
  tags: z.array(tag).max(20),
  difficulty: z.number().int().min(1).max(5),
  explanation: z.string().max(5000),
};

export const questionBody = z.object({
  ...questionFields,
  options: questionFields.options.default([]),
  tags: questionFields.tags.default([]),
  difficulty: questionFields.difficulty.default(3),
  explanation: questionFields.explanation.default(''),
  orgId: rowId,
});
export type QuestionBody = z.infer<typeof questionBody>;

/** No defaults here: a field left out of a PATCH keeps its value. */
export const updateQuestionBody = z.object(questionFields).partial();

export const idParams = z.object({ id: rowIdParam });

export const questionListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(50).optional(),
  type: z.enum(questionTypes).optional(),
  tag: tag.optional(),
  difficulty: z.coerce.number().int().min(1).max(5).optional(),
  orgId: rowIdParam.optional(),
});

export const importQuery = z.object({
  format: z.enum(['excel', 'gift', 'json']).optional(),
  mode: z.enum(['dry-run', 'apply']).default('dry-run'),
  orgId: rowIdParam,
  /** Added to every imported question, e.g. the bank's subject. */
  tags: z.string().max(200).optional(),
});

export const importItem = z.object({
  index: z.number().int(),
  line: z.number().int().nullable(),
  stem: z.string(),
  type: z.string().nullable(),
  status: z.enum(['imported', 'skipped']),
  reason: z.enum(['duplicate', 'unsupported_type', 'unsupported_scoring', 'parse_error', 'invalid']).nullable(),
  /** Why, in Chinese; `messageEn` says the same in English. */
  message: z.string().nullable(),
  messageEn: z.string().nullable(),
  questionId: z.number().int().nullable(),
});
export const importReport = z.object({
  mode: z.enum(['dry-run', 'apply']),
  format: z.enum(['excel', 'gift', 'json']),
  total: z.number().int(),
  imported: z.number().int(),
  skipped: z.number().int(),
  items: z.array(importItem),
}).meta({ id: 'QuestionImportReport' });
export type ImportItem = z.infer<typeof importItem>;

export const tagAssignmentBody = z.object({ orgId: rowId, tags: z.array(tag).max(50) });

/** A member's answer to one question: letters for choices, 对/错 or true/false for judge, text for fill-in. */
export const answerItem = z.object({ questionId: rowId, answer: z.array(z.string().max(500)).max(10) });
export const answersBody = z.object({ answers: z.array(answerItem).max(200) });
