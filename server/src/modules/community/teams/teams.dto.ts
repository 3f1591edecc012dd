import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';

const code = z.string().trim().min(1).max(40);
const streetCode = z.string().regex(/^\d{6,12}$/, 'a street code of the reference data');

/** Where a team serves: communities and/or whole streets. */
const areas = z.object({
  communityIds: z.array(rowId).max(200).default([]),
  streetCodes: z.array(streetCode).max(50).default([]),
});

export const createTeamBody = z.object({
  name: z.string().trim().min(2).max(60),
  orgId: rowId,
  captainPersonId: rowId,
  serviceTypes: z.array(code).max(20).default([]),
  description: z.string().trim().max(2000).default(''),
  areas: areas.default({ communityIds: [], streetCodes: [] }),
  memberPersonIds: z.array(rowId).max(500).default([]),
});

export const updateTeamBody = z
  .object({
    name: z.string().trim().min(2).max(60).optional(),
    captainPersonId: rowId.optional(),
    serviceTypes: z.array(code).max(20).optional(),
    description: z.string().trim().max(2000).optional(),
    areas: areas.optional(),
    status: z.enum(['active', 'disbanded']).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'nothing to change' });

export const teamListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(50).optional(),
  orgId: rowIdParam.optional(),
  status: z.enum(['active', 'disbanded']).optional(),
  serviceType: code.optional(),
  communityId: rowIdParam.optional(),
  streetCode: streetCode.optional(),
  sort: z.enum(['name', '-createdAt', 'createdAt', '-members']).default('name'),
});

export const teamMembersQuery = z.object({ history: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });
export const addMembersBody = z.object({ personIds: z.array(rowId).min(1).max(500) });
export const teamIdParams = z.object({ id: rowIdParam });
export const teamMemberParams = z.object({ id: rowIdParam, personId: rowIdParam });
