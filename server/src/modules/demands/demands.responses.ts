import { z } from 'zod';
import { instantOut, pageOf } from '../../kernel/openapi/responses.js';
import { demandChannels, demandStatuses, extensionStatuses, satisfactionValues } from './demands.schema.js';
import { demandActions, type DemandAction } from './workflow/demands.machine.js';

/** What the staff screens read of a demand (workflow/demands.present.ts); responses of the citizen and Open311 sides live in their folders. */

export const labelOut = z.object({ zh: z.string(), en: z.string() });
export const statusOut = z.enum(demandStatuses);
export const satisfactionOut = z.enum(satisfactionValues);
const light = z.enum(['green', 'yellow', 'red']);

const demandExample = {
  id: 1024,
  trackingCode: 'QD261127ABC234',
  districtCode: '370202',
  streetCode: '370202001',
  channel: 'hotline',
  categoryCode: 'water',
  categoryName: '供水',
  title: '小区停水三天',
  description: '市南区某小区自周一起停水，至今未恢复。',
  address: '市南区香港中路 1 号',
  lat: 36.06,
  long: 120.38,
  citizenName: '张*',
  citizenPhone: '139****5678',
  status: 'dispatched',
  statusLabel: { zh: '已派单', en: 'Dispatched' },
  orgId: 12,
  orgName: '市水务管理局机关党委',
  handlerAccountId: null,
  receivedAt: '2026-11-27T01:15:00.000Z',
  dispatchedAt: '2026-11-27T01:15:00.000Z',
  acceptedAt: null,
  answeredAt: null,
  firstAnsweredAt: null,
  urgent: false,
  closedAt: null,
  responseDueAt: '2026-11-27T03:15:00.000Z',
  resolutionDueAt: '2026-12-04T10:00:00.000Z',
  light: 'green',
  answer: null,
  returnReason: null,
  satisfaction: null,
  reopenCount: 0,
  mergedIntoId: null,
  photoCount: 0,
  anonymised: false,
};

/** A demand for staff: the citizen's name and phone are always masked here (`张*`, `139****5678`). */
export const demandOut = z
  .object({
    id: z.number().int(),
    trackingCode: z.string(),
    districtCode: z.string(),
    streetCode: z.string().nullable(),
    channel: z.enum(demandChannels),
    categoryCode: z.string(),
    categoryName: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    address: z.string(),
    lat: z.number().nullable(),
    long: z.number().nullable(),
    citizenName: z.string().nullable().meta({ description: '脱敏姓名 · masked name' }),
    citizenPhone: z.string().nullable().meta({ description: '脱敏电话 · masked phone' }),
    status: statusOut,
    statusLabel: labelOut,
    orgId: z.number().int().nullable(),
    orgName: z.string().nullable(),
    handlerAccountId: z.number().int().nullable(),
    receivedAt: instantOut,
    dispatchedAt: instantOut.nullable(),
    acceptedAt: instantOut.nullable(),
    answeredAt: instantOut.nullable(),
    firstAnsweredAt: instantOut.nullable().meta({ description: '首次答复时间：不满意重新交办后仍保留 · the first answer’s time, kept when a 不满意 rating reopens it' }),
    urgent: z.boolean().meta({ description: '紧急求助类：未办结时排在所有列表最前 · an emergency category: while open it heads every list' }),
    closedAt: instantOut.nullable(),
    responseDueAt: instantOut,
    resolutionDueAt: instantOut,
    light: light.nullable().meta({ description: '未办结时的红黄绿灯 · deadline light while unfinished' }),
    answer: z.string().nullable(),
    returnReason: z.string().nullable(),
    satisfaction: satisfactionOut.nullable(),
    reopenCount: z.number().int(),
    mergedIntoId: z.number().int().nullable(),
    photoCount: z.number().int(),
    anonymised: z.boolean(),
  })
  .meta({ id: 'Demand', example: demandExample });

export const demandPageOut = pageOf(demandOut)
  .extend({
    totalCapped: z.boolean().meta({ description: '总数只数到上限（10000），实际更多 · the total is counted up to a cap (10,000) and there are more' }),
  })
  .meta({
    example: { items: [demandExample], total: 1, totalCapped: false, page: 1, pageSize: 20 },
  });

const eventOut = z.object({
  id: z.number().int(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  actorName: z.string(),
  note: z.string(),
  data: z.unknown(),
  at: instantOut,
});
const extensionOut = z.object({
  id: z.number().int(),
  workingDays: z.number().int(),
  reason: z.string(),
  status: z.enum(extensionStatuses),
  previousDueAt: instantOut.nullable(),
  newDueAt: instantOut.nullable(),
  createdAt: instantOut,
  decidedAt: instantOut.nullable(),
});
const callbackOut = z.object({ id: z.number().int(), result: satisfactionOut, source: z.enum(['citizen', 'operator']), comment: z.string(), at: instantOut });

/** One demand with its trail and what the caller may do with it next. */
export const demandDetailOut = demandOut
  .extend({
    canViewContact: z.boolean(),
    replyTemplate: z.string().meta({ description: '本分类的答复模板，【请填写…】处须改写后才能提交 · the category’s reply template; its 【请填写…】 blanks must be replaced' }),
    allowedActions: z.array(z.enum(demandActions as [DemandAction, ...DemandAction[]])),
    events: z.array(eventOut),
    extensions: z.array(extensionOut),
    callbacks: z.array(callbackOut),
    photos: z.array(z.object({ id: z.number().int(), url: z.string(), kind: z.enum(['citizen', 'result']).meta({ description: '市民随诉求提交的照片，或承办单位的办理结果照片 · the citizen’s photo, or the department’s photo of the result' }), mime: z.enum(['image/webp', 'application/pdf']).meta({ description: '照片以 WebP 发送；企业诉求的 PDF 附件原样下载 · photos are sent as WebP, PDF files as they were sent' }) })),
  })
  .meta({ id: 'DemandDetail' });

/** The citizen's contact in full: only for the assigned handler, audited. */
export const demandContactOut = z.object({ citizenName: z.string().nullable(), citizenPhone: z.string().nullable() });

export const similarDemandsOut = z.object({
  words: z.array(z.string()),
  items: z.array(
    z.object({
      id: z.number().int(),
      trackingCode: z.string(),
      title: z.string(),
      status: statusOut,
      categoryCode: z.string(),
      receivedAt: instantOut,
      matchedWords: z.number().int(),
    }),
  ),
});

export const dispatchSuggestionOut = z
  .object({
    orgId: z.number().int().nullable(),
    orgName: z.string().nullable(),
  })
  .meta({ id: 'DemandDispatchSuggestion', description: '派单规则会选的承办单位（无匹配规则时为空） · the department the dispatch rules would pick (null when none matches)' });

export const resultPhotoOut = z.object({ id: z.number().int() });
