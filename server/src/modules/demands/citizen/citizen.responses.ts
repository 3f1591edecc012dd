import { z } from 'zod';
import { instantOut } from '../../../kernel/openapi/responses.js';
import { labelOut, satisfactionOut, statusOut } from '../demands.responses.js';

/** What citizens without an account read: never a contact, a staff name or an internal note. */

export const demandOptionsOut = z
  .object({
    categories: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string(), urgent: z.boolean().meta({ description: '紧急求助类：提交前提示拨打 110/119/120 · an emergency: the form tells to call 110/119/120 first' }) })),
    districts: z.array(z.object({ code: z.string(), name: z.string() })),
    streets: z.array(z.object({ code: z.string(), name: z.string(), district: z.string() })),
  })
  .meta({ id: 'DemandOptions' });

export const challengeOut = z
  .object({
    nonce: z.string(),
    difficulty: z.number().int().meta({ description: '须找到的前导零位数 · leading zero bits to find' }),
    expiresAt: instantOut,
    algorithm: z.literal('sha256'),
  })
  .meta({ id: 'DemandChallenge' });

export const submissionOut = z
  .object({
    trackingCode: z.string(),
    citizenToken: z.string().meta({ description: '仅此一次返回的市民凭证，评价与补充照片时放在 x-demand-token 请求头 · the citizen secret, returned only here; send it in x-demand-token to rate or add photos' }),
    trackingPath: z.string(),
    status: statusOut,
    receivedAt: instantOut,
    resolutionDueAt: instantOut,
  })
  .meta({
    id: 'DemandSubmission',
    example: {
      trackingCode: 'QD261127ABC234',
      citizenToken: 'r3N2c0VjcmV0LW9uY2Utb25seS1mb3ItdGhlLWNpdGl6ZW4',
      trackingPath: '/c/track/QD261127ABC234#t=r3N2c0VjcmV0LW9uY2Utb25seS1mb3ItdGhlLWNpdGl6ZW4',
      status: 'dispatched',
      receivedAt: '2026-11-27T01:15:00.000Z',
      resolutionDueAt: '2026-12-04T10:00:00.000Z',
    },
  });

export const trackingOut = z
  .object({
    trackingCode: z.string(),
    categoryName: z.string().nullable(),
    title: z.string(),
    status: statusOut,
    statusLabel: labelOut,
    department: z.string().nullable(),
    receivedAt: instantOut,
    resolutionDueAt: instantOut,
    answer: z.string().nullable(),
    answeredAt: instantOut.nullable(),
    firstAnsweredAt: instantOut.nullable().meta({ description: '首次答复时间（不满意重新交办后保留） · the first answer’s time, kept after a 不满意 reopens it' }),
    photos: z.array(z.object({ id: z.number().int(), kind: z.enum(['citizen', 'result']), url: z.string() })).meta({ description: '办理结果照片；带 x-demand-token 时另含市民自己的照片（取图同样须带该请求头） · result photos; with x-demand-token also the citizen’s own (fetch them with the header too)' }),
    satisfaction: satisfactionOut.nullable(),
    holder: z.boolean().meta({ description: '请求带有正确的 x-demand-token · the request carries the right x-demand-token' }),
    canRate: z.boolean(),
    progress: z.array(z.object({ action: z.string(), label: labelOut, status: statusOut.nullable(), at: instantOut })),
  })
  .meta({ id: 'DemandTracking' });

export const ratingOut = z.object({ trackingCode: z.string(), status: statusOut, satisfaction: satisfactionOut.nullable() });

export const photoAddedOut = z.object({ id: z.number().int() });

/** The citizen's secret of a web submission (README, "Citizen's secret"): rating and photos need it; the tracking page reads with or without it. */
export const citizenTokenRequired: Record<string, string[]>[] = [{ citizenToken: [] }];
export const citizenTokenOptional: Record<string, string[]>[] = [{}, { citizenToken: [] }];
