import { z } from 'zod';
import { instantOut, itemsOf } from '../../../kernel/openapi/responses.js';
import { rowIdParam } from '../../../kernel/dto.js';
import { roundStatuses } from '../assessment.schema.js';

export const reportParams = z.object({ targetId: rowIdParam });
export const attachmentParams = z.object({ targetId: rowIdParam, index: z.coerce.number().int().min(0).max(49) });
export const reportBody = z.object({
  body: z.string().trim().min(1).max(20_000),
  /** false: kept as a draft (not shown to voters); true: submitted (may still be edited until the meeting). */
  submit: z.boolean().default(true),
});

export const reportOut = z.object({
  targetId: z.number().int(),
  targetName: z.string(),
  roundId: z.number().int(),
  roundName: z.string(),
  roundStatus: z.enum(roundStatuses),
  meetingAt: instantOut.nullable(),
  editable: z.boolean().meta({ description: '会议开始前可修改 · editable until the meeting' }),
  body: z.string().nullable(),
  attachments: z.array(z.object({ index: z.number().int(), fileName: z.string(), mime: z.string(), size: z.number().int() })),
  submittedAt: instantOut.nullable(),
  updatedAt: instantOut.nullable(),
});
export const reportListOut = itemsOf(reportOut);
