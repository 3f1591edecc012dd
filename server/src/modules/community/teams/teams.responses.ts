import { z } from 'zod';
import { instantOut, pageOf, itemsOf } from '../../../kernel/openapi/responses.js';
import { teamStatuses } from '../teams.schema.js';

const id = z.number().int();

export const teamOut = z
  .object({
    id,
    name: z.string(),
    orgId: id,
    orgName: z.string(),
    captainPersonId: id,
    captainName: z.string(),
    serviceTypes: z.array(z.string()),
    description: z.string(),
    status: z.enum(teamStatuses),
    memberCount: z.number().int().meta({ description: '当前队员人数 · current members' }),
    communityIds: z.array(id),
    communities: z.array(z.object({ id, name: z.string() })).meta({ description: '服务的社区（与 communityIds 同序）· the communities served, in the order of communityIds' }),
    streetCodes: z.array(z.string()),
    createdAt: instantOut,
    disbandedAt: instantOut.nullable(),
  })
  .meta({ id: 'VolunteerTeam' });
export const teamPage = pageOf(teamOut);

export const teamMemberOut = z
  .object({ personId: id, name: z.string(), orgName: z.string(), isCaptain: z.boolean(), joinedAt: instantOut, leftAt: instantOut.nullable() })
  .meta({ id: 'VolunteerTeamMember' });
export const teamMembersOut = itemsOf(teamMemberOut);

export const myTeamOut = z
  .object({ id, name: z.string(), orgName: z.string(), status: z.enum(teamStatuses), isCaptain: z.boolean(), joinedAt: instantOut, serviceTypes: z.array(z.string()), memberCount: z.number().int() })
  .meta({ id: 'MyVolunteerTeam' });
export const myTeamsOut = itemsOf(myTeamOut);

export const addMembersOut = z.object({ added: z.number().int().meta({ description: '新加入人数（已在队中的不重复计）· people newly added' }) });
