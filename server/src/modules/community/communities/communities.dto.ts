import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';
import { streetName } from './regions.js';

const streetCode = z.string().regex(/^\d{9}$/, 'a 9-digit street code').refine((c) => streetName.has(c), 'unknown street code');
const districtCode = z.string().regex(/^\d{6}$/, 'a 6-digit district code');

export const communitySorts = ['name', 'district', 'members', 'needs', 'createdAt'] as const;

export const communityListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(50).optional(),
  districtCode: districtCode.optional(),
  streetCode: z.string().regex(/^\d{9}$/).optional(),
  sort: z.enum(communitySorts).default('district'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export const createCommunityBody = z.object({
  name: z.string().trim().min(2).max(60),
  streetCode,
  partyOrgName: z.string().trim().min(2).max(80).optional(),
  phone: z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, 'a phone number').nullable().default(null),
  address: z.string().trim().max(200).nullable().default(null),
  lat: z.number().min(-90).max(90).nullable().default(null),
  long: z.number().min(-180).max(180).nullable().default(null),
});

export const updateCommunityBody = z
  .object({
    name: z.string().trim().min(2).max(60),
    streetCode,
    partyOrgName: z.string().trim().min(2).max(80),
    phone: z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, 'a phone number').nullable(),
    address: z.string().trim().max(200).nullable(),
    lat: z.number().min(-90).max(90).nullable(),
    long: z.number().min(-180).max(180).nullable(),
  })
  .partial();

export const staffBody = z.object({ accountId: rowId });
export const staffParams = z.object({ id: rowIdParam, accountId: rowIdParam });
export const staffAccountsQuery = z.object({ q: z.string().trim().max(50).optional() });
