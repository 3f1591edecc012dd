import { z } from 'zod';
import { isoInstant, rowId, rowIdParam } from '../../kernel/dto.js';
import { courseKinds, courseStatuses } from './learning.schema.js';

const tag = z.string().trim().min(1).max(30);
const lessonIds = z
  .array(rowId)
  .min(1)
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'a lesson appears twice' });

const courseFields = {
  title: z.string().trim().min(1).max(100),
  description: z.string().max(2000),
  kind: z.enum(courseKinds),
  tags: z.array(tag).max(20),
  status: z.enum(courseStatuses),
  lessonIds,
};

export const createCourseBody = z.object({
  ...courseFields,
  description: courseFields.description.default(''),
  tags: courseFields.tags.default([]),
  status: courseFields.status.default('published'),
  orgId: rowId,
});
export type CreateCourseBody = z.infer<typeof createCourseBody>;

/** A field left out keeps its value; `lessonIds` replaces the whole list in the given order. */
export const updateCourseBody = z.object(courseFields).partial();
export type UpdateCourseBody = z.infer<typeof updateCourseBody>;

const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const courseListQuery = z.object({
  ...paging,
  q: z.string().trim().max(50).optional(),
  kind: z.enum(courseKinds).optional(),
  status: z.enum(courseStatuses).optional(),
});
export type CourseListQuery = z.infer<typeof courseListQuery>;

export const assignCourseBody = z.object({ orgId: rowId, deadline: isoInstant });
export const assignmentParams = z.object({ id: rowIdParam, orgId: rowIdParam });

/** Without `orgId`: the caller's own scope root. */
export const completionQuery = z.object({ orgId: rowIdParam.optional() });
export const unfinishedQuery = z.object({ ...paging, orgId: rowIdParam.optional() });
export const candidatesQuery = z.object({ ...paging, orgId: rowIdParam, q: z.string().trim().max(50).optional() });
export const myCoursesQuery = z.object({ ...paging, pageSize: z.coerce.number().int().min(1).max(50).default(20) });
