import { z } from 'zod';
import { instantOut, itemsOf, pageOf } from '../../../kernel/openapi/responses.js';
import { claimantKinds, claimStatuses, needStatuses } from '../needs.schema.js';

const needClaimFields = z.object({
    id: z.number().int(),
    needId: z.number().int(),
    claimantKind: z.enum(claimantKinds),
    orgId: z.number().int(),
    orgName: z.string(),
    teamId: z.number().int().nullable(),
    teamName: z.string().nullable(),
    claimedAt: instantOut,
    activityDueAt: instantOut,
    activityId: z.number().int().nullable(),
    status: z.enum(claimStatuses),
    endedAt: instantOut.nullable(),
    endReason: z.string().nullable(),
  });

export const needClaim = needClaimFields.meta({ id: 'CommunityNeedClaim' });

export const need = z
  .object({
    id: z.number().int(),
    communityId: z.number().int(),
    communityName: z.string(),
    districtName: z.string(),
    streetCode: z.string(),
    streetName: z.string(),
    lat: z.number().nullable(),
    long: z.number().nullable(),
    typeCode: z.string(),
    typeName: z.string(),
    title: z.string(),
    description: z.string(),
    place: z.string(),
    startsAt: instantOut,
    endsAt: instantOut,
    peopleNeeded: z.number().int(),
    skillsWanted: z.array(z.string()),
    status: z.enum(needStatuses),
    claimDeadline: instantOut,
    flaggedAt: instantOut.nullable(),
    createdAt: instantOut,
    updatedAt: instantOut,
    claim: needClaimFields.nullable().meta({ description: '当前有效的认领 · the live claim, if any' }),
  })
  .meta({ id: 'CommunityNeed' });

export const needPage = pageOf(need);
export const nearNeedPage = pageOf(need.extend({ proximity: z.enum(['community', 'street', 'district']) }));

export const claimRow = needClaim.extend({ needTitle: z.string(), communityId: z.number().int(), communityName: z.string(), needStartsAt: instantOut, needEndsAt: instantOut });
export const claimPage = pageOf(claimRow);

export const needTypesOut = itemsOf(z.object({ code: z.string(), name: z.string(), nameEn: z.string() }));
