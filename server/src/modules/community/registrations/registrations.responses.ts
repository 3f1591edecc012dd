import { z } from 'zod';
import { countOut, dayOut, instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { memberRegistrationStatuses, orgRegistrationStatuses } from '../communities.schema.js';

const communityRef = { communityId: z.number().int(), communityName: z.string(), districtName: z.string(), streetCode: z.string(), streetName: z.string() };

const memberRegistrationFields = z.object({
    id: z.number().int(),
    personId: z.number().int(),
    ...communityRef,
    address: z.string(),
    hasProof: z.boolean(),
    status: z.enum(memberRegistrationStatuses),
    reason: z.string().nullable().meta({ description: '退回理由或退出说明 · why it was declined, or why the member left' }),
    createdAt: instantOut,
    decidedAt: instantOut.nullable(),
    leftAt: instantOut.nullable(),
  });

export const memberRegistration = memberRegistrationFields.meta({ id: 'CommunityMemberRegistration' });

export const myRegistration = z.object({ current: memberRegistrationFields.nullable(), history: z.array(memberRegistration) }).meta({ id: 'MyCommunityRegistration' });

/** As the community staff and the member's organisation see it: with the member's name and organisation. */
export const memberRegistrationRow = memberRegistration.extend({ personName: z.string(), orgName: z.string() });
export const memberRegistrationPage = pageOf(memberRegistrationRow);

export const unregisteredPage = pageOf(z.object({ personId: z.number().int(), name: z.string(), orgId: z.number().int(), orgName: z.string(), lastStatus: z.enum(memberRegistrationStatuses).nullable() }));
export const remindOut = z.object({ count: countOut });

export const orgRegistration = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    orgName: z.string(),
    ...communityRef,
    periodStart: dayOut,
    periodEnd: dayOut,
    contactName: z.string(),
    contactPhone: z.string(),
    agreedServices: z.array(z.string()),
    note: z.string(),
    status: z.enum(orgRegistrationStatuses),
    declineReason: z.string().nullable(),
    createdAt: instantOut,
    decidedAt: instantOut.nullable(),
    endedAt: instantOut.nullable(),
  })
  .meta({ id: 'CommunityOrgRegistration' });

export const orgRegistrationPage = pageOf(orgRegistration);
export const orgRegistrationList = z.object({ items: z.array(orgRegistration) });
