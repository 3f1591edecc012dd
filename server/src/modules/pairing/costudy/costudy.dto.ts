import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';

export const idParams = z.object({ id: rowIdParam });

export const coStudyListQuery = z.object({
  view: z.enum(['upcoming', 'mine', 'past']).default('upcoming').meta({ description: 'upcoming 可报名的共学活动；mine 我已报名未结束的；past 我参加过的 · open sessions, mine ahead, mine past' }),
  q: z.string().trim().max(60).optional().meta({ description: '按活动名称搜索 · title' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type CoStudyListQuery = z.infer<typeof coStudyListQuery>;

/** The same proof as people's check-in: the rotating QR token, or the activity and its six-digit code. */
export const coStudyCheckinBody = z.union([z.object({ token: z.string().min(10).max(80) }), z.object({ activityId: rowId, code: z.string().regex(/^\d{6}$/) })]);

export const coStudyAdminQuery = z.object({
  when: z.enum(['upcoming', 'past']).optional().meta({ description: 'upcoming 未结束；past 已结束；不填为全部 · not ended, ended, or all' }),
  q: z.string().trim().max(60).optional().meta({ description: '按活动名称搜索 · title' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CoStudyAdminQuery = z.infer<typeof coStudyAdminQuery>;
