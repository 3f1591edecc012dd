import { z } from 'zod';
import { isoInstant, rowId, rowIdParam } from '../../kernel/dto.js';
import { roles } from '../../kernel/access/roles.js';

const isoDate = isoInstant;

export const createActivityBody = z
  .object({
    typeCode: z.string().min(1).max(40),
    title: z.string().trim().min(2).max(120),
    description: z.string().max(20_000).default(''),
    orgId: rowId,
    venue: z.string().trim().max(200).default(''),
    startsAt: isoDate,
    endsAt: isoDate,
    capacity: z.number().int().min(1).max(100_000).nullable().default(null),
    signupOpensAt: isoDate.nullable().default(null),
    signupClosesAt: isoDate.nullable().default(null),
    audienceOrgIds: z.array(rowId).max(200).default([]),
    audienceRoles: z.array(z.enum(roles)).max(8).default([]),
    status: z.enum(['draft', 'published']).default('published'),
  })
  .refine((v) => v.endsAt > v.startsAt, { path: ['endsAt'], message: 'endsAt must be after startsAt' })
  .refine((v) => !v.signupOpensAt || !v.signupClosesAt || v.signupClosesAt > v.signupOpensAt, {
    path: ['signupClosesAt'],
    message: 'signupClosesAt must be after signupOpensAt',
  })
  // The body holds instants that are transformed to Dates, so zod leaves `examples` out of its input schema;
  // `x-examples` becomes the request's media examples in the document.
  .meta({
    'x-examples': {
      volunteer: {
        summary: '志愿服务活动 · a volunteer activity',
        value: {
          typeCode: 'volunteer_service',
          title: '海边净滩志愿服务',
          description: '周六上午在石老人海水浴场清理海滩垃圾。',
          orgId: 7,
          venue: '石老人海水浴场',
          startsAt: '2026-05-16T01:00:00.000Z',
          endsAt: '2026-05-16T04:00:00.000Z',
          capacity: 30,
          signupClosesAt: '2026-05-15T12:00:00.000Z',
          status: 'published',
        },
      },
    },
  });

export const updateActivityBody = z.object({
  title: z.string().trim().min(2).max(120).optional(),
  description: z.string().max(20_000).optional(),
  venue: z.string().trim().max(200).optional(),
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  status: z.enum(['draft', 'published', 'cancelled']).optional(),
  summary: z.string().max(20_000).optional(),
});

export const idParams = z.object({ id: rowIdParam });

export const listQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(50).optional(),
  typeCode: z.string().max(40).optional(),
  categoryCode: z.string().max(40).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(['draft', 'published', 'cancelled']).optional(),
});

export const participantListQuery = z.object({
  view: z.enum(['upcoming', 'mine', 'past']).default('upcoming'),
  /** Only activities of this category (e.g. care). */
  categoryCode: z.string().trim().min(1).max(40).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

export const checkinBody = z.union([
  z.object({ token: z.string().min(10).max(80) }),
  z.object({ activityId: rowId, code: z.string().regex(/^\d{6}$/) }),
]);

export const manualCheckinBody = z.object({ personId: rowId });

/** Organiser-side check-out: the given people, or everyone still checked in. */
export const organiserCheckoutBody = z.object({ personIds: z.array(rowId).min(1).max(2000).optional() });
