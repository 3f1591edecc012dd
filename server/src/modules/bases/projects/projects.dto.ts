import { z } from 'zod';
import { isoDay, rowId, rowIdParam } from '../../../kernel/dto.js';
import { projectStatuses } from '../bases.schema.js';
import { paging, text } from '../bases.dto.js';

const milestone = z.object({ title: text(120).min(2), description: text(1000).default(''), dueOn: isoDay });

export const projectBody = z
  .object({
    name: text(100).min(2),
    orgId: rowId,
    summary: text(2000).default(''),
    goal: text(2000).default(''),
    startsOn: isoDay,
    endsOn: isoDay.nullable().default(null),
    status: z.enum(projectStatuses).default('running'),
    milestones: z.array(milestone).max(50).default([]),
    memberIds: z.array(rowId).max(500).default([]).meta({ description: '学员（人员编号，须在本人范围内）· cohort members, people in your scope' }),
  })
  .refine((p) => !p.endsOn || p.endsOn >= p.startsOn, { path: ['endsOn'], message: 'endsOn must not be before startsOn' })
  .meta({ examples: [{ name: '“第一粒扣子”青年干部成长计划', orgId: 12, startsOn: '2026-03-01', endsOn: '2026-12-31', milestones: [{ title: '入职第一课', dueOn: '2026-03-15' }], memberIds: [301, 302] }] });
export type ProjectInput = z.infer<typeof projectBody>;

export const projectPatch = z
  .object({ name: text(100).min(2), summary: text(2000), goal: text(2000), startsOn: isoDay, endsOn: isoDay.nullable(), status: z.enum(projectStatuses) })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');

export const projectListQuery = z.object({ q: z.string().trim().max(60).optional(), status: z.enum(projectStatuses).optional(), orgId: rowIdParam.optional(), ...paging });
export const membersBody = z.object({ personIds: z.array(rowId).min(1).max(500), role: z.enum(['trainee', 'mentor']).default('trainee'), joinedOn: isoDay });
export const milestoneBody = milestone;
export const progressBody = z.object({ milestoneId: rowId, personId: rowId, completedOn: isoDay, note: text(500).default('') });
export const resultBody = z.object({ title: text(120).min(2), description: text(4000).default(''), achievedOn: isoDay });
export const linkActivityBody = z.object({ activityId: rowId });
