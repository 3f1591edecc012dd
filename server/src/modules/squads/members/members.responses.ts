import { z } from 'zod';
import { dayOut, instantOut, itemsOf, pageOf } from '../../../kernel/openapi/responses.js';
import { memberRoles } from '../squads.schema.js';
import { innovationSummaryOut, squadMemberOut, squadOut, taskSummaryOut } from '../squads/squads.responses.js';

export const memberListOut = itemsOf(squadMemberOut);

/** A person who may be added to (or proposed for) a squad. */
export const candidateOut = z
  .object({
    id: z.number().int(),
    name: z.string(),
    gender: z.string(),
    birthDate: dayOut,
    age: z.number().int(),
    orgName: z.string(),
    unit: z.string().nullable(),
    position: z.string().nullable(),
    eligible: z.boolean().meta({ description: '今天符合青年干部年龄规则 · a young cadre today' }),
    activeSquad: z.object({ id: z.number().int(), name: z.string() }).nullable().meta({ description: '当前所在尖刀班 · the squad the person is active in' }),
  })
  .meta({ id: 'SquadCandidate' });
export const candidatePage = pageOf(candidateOut).extend({ youngMaxAge: z.number().int() });

/** The member's own squad (H5 我的尖刀班); `squad` is null when the caller is in no active squad. */
export const mySquadOut = z
  .object({
    // Inline copies (no component id): a nullable $ref is not valid OpenAPI 3.0.
    squad: squadOut.extend({}).nullable(),
    role: z.enum(memberRoles).nullable(),
    joinedAt: instantOut.nullable(),
    members: z.array(squadMemberOut),
    proposals: z.array(squadMemberOut).meta({ description: '队长可见：待组织确认的推荐 · for the leader: pending proposals' }),
    tasks: taskSummaryOut.extend({}).nullable(),
    innovations: innovationSummaryOut.extend({}).nullable(),
  })
  .meta({ id: 'MySquad' });

export const memberCreatedOut = squadMemberOut;
