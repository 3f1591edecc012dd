import { z } from 'zod';
import { countOut, dayOut, instantOut, itemsOf, pageOf } from '../../../kernel/openapi/responses.js';

export const communityItem = z
  .object({
    id: z.number().int(),
    name: z.string(),
    districtCode: z.string(),
    districtName: z.string(),
    streetCode: z.string(),
    streetName: z.string(),
    partyOrgName: z.string(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    lat: z.number().nullable(),
    long: z.number().nullable(),
    staffCount: countOut,
    orgCount: countOut.meta({ description: '生效中的共建单位数 · organisations with a confirmed agreement' }),
    memberCount: countOut.meta({ description: '已确认报到的党员数 · members with a confirmed registration' }),
    openNeedCount: countOut,
    createdAt: instantOut,
  })
  .meta({ id: 'Community' });

export const communityPage = pageOf(communityItem);

export const communityProfile = communityItem
  .extend({
    registeredOrgs: z.array(
      z.object({ registrationId: z.number().int(), orgId: z.number().int(), orgName: z.string(), periodStart: dayOut, periodEnd: dayOut, agreedServices: z.array(z.string()) }),
    ),
    openNeeds: z.array(z.object({ id: z.number().int(), title: z.string(), typeCode: z.string(), typeName: z.string(), startsAt: instantOut, endsAt: instantOut, peopleNeeded: z.number().int() })),
  })
  .meta({ id: 'CommunityProfile' });

export const staffMember = z.object({ accountId: z.number().int(), username: z.string(), displayName: z.string(), since: instantOut });
export const staffList = itemsOf(staffMember);

export const staffAccountList = itemsOf(
  z.object({ accountId: z.number().int(), username: z.string(), displayName: z.string(), communities: z.array(z.object({ id: z.number().int(), name: z.string() })) }),
);

export const regionsOut = z
  .object({
    districts: z.array(z.object({ code: z.string(), name: z.string() })),
    streets: z.array(z.object({ code: z.string(), name: z.string(), districtCode: z.string() })),
  })
  .meta({ id: 'CommunityRegions' });
