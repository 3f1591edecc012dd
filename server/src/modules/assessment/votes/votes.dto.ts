import { z } from 'zod';
import { isoInstant, rowId, rowIdParam } from '../../../kernel/dto.js';
import { voteGrades } from '../assessment.schema.js';

const gradeScore = z.number().min(0).max(100);
export const gradeScoresBody = z
  .object({ good: gradeScore, fairly_good: gradeScore, average: gradeScore, poor: gradeScore })
  .meta({ description: '各评价等次对应得分（好/较好/一般/差）· the score of each vote grade' });

export const groupCreateBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{1,40}$/, 'lower-case letters, digits, _ or -'),
  name: z.string().trim().min(1).max(60),
  /** Relative to the other groups feeding the same leaf (normalised over the groups that have votes). */
  weight: z.number().gt(0).max(100),
  gradeScores: gradeScoresBody.default({ good: 100, fairly_good: 85, average: 70, poor: 50 }),
  /** The rated leaf of the round's version the group's votes feed. */
  leafKey: z.string().trim().min(1).max(40),
  /** Default: the round's minVotes; never below it. */
  minVotes: z.number().int().min(1).max(1000).optional(),
});
export const groupUpdateBody = groupCreateBody.omit({ code: true, leafKey: true }).partial();

export const groupParams = z.object({ id: rowIdParam, groupId: rowIdParam });
export const votersBody = z.object({ accountIds: z.array(rowId).min(1).max(2000) });
export const voterParams = z.object({ id: rowIdParam, groupId: rowIdParam, accountId: rowIdParam });

export const meetingBody = z
  .object({
    meetingAt: isoInstant.nullable().optional(),
    appealUntil: isoInstant.nullable().optional(),
    minVotes: z.number().int().min(1).max(1000).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });

export const castBody = z.object({ groupId: rowId, targetId: rowId, grade: z.enum(voteGrades) });
export const myBallotQuery = z.object({ roundId: rowIdParam.optional() });
export const meetingResultsQuery = z.object({ roundId: rowIdParam });
