import { z } from 'zod';
import { instantOut, pageOf } from '../../../kernel/openapi/responses.js';

const coSignupStatus = z.enum(['confirmed', 'waitlisted', 'walk_in']);

/** A co-study session (an activity of type co_study) as an entrepreneur sees it. */
export const coSessionOut = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    orgName: z.string(),
    venue: z.string(),
    startsAt: instantOut,
    endsAt: instantOut,
    capacity: z.number().int().nullable(),
    confirmedCount: z.number().int().meta({ description: '已占名额（干部与企业家合计）· seats taken by both sides' }),
    signupOpensAt: instantOut.nullable(),
    signupClosesAt: instantOut.nullable(),
    status: z.string(),
    mySignedUpAt: instantOut.nullable(),
    myCheckedInAt: instantOut.nullable(),
    mySignup: coSignupStatus.nullable().meta({ description: '我的报名：confirmed 已报名（占名额）、waitlisted 候补、walk_in 现场签到；null 未报名 · my sign-up' }),
    myWaitPosition: z.number().int().nullable().meta({ description: '候补位次（干部与企业家同一候补队列，1 为下一位）· place on the waitlist of both sides' }),
    myPromotedAt: instantOut.nullable().meta({ description: '由候补转为报名的时间 · when a freed seat went to me' }),
  })
  .meta({ id: 'PairingCoSession' });
export const coSessionPage = pageOf(coSessionOut);

export const coSignupResultOut = z.object({
  created: z.boolean(),
  status: z.enum(['confirmed', 'waitlisted', 'walk_in']).meta({ description: 'confirmed 已报名；waitlisted 满员候补（有人取消时按先后递补）· confirmed, or waitlisted when full' }),
  session: coSessionOut,
});
export const coCheckinResultOut = z.object({ activityId: z.number().int(), title: z.string(), created: z.boolean(), checkedInAt: instantOut });

export const coAttendeesOut = z
  .object({
    activityId: z.number().int(),
    title: z.string(),
    capacity: z.number().int().nullable(),
    cadres: z.array(z.object({ personId: z.number().int(), name: z.string(), orgName: z.string(), checkedInAt: instantOut, checkedOutAt: instantOut.nullable() })),
    entrepreneurs: z.array(
      z.object({
        entrepreneurId: z.number().int(),
        name: z.string(),
        company: z.string(),
        status: coSignupStatus,
        signedUpAt: instantOut,
        cancelledAt: instantOut.nullable(),
        checkedInAt: instantOut.nullable(),
        promotedAt: instantOut.nullable(),
      }),
    ),
    counts: z.object({ cadresAttended: z.number().int(), entrepreneursSignedUp: z.number().int(), entrepreneursWaitlisted: z.number().int(), entrepreneursAttended: z.number().int() }),
  })
  .meta({ id: 'PairingCoSessionAttendees' });

const sideCounts = z.object({ signedUp: z.number().int(), waitlisted: z.number().int(), attended: z.number().int() });

/** A co-study session of the admin's scope, with sign-ups, waitlist and attendance by side. */
export const coAdminSessionOut = z
  .object({
    id: z.number().int(),
    title: z.string(),
    orgName: z.string(),
    venue: z.string(),
    startsAt: instantOut,
    endsAt: instantOut,
    capacity: z.number().int().nullable(),
    confirmedCount: z.number().int().meta({ description: '已占名额（两方合计）· seats taken by both sides' }),
    waitlistCount: z.number().int().meta({ description: '候补人数（两方合计）· waiting, both sides' }),
    status: z.string(),
    cadres: sideCounts.meta({ description: '青年干部：报名、候补、签到 · cadres' }),
    entrepreneurs: sideCounts.meta({ description: '青年企业家：报名、候补、签到 · entrepreneurs' }),
  })
  .meta({ id: 'PairingCoSessionAdmin' });
export const coAdminSessionPage = pageOf(coAdminSessionOut);
