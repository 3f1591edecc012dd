import { z } from 'zod';
import { bigRowId, bigRowIdParam, isoDay, rowId, rowIdParam } from '../../kernel/dto.js';
import { satisfactionValues, demandStatuses } from './demands.schema.js';
import { MAX_DESCRIPTION_CHARS, MIN_ANSWER_CHARS, TEMPLATE_BLANK, normalisePhone, stripXmlIllegal } from '../../../../common/citizen-text.js';

/** Free text without the control characters XML cannot carry; zod counts a string's length in code points (an emoji is one). */
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .transform((s) => stripXmlIllegal(s).trim());
const phone = z
  .string()
  .max(40)
  .describe('phone number as written, e.g. +86 532 8000 0000 or (0532) 8000-0000; stored in one canonical form')
  .transform((s, ctx) => {
  const n = normalisePhone(s);
  if (n === null) ctx.addIssue({ code: 'custom', message: 'phone number of 5–20 digits' });
  return n ?? '';
});
const base = {
  categoryCode: z.string().min(1).max(40),
  title: text(0, 120).optional(),
  description: text(5, MAX_DESCRIPTION_CHARS),
  address: text(0, 300).optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  long: z.number().min(-180).max(180).nullable().optional(),
  districtCode: z.string().regex(/^\d{6}$/),
  streetCode: z.string().regex(/^\d{9}$/).nullable().optional(),
  citizenPhone: phone.nullable().optional(),
};

const where = { categoryCode: 'water', description: '市南区香港中路街道某小区自周一起停水，至今未恢复。', address: '香港中路 1 号', districtCode: '370202', streetCode: '370202001' };

export const intakeBody = z
  .object({
    ...base,
    citizenName: text(0, 40).nullable().optional(),
    channel: z.enum(['hotline', 'api']).default('hotline'),
    clientRequestId: z.string().trim().min(1).max(100).optional(),
  })
  .meta({ example: { ...where, title: '小区停水三天', citizenName: '张三', citizenPhone: '139 1234 5678', channel: 'hotline', clientRequestId: '7f1c2e9a-4b1d-4c2e-9f0a-1b2c3d4e5f60' } });

export const publicIntakeBody = z
  .object({
    ...base,
    citizenName: text(0, 40).nullable().optional(),
    challenge: z.object({ nonce: z.string().min(10).max(200), solution: z.string().min(1).max(64) }),
  })
  .meta({ example: { ...where, citizenPhone: '13912345678', challenge: { nonce: '1764990000000.16.q1w2e3r4t5y6u7i8.3f9a…', solution: '48213' } } });

/** `/:id` of a demand (a `bigint` identity). */
export const idParams = z.object({ id: bigRowIdParam });
export const extensionParams = z.object({ id: bigRowIdParam, extensionId: bigRowIdParam });
export const trackingParams = z.object({ trackingCode: z.string().regex(/^QD\d{6}[2-9A-Z]{6}$/, 'tracking code like QD261127ABC234') });

export const dispatchBody = z.object({ orgId: rowId, note: z.string().trim().max(500).optional() });
export const returnBody = z.object({ reason: z.string().trim().min(2).max(500) });
export const noteBody = z.object({ note: z.string().trim().min(1).max(2000) });
export const extensionBody = z.object({ workingDays: z.number().int().min(1).max(30), reason: z.string().trim().min(2).max(500) });
export const decisionBody = z.object({ note: z.string().trim().max(500).optional() });
export const answerBody = z.object({
  answer: z
    .string()
    .trim()
    .min(MIN_ANSWER_CHARS, `a real answer of at least ${MIN_ANSWER_CHARS} characters: what was found, what was done, when`)
    .max(4000)
    .refine((s) => !s.includes(TEMPLATE_BLANK), 'replace every 【请填写…】 blank of the template'),
});
export const callbackBody = z.object({ result: z.enum(satisfactionValues), comment: z.string().trim().max(1000).optional() });
export const mergeBody = z.object({ targetId: bigRowId, note: z.string().trim().max(500).optional() });
export const closeBody = z.object({ note: z.string().trim().max(500).optional() });

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const listQuery = z.object({
  status: z.enum(demandStatuses).optional(),
  light: z.enum(['green', 'yellow', 'red']).optional(),
  categoryCode: z.string().max(40).optional(),
  districtCode: z.string().regex(/^\d{6}$/).optional(),
  orgId: rowIdParam.optional(),
  mine: flag.optional(),
  code: z.string().trim().regex(/^[0-9A-Za-z]{2,14}$/, 'part of a tracking code, e.g. QD2611 or ABC234').transform((s) => s.toUpperCase()).optional()
    .describe('查询码（全部或一部分） · the tracking code, or part of it'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const supervisionQuery = z.object({
  light: z.enum(['yellow', 'red']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

export const similarQuery = z.object({
  text: z.string().trim().min(2).max(500),
  district: z.string().regex(/^\d{6}$/),
  categoryCode: z.string().max(40).optional(),
});

export const ratingBody = z.object({ result: z.enum(satisfactionValues), comment: z.string().trim().max(1000).optional() });

const unit = z.enum(['h', 'wd']);
export const categoryParams = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/) });
export const categoryBody = z.object({
  name: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().max(80).default(''),
  defaultOrgId: rowId.nullable().default(null),
  responseValue: z.number().int().min(1).max(1000),
  responseUnit: unit,
  resolutionValue: z.number().int().min(1).max(1000),
  resolutionUnit: unit,
  active: z.boolean().default(true),
});

export const holidayParams = z.object({ day: isoDay });
export const holidayBody = z.object({ isWorkday: z.boolean(), name: z.string().trim().max(40).default('') });
export const holidayQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const ruleBody = z.object({
  categoryCode: z.string().min(1).max(40),
  districtCode: z.union([z.literal('*'), z.string().regex(/^\d{6}$/)]).default('*'),
  orgId: rowId,
  priority: z.number().int().min(-1000).max(1000).default(0),
});

export const apiKeyBody = z.object({ name: z.string().trim().min(2).max(80) });

export const phoneLookupStart = z.object({ phone })
  .meta({ example: { phone: '139 1234 5678' } });
export const phoneLookupBody = z.object({ phone, code: z.string().regex(/^\d{6}$/, 'the 6-digit code') })
  .meta({ example: { phone: '13912345678', code: '482913' } });
