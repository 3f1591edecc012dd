import { z } from 'zod';
import { isoDay, isoInstant, rowId, rowIdParam } from '../../kernel/dto.js';
import { projectStatuses, reportStatuses } from './practice.schema.js';

const day = isoDay;

export const createProjectBody = z
  .object({
    title: z.string().trim().min(2).max(80),
    description: z.string().trim().max(5000).default(''),
    orgId: rowId,
    startsOn: day.nullable().default(null),
    endsOn: day.nullable().default(null),
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, { path: ['endsOn'], message: 'endsOn must not be before startsOn' });

export const updateProjectBody = z.object({
  title: z.string().trim().min(2).max(80).optional(),
  description: z.string().trim().max(5000).optional(),
  status: z.enum(projectStatuses).optional(),
});

export const reportBody = z.object({
  title: z.string().trim().min(2).max(120),
  body: z.string().max(200_000).default(''),
  projectId: rowId.nullable().default(null),
});

export const updateReportBody = z.object({
  title: z.string().trim().min(2).max(120).optional(),
  body: z.string().max(200_000).optional(),
  projectId: rowId.nullable().optional(),
});

export const reviewBody = z
  .object({ action: z.enum(['return', 'approve']), comment: z.string().trim().max(2000).default('') })
  .refine((v) => v.action !== 'return' || v.comment.length > 0, { path: ['comment'], message: 'say what needs to change' });

export const publishBody = z.object({ audienceOrgIds: z.array(rowId).max(200).default([]) });

export const idParams = z.object({ id: rowIdParam });
export const attachmentParams = z.object({ id: rowIdParam, attachmentId: rowIdParam });

const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const projectListQuery = z.object({ ...paging, status: z.enum(projectStatuses).optional() });
export const reportListQuery = z.object({
  ...paging,
  status: z.enum(reportStatuses).optional(),
  projectId: rowIdParam.optional(),
});

export const statsQuery = z.object({
  orgId: rowIdParam.optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
});
