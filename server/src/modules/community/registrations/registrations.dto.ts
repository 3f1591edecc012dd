import { z } from 'zod';
import { isoDay, rowId, rowIdParam } from '../../../kernel/dto.js';
import { memberRegistrationStatuses, orgRegistrationStatuses } from '../communities.schema.js';

const page = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
const reason = z.string().trim().min(2).max(500);

export const registerMemberBody = z.object({ communityId: rowId, address: z.string().trim().min(4).max(200) });
export const leaveBody = z.object({ reason: z.string().trim().max(500).optional() });
export const decideBody = z.object({ reason });

export const staffMemberRegistrationsQuery = z.object({
  ...page,
  status: z.enum(memberRegistrationStatuses).optional(),
  communityId: rowIdParam.optional(),
  q: z.string().trim().max(50).optional(),
});

export const organiserMemberRegistrationsQuery = z.object({
  ...page,
  status: z.enum(memberRegistrationStatuses).optional(),
  orgId: rowIdParam.optional(),
  q: z.string().trim().max(50).optional(),
});

export const unregisteredQuery = z.object({ ...page, orgId: rowIdParam.optional(), q: z.string().trim().max(50).optional() });

export const remindBody = z
  .object({
    /** Chosen members; without them, every unregistered member of `orgId` (or of the caller's scope). */
    personIds: z.array(rowId).min(1).max(1000).optional(),
    orgId: rowId.optional(),
  })
  .refine((b) => !(b.personIds && b.orgId), { path: ['orgId'], message: 'give personIds or orgId, not both' });

const phone = z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, 'a phone number');

export const registerOrgBody = z
  .object({
    orgId: rowId,
    communityIds: z.array(rowId).min(1).max(20).refine((ids) => new Set(ids).size === ids.length, 'communities must not repeat'),
    periodStart: isoDay,
    periodEnd: isoDay,
    contactName: z.string().trim().min(2).max(40),
    contactPhone: phone,
    agreedServices: z.array(z.string().min(1).max(40)).max(20).default([]),
    note: z.string().trim().max(2000).default(''),
  })
  .refine((b) => b.periodEnd >= b.periodStart, { path: ['periodEnd'], message: 'periodEnd must not be before periodStart' });

export const orgRegistrationsQuery = z.object({
  ...page,
  status: z.enum(orgRegistrationStatuses).optional(),
  communityId: rowIdParam.optional(),
  orgId: rowIdParam.optional(),
});

export const endOrgRegistrationBody = z.object({ reason: z.string().trim().max(500).optional() });
