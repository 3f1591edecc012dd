import { z } from 'zod';
import { dayOut, instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { projectStatuses } from '../bases.schema.js';

const summary = {
  id: z.number().int(),
  name: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  summary: z.string(),
  goal: z.string(),
  startsOn: dayOut,
  endsOn: dayOut.nullable(),
  status: z.enum(projectStatuses),
  memberCount: z.number().int(),
  milestoneCount: z.number().int(),
  activityCount: z.number().int(),
  resultCount: z.number().int(),
  /** Completed (member, milestone) pairs ÷ all pairs, in percent. */
  progress: z.number(),
};

export const projectSummaryOut = z.object(summary).meta({ id: 'BasesProjectSummary' });
export const projectPage = pageOf(projectSummaryOut);

export const projectOut = z
  .object({
    ...summary,
    milestones: z.array(z.object({ id: z.number().int(), title: z.string(), description: z.string(), dueOn: dayOut, completed: z.number().int() })),
    members: z.array(z.object({ personId: z.number().int(), name: z.string(), orgName: z.string(), role: z.enum(['trainee', 'mentor']), joinedOn: dayOut, completed: z.number().int(), completedMilestoneIds: z.array(z.number().int()) })),
    activities: z.array(z.object({ id: z.number().int(), title: z.string(), startsAt: instantOut, attended: z.number().int() })),
    results: z.array(z.object({ id: z.number().int(), title: z.string(), description: z.string(), achievedOn: dayOut })),
  })
  .meta({ id: 'BasesProject' });
