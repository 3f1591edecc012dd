import { z } from 'zod';
import { instantOut, pageOf } from '../../../kernel/openapi/responses.js';

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
  })
  .meta({ id: 'PairingCoSession' });
export const coSessionPage = pageOf(coSessionOut);

export const coSignupResultOut = z.object({ created: z.boolean(), session: coSessionOut });
export const coCheckinResultOut = z.object({ activityId: z.number().int(), title: z.string(), created: z.boolean(), checkedInAt: instantOut });

export const coAttendeesOut = z
  .object({
    activityId: z.number().int(),
    title: z.string(),
    capacity: z.number().int().nullable(),
    cadres: z.array(z.object({ personId: z.number().int(), name: z.string(), orgName: z.string(), checkedInAt: instantOut, checkedOutAt: instantOut.nullable() })),
    entrepreneurs: z.array(
      z.object({ entrepreneurId: z.number().int(), name: z.string(), company: z.string(), signedUpAt: instantOut, cancelledAt: instantOut.nullable(), checkedInAt: instantOut.nullable() }),
    ),
    counts: z.object({ cadresAttended: z.number().int(), entrepreneursSignedUp: z.number().int(), entrepreneursAttended: z.number().int() }),
  })
  .meta({ id: 'PairingCoSessionAttendees' });
