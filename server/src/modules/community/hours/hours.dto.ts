import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';
import { hoursStatuses } from '../hours.schema.js';

/** Hours in half hours, as attendance records them; at most one long day. */
const hours = z.number().min(0).max(24).multipleOf(0.5);
const reason = z.string().trim().min(2).max(500);

const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(50).optional().meta({ description: '按姓名搜索 · a person’s name' }),
  status: z.enum(hoursStatuses).optional(),
  activityId: rowIdParam.optional(),
  communityId: rowIdParam.optional(),
  sort: z.enum(['-recordedAt', 'recordedAt', 'name', '-hours']).default('-recordedAt'),
};

export const organiserHoursQuery = z.object(page);
export const staffHoursQuery = z.object({ ...page, status: z.enum(hoursStatuses).default('pending') });

export const adjustHoursBody = z.object({ hours, reason });
export const decideHoursBody = z.object({ ids: z.array(rowId).min(1).max(500) });
export const returnHoursBody = z.object({ ids: z.array(rowId).min(1).max(500), reason });
export const hoursIdParams = z.object({ id: rowIdParam });
export const activityIdParams = z.object({ id: rowIdParam });
