import { z } from 'zod';
import { isoInstant, rowId, rowIdParam } from '../../../kernel/dto.js';
import { claimStatuses, needStatuses } from '../needs.schema.js';

const page = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

const needFields = {
  typeCode: z.string().min(1).max(40),
  title: z.string().trim().min(2).max(120),
  description: z.string().trim().max(5000),
  place: z.string().trim().max(200),
  startsAt: isoInstant,
  endsAt: isoInstant,
  peopleNeeded: z.number().int().min(1).max(10_000),
  skillsWanted: z.array(z.string().trim().min(1).max(30)).max(10),
  /** Latest moment to claim it (default: the start); an open need past it is flagged. */
  claimDeadline: isoInstant,
};

export const createNeedBody = z
  .object({
    communityId: rowId,
    ...needFields,
    description: needFields.description.default(''),
    place: needFields.place.default(''),
    skillsWanted: needFields.skillsWanted.default([]),
    claimDeadline: needFields.claimDeadline.optional(),
  })
  .refine((b) => b.endsAt > b.startsAt, { path: ['endsAt'], message: 'endsAt must be after startsAt' })
  .refine((b) => !b.claimDeadline || b.claimDeadline <= b.startsAt, { path: ['claimDeadline'], message: 'claimDeadline must not be after startsAt' });

export const updateNeedBody = z.object(needFields).partial();

export const reasonBody = z.object({ reason: z.string().trim().min(2).max(500) });
export const optionalReasonBody = z.object({ reason: z.string().trim().max(500).optional() });

export const needSorts = ['startsAt', 'createdAt'] as const;

export const needListQuery = z.object({
  ...page,
  q: z.string().trim().max(50).optional(),
  districtCode: z.string().regex(/^\d{6}$/).optional(),
  streetCode: z.string().regex(/^\d{9}$/).optional(),
  communityId: rowIdParam.optional(),
  typeCode: z.string().max(40).optional(),
  status: z.enum(needStatuses).optional(),
  /** Needs starting from / before these instants. */
  from: isoInstant.optional(),
  to: isoInstant.optional(),
  sort: z.enum(needSorts).default('startsAt'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export const nearQuery = z.object({ ...page, typeCode: z.string().max(40).optional() });

export const orgClaimBody = z.object({ orgId: rowId, activityDueAt: isoInstant.optional() });
export const teamClaimBody = z.object({ teamId: rowId, activityDueAt: isoInstant.optional() });

export const claimListQuery = z.object({ ...page, status: z.enum(claimStatuses).optional() });

/** What the organiser may set on the volunteer activity a claim becomes; the rest comes from the need. */
export const scheduleBody = z.object({
  title: z.string().trim().min(2).max(120).optional(),
  description: z.string().max(20_000).optional(),
  venue: z.string().trim().max(200).optional(),
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  signupClosesAt: isoInstant.nullable().optional(),
});
