import { z } from 'zod';
import { instantOut, itemsOf, originOut, pageOf } from '../../kernel/openapi/responses.js';
import { activityStatuses, attendanceMethods } from './activities.schema.js';

const signupStatus = z.enum(['confirmed', 'waitlisted']);

const activityExample = {
  id: 42,
  typeCode: 'volunteer_service',
  typeName: '志愿服务',
  categoryCode: 'volunteer',
  categoryName: '志愿服务',
  title: '海边净滩志愿服务',
  description: '周六上午在石老人海水浴场清理海滩垃圾。',
  orgId: 7,
  orgName: '市南区团委',
  venue: '石老人海水浴场',
  startsAt: '2026-05-16T01:00:00.000Z',
  endsAt: '2026-05-16T04:00:00.000Z',
  capacity: 30,
  signupOpensAt: null,
  signupClosesAt: '2026-05-15T12:00:00.000Z',
  status: 'published',
  summary: null,
  confirmedCount: 12,
  waitlistCount: 0,
  attendedCount: 0,
};

/** An activity as organisers see it (activities.queries.ts `columns`). */
export const activityOut = z
  .object({
    id: z.number().int(),
    typeCode: z.string(),
    typeName: z.string(),
    categoryCode: z.string(),
    categoryName: z.string(),
    title: z.string(),
    description: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    venue: z.string(),
    startsAt: instantOut,
    endsAt: instantOut,
    capacity: z.number().int().nullable(),
    signupOpensAt: instantOut.nullable(),
    signupClosesAt: instantOut.nullable(),
    status: z.enum(activityStatuses),
    summary: z.string().nullable(),
    confirmedCount: z.number().int(),
    waitlistCount: z.number().int(),
    attendedCount: z.number().int(),
  })
  .meta({ id: 'Activity', example: activityExample });

/** An activity in the organisers' list and detail: with where it comes from (read-only unless `own`). */
export const managedActivityOut = activityOut.extend({ origin: originOut }).meta({ id: 'ManagedActivity', example: { ...activityExample, origin: 'own' } });

export const activityPage = pageOf(managedActivityOut).meta({ examples: [{ items: [{ ...activityExample, origin: 'own' }], total: 1, page: 1, pageSize: 20 }] });

/** An activity as a participant sees it: with their own sign-up, check-in and waitlist place. */
export const myActivityOut = activityOut
  .extend({
    mySignup: z.enum(['confirmed', 'waitlisted', 'cancelled']).nullable(),
    myCheckedInAt: instantOut.nullable(),
    myWaitPosition: z.number().int().nullable(),
  })
  .meta({ id: 'MyActivity' });

export const myActivityPage = pageOf(myActivityOut);

export const activityCategoryOut = z.object({ code: z.string(), name: z.string(), nameEn: z.string(), active: z.boolean() }).meta({ id: 'ActivityCategory' });
export const activityTypeOut = z
  .object({ code: z.string(), name: z.string(), nameEn: z.string(), categoryCode: z.string(), countsServiceHours: z.boolean(), active: z.boolean() })
  .meta({ id: 'ActivityType' });
export const typesAndCategoriesOut = z.object({ categories: z.array(activityCategoryOut), types: z.array(activityTypeOut) });

export const checkinTokenOut = z
  .object({
    token: z.string().meta({ description: '二维码内容，30 秒轮换 · the QR content, rotated every 30 s' }),
    shortCode: z.string().meta({ description: '6 位签到码 · the 6-digit code' }),
    expiresAt: instantOut,
  })
  .meta({ id: 'CheckinToken' });

export const checkinResultOut = z
  .object({
    activityId: z.number().int(),
    created: z.boolean().meta({ description: '本次新签到；重复签到为 false · false when already checked in' }),
    checkedInAt: instantOut,
    activity: z.object({ id: z.number().int(), title: z.string(), type_code: z.string() }),
  })
  .meta({ id: 'CheckinResult' });

export const checkoutResultOut = z
  .object({
    created: z.boolean().meta({ description: '本次新签退；已签退过为 false · false when already checked out' }),
    presenceHours: z.number().nullable().meta({ description: '在场时长（小时，按半小时计，签到至签退）；已签退过为 null · half hours present; null when already checked out' }),
    hoursStatus: z.enum(['awaiting_confirmation', 'not_counted']).meta({
      description: '服务时长：由组织方记录、待社区确认（本人不能填报）；或该类活动不计服务时长 · service hours are recorded by the organiser and confirmed by the community',
    }),
    note: z.string().meta({ description: '给参与者的说明，如“服务时长由组织方记录，待社区确认” · a note for the participant' }),
    checkedOutAt: instantOut,
  })
  .meta({ id: 'CheckoutResult' });

export const organiserCheckoutOut = z
  .object({
    items: z.array(z.object({ personId: z.number().int(), presenceHours: z.number(), checkedOutAt: instantOut })),
    count: z.number().int().meta({ description: '本次签退人数 · people checked out now' }),
  })
  .meta({ id: 'OrganiserCheckoutResult' });

export const signupResultOut = z
  .object({
    status: signupStatus,
    position: z.number().int().nullable().meta({ description: '候补位次（1 为下一位），已确认为 null · waitlist place, null when confirmed' }),
    created: z.boolean(),
  })
  .meta({ id: 'SignupResult' });

export const attendanceOut = z
  .object({
    personId: z.number().int(),
    name: z.string(),
    orgName: z.string(),
    method: z.enum(attendanceMethods),
    checkedInAt: instantOut,
    checkedOutAt: instantOut.nullable(),
    serviceHours: z.string().nullable().meta({ description: '在场时长（签到至签退，按半小时计；numeric 文本，如 "2.50"）；服务时长由社区确认 · presence hours as decimal text, not confirmed service hours' }),
    signup: z.enum(['confirmed', 'waitlisted', 'cancelled']).nullable(),
  })
  .meta({ id: 'Attendance' });
export const attendanceListOut = itemsOf(attendanceOut);

export const signupOut = z
  .object({ personId: z.number().int(), name: z.string(), orgName: z.string(), status: signupStatus, createdAt: instantOut })
  .meta({ id: 'Signup' });
export const signupListOut = itemsOf(signupOut);

export const statsOut = z.object({
  groupBy: z.enum(['type', 'category', 'org']),
  orgPath: z.string(),
  items: z.array(z.object({ key: z.string(), name: z.string(), held: z.number().int(), attendees: z.number().int() })),
});

export const calendarUrlOut = z.object({ url: z.string().meta({ description: '密钥订阅地址 · the secret feed address' }) });

export const photoOut = z
  .object({ id: z.number().int(), caption: z.string(), createdAt: instantOut, url: z.string() })
  .meta({ id: 'ActivityPhoto' });
export const photoListOut = itemsOf(photoOut);
export const photoCreatedOut = z.object({ id: z.number().int(), url: z.string() });
