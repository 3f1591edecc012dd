import { z } from 'zod';
import { isoInstant, rowId, rowIdParam } from '../../kernel/dto.js';

const ids = z.array(rowId);

export const questionSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), questionIds: ids.min(1).max(200) }),
  z.object({
    kind: z.literal('draw'),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    minDifficulty: z.number().int().min(1).max(5).default(1),
    maxDifficulty: z.number().int().min(1).max(5).default(5),
    types: z.array(z.enum(['single', 'multiple', 'judge', 'fill'])).max(4).default(['single', 'multiple', 'judge']),
    count: z.number().int().min(1).max(200),
  }),
]);

export const scoringRule = z.object({
  correctPoints: z.number().int().min(0).max(100_000).default(1000),
  speedBonusMax: z.number().int().min(0).max(100_000).default(1000),
  teamScore: z.enum(['sum', 'average']).default('average'),
});

export const awardRule = z
  .object({
    kind: z.enum(['ratio', 'count']).default('ratio'),
    gold: z.number().min(0).max(100_000).default(0.01),
    silver: z.number().min(0).max(100_000).default(0.03),
    bronze: z.number().min(0).max(100_000).default(0.06),
    minScore: z.number().int().min(0).default(1),
  })
  .refine((r) => r.kind === 'count' || r.gold + r.silver + r.bronze <= 1, { path: ['bronze'], message: 'ratios must add up to at most 1' })
  .refine((r) => r.kind === 'ratio' || [r.gold, r.silver, r.bronze].every(Number.isInteger), { path: ['gold'], message: 'counts must be whole numbers' });

export const roundInput = z
  .object({
    name: z.string().trim().min(1).max(60),
    kind: z.enum(['async', 'live']),
    secondsPerQuestion: z.number().int().min(5).max(600).default(20),
    opensAt: isoInstant.nullable().default(null),
    closesAt: isoInstant.nullable().default(null),
  })
  .refine((r) => r.kind === 'live' || (r.opensAt && r.closesAt && r.closesAt > r.opensAt), { path: ['closesAt'], message: 'an online round needs opensAt < closesAt' });

export const teamInput = z
  .object({
    name: z.string().trim().min(1).max(60),
    orgId: rowId.optional(),
    personIds: ids.max(500).default([]),
    /** A youth vanguard squad as the team (its roster: the squad's active members when the contest is created). */
    squadId: rowId.optional(),
  })
  .refine((t) => t.orgId || t.personIds.length || t.squadId, { path: ['personIds'], message: 'a team needs an organisation, a roster or a squad' })
  .refine((t) => !t.squadId || (!t.orgId && t.personIds.length === 0), { path: ['squadId'], message: 'a squad team takes its roster from the squad' });

export const createContestBody = z.object({
  name: z.string().trim().min(2).max(120),
  description: z.string().max(5000).default(''),
  orgId: rowId,
  questionSource,
  entrantKind: z.enum(['individual', 'team']).default('individual'),
  teams: z.array(teamInput).max(500).default([]),
  scoring: scoringRule.default({ correctPoints: 1000, speedBonusMax: 1000, teamScore: 'average' }),
  awardRule: awardRule.default({ kind: 'ratio', gold: 0.01, silver: 0.03, bronze: 0.06, minScore: 1 }),
  rounds: z.array(roundInput).min(1).max(10),
});
export type CreateContestBody = z.infer<typeof createContestBody>;

export const idParams = z.object({ id: rowIdParam });
export const roundParams = z.object({ roundId: rowIdParam });
export const hostCommands = ['open', 'start', 'next', 'reveal', 'pause', 'resume', 'end'] as const;
export type HostCommand = (typeof hostCommands)[number];
export const hostParams = z.object({ roundId: rowIdParam, command: z.enum(hostCommands) });
export const codeParams = z.object({ code: z.string().regex(/^\d{6}$/) });
export const awardParams = z.object({ awardId: rowIdParam });

export const listQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(50).optional(),
});

export const asyncAnswerBody = z.object({
  index: z.number().int().min(0),
  choice: z.array(z.string().max(500)).max(10),
});

export const myResultsQuery = z.object({ roundId: rowIdParam.optional() });
