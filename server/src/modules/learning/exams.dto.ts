import { z } from 'zod';
import { isoInstant, rowId, rowIdParam } from '../../kernel/dto.js';
import { questionTypes } from './learning.schema.js';

const points = z.number().positive().max(100);
const drawSection = z.object({
  title: z.string().trim().max(60).default(''),
  tags: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  types: z.array(z.enum(questionTypes)).max(4).default([]),
  minDifficulty: z.number().int().min(1).max(5).default(1),
  maxDifficulty: z.number().int().min(1).max(5).default(5),
  count: z.number().int().min(1).max(200),
  points,
});
const fixedSection = z.object({
  title: z.string().trim().max(60).default(''),
  questionIds: z.array(rowId).min(1).max(200),
  points,
});
export const examSection = z.union([fixedSection, drawSection]);
export type ExamSection = z.infer<typeof examSection>;

export const createExamBody = z
  .object({
    title: z.string().trim().min(2).max(120),
    description: z.string().max(5000).default(''),
    orgId: rowId,
    audienceOrgIds: z.array(rowId).max(200).default([]),
    timeLimitMinutes: z.number().int().min(1).max(600),
    opensAt: isoInstant.nullable().default(null),
    closesAt: isoInstant.nullable().default(null),
    sections: z.array(examSection).min(1).max(20),
    passScore: z.number().min(0).max(10_000).nullable().default(null),
    status: z.enum(['draft', 'published']).default('published'),
  })
  .refine((v) => !v.opensAt || !v.closesAt || v.closesAt > v.opensAt, { path: ['closesAt'], message: 'closesAt must be after opensAt' });
export type CreateExam = z.infer<typeof createExamBody>;

export const updateExamBody = z.object({
  title: z.string().trim().min(2).max(120).optional(),
  description: z.string().max(5000).optional(),
  status: z.enum(['draft', 'published', 'closed']).optional(),
  closesAt: isoInstant.nullable().optional(),
});

export const examListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(['draft', 'published', 'closed']).optional(),
});

/** Who in scope may sit the exam but has not started it. */
export const notTakenQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(50).optional(),
});

const commaList = z
  .string()
  .max(400)
  .optional()
  .transform((v) => (v ?? '').split(',').map((x) => x.trim()).filter(Boolean));

/** A draw section's filter, asked before the exam exists: how many questions it could draw for an exam owned by `orgId`. */
export const poolSizeQuery = z.object({
  orgId: rowIdParam,
  tags: commaList.pipe(z.array(z.string().min(1).max(30)).max(20)).describe('标签，逗号分隔 · tags, comma separated'),
  types: commaList.pipe(z.array(z.enum(questionTypes)).max(4)).describe('题型，逗号分隔 · question types, comma separated'),
  minDifficulty: z.coerce.number().int().min(1).max(5).default(1),
  maxDifficulty: z.coerce.number().int().min(1).max(5).default(5),
});
