import { z } from 'zod';
import { projectStatuses, reportStatuses } from './practice.schema.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const createProjectBody = z
  .object({
    title: z.string().trim().min(2).max(80),
    description: z.string().trim().max(5000).default(''),
    orgId: z.number().int().positive(),
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
  projectId: z.number().int().positive().nullable().default(null),
});

export const updateReportBody = z.object({
  title: z.string().trim().min(2).max(120).optional(),
  body: z.string().max(200_000).optional(),
  projectId: z.number().int().positive().nullable().optional(),
});

export const reviewBody = z
  .object({ action: z.enum(['return', 'approve']), comment: z.string().trim().max(2000).default('') })
  .refine((v) => v.action !== 'return' || v.comment.length > 0, { path: ['comment'], message: 'say what needs to change' });

export const publishBody = z.object({ audienceOrgIds: z.array(z.number().int().positive()).max(200).default([]) });

export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const attachmentParams = z.object({ id: z.coerce.number().int().positive(), attachmentId: z.coerce.number().int().positive() });

const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const projectListQuery = z.object({ ...paging, status: z.enum(projectStatuses).optional() });
export const reportListQuery = z.object({
  ...paging,
  status: z.enum(reportStatuses).optional(),
  projectId: z.coerce.number().int().positive().optional(),
});

export const statsQuery = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});
