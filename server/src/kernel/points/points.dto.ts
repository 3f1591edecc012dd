import { z } from 'zod';
import { isoDay, rowIdParam } from '../dto.js';

const day = isoDay;

export const myPointsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const myPointsResponse = z.object({
  balance: z.number(),
  items: z.array(
    z.object({ at: z.string(), ruleCode: z.string(), ruleName: z.string(), points: z.number(), note: z.string().nullable() }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const orgLeaderboardQuery = z.object({
  parentId: rowIdParam.optional(),
  from: day.optional(),
  to: day.optional(),
  sort: z.enum(['perCapita', 'points']).default('perCapita'),
});

export const orgLeaderboardResponse = z.object({
  parentId: z.number(),
  items: z.array(z.object({ orgId: z.number(), name: z.string(), points: z.number(), members: z.number(), perCapita: z.number() })),
});

export const peopleLeaderboardQuery = z.object({
  orgId: rowIdParam.optional(),
  from: day.optional(),
  to: day.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const peopleLeaderboardResponse = z.object({
  orgId: z.number(),
  enabled: z.boolean(),
  items: z.array(z.object({ personId: z.number(), name: z.string(), points: z.number(), rank: z.number() })),
});

export const ruleItem = z.object({
  code: z.string(),
  name: z.string(),
  eventType: z.string(),
  points: z.number(),
  dailyCap: z.number().nullable(),
  active: z.boolean(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});

export const rulesResponse = z.object({ items: z.array(ruleItem) });

export const ruleParams = z.object({ code: z.string().regex(/^[a-z0-9_]{1,64}$/) });

export const ruleUpdateBody = z.object({
  points: z.number().int().min(-1000).max(1000),
  dailyCap: z.number().int().min(1).max(10_000).nullable(),
  active: z.boolean(),
});

export const ruleCreateBody = ruleUpdateBody.extend({
  /** Left out: made from the event's name. */
  code: z.string().regex(/^[a-z0-9_]{1,64}$/).optional(),
  name: z.string().trim().min(2).max(40),
  eventType: z.string().min(1).max(80),
});

export const awardableEventsResponse = z.object({
  items: z.array(z.object({ event: z.string(), label: z.object({ zh: z.string(), en: z.string() }), rules: z.number() })),
});

const bothLanguages = z.object({ zh: z.string(), en: z.string() });

export const myTodayResponse = z
  .object({
    /** Asia/Shanghai calendar day. */
    day: z.string(),
    todayPoints: z.number(),
    totalPoints: z.number(),
    tasks: z.array(
      z.object({
        code: z.string(),
        label: bothLanguages,
        eventType: z.string(),
        /** Points per occurrence. */
        points: z.number(),
        dailyCap: z.number().nullable(),
        /** Points this rule gave today, and how many times. */
        earned: z.number(),
        times: z.number(),
        /** The daily cap is reached. */
        done: z.boolean(),
      }),
    ),
    /** My organisation among its siblings by points per member (all time, as on the organisation board). */
    orgRank: z.object({ orgId: z.number(), name: z.string(), rank: z.number(), of: z.number(), perCapita: z.number() }).nullable(),
    /** My place in my organisation; only where the organisation turned personal ranking on. */
    personalRank: z.object({ rank: z.number(), of: z.number() }).nullable(),
  })
  .meta({ id: 'MyPointsToday', description: '今日任务与积分（仅本人） · Today’s tasks and points (own data only)' });
