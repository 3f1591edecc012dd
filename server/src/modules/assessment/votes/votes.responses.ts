import { z } from 'zod';
import { instantOut, itemsOf } from '../../../kernel/openapi/responses.js';
import { voteGrades } from '../assessment.schema.js';

const counts = z.object({ good: z.number().int(), fairly_good: z.number().int(), average: z.number().int(), poor: z.number().int() });
const gradeScores = z.object({ good: z.number(), fairly_good: z.number(), average: z.number(), poor: z.number() });

export const groupOut = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  weight: z.number(),
  gradeScores,
  leafKey: z.string(),
  leafName: z.string(),
  minVotes: z.number().int().meta({ description: '本组显示汇总所需最少票数（不低于轮次设置）· votes needed before aggregates show' }),
  voters: z.number().int(),
  votesCast: z.number().int().meta({ description: '本组已投票数（全部对象合计，不显示谁投了什么）· votes cast in the group, all targets' }),
});
export const groupListOut = itemsOf(groupOut);

export const votersOut = z.object({
  added: z.number().int(),
  /** Voter × target pairs the voters will not be offered (their own organisation or one they belong to). */
  excludedConflicts: z.number().int(),
});
export const voterListOut = itemsOf(z.object({ accountId: z.number().int(), displayName: z.string(), orgName: z.string().nullable() }));

/** A group's aggregate for one target: numbers only with at least minVotes votes. */
export const aggregateOut = z.object({
  groupId: z.number().int(),
  groupName: z.string(),
  enough: z.boolean().meta({ description: 'false：票数不足，不显示任何数字 · not enough votes: no numbers shown' }),
  votes: z.number().int().nullable(),
  counts: counts.nullable(),
  score: z.number().nullable().meta({ description: '本组平均得分 0–100 · the group’s mean score' }),
});
export const aggregatesOut = itemsOf(
  z.object({
    targetId: z.number().int(),
    name: z.string(),
    groups: z.array(aggregateOut),
  }),
);

export const ballotOut = itemsOf(
  z.object({
    roundId: z.number().int(),
    roundName: z.string(),
    meetingAt: instantOut.nullable(),
    votingOpen: z.boolean(),
    groupId: z.number().int(),
    groupName: z.string(),
    leafName: z.string(),
    targets: z.array(
      z.object({
        targetId: z.number().int(),
        name: z.string(),
        hasReport: z.boolean(),
        myGrade: z.enum(voteGrades).nullable().meta({ description: '我已投的等次（仅本人可见）· my own vote' }),
      }),
    ),
  }),
);
export const castOut = z.object({ groupId: z.number().int(), targetId: z.number().int(), grade: z.enum(voteGrades), castAt: instantOut });

export const meetingResultsOut = itemsOf(
  z.object({
    roundId: z.number().int(),
    roundName: z.string(),
    groupId: z.number().int(),
    groupName: z.string(),
    votingClosed: z.boolean(),
    available: z.boolean().meta({ description: '我已投完本组全部对象或投票已结束时才有结果 · results once my ballot is complete or the voting closed' }),
    pending: z.number().int().meta({ description: '我尚未投票的对象数 · targets I have not voted on yet' }),
    targets: z.array(aggregateOut.omit({ groupId: true, groupName: true }).extend({ targetId: z.number().int(), name: z.string() })),
  }),
);
