import { z } from 'zod';
import { dayOut, instantOut, itemsOf } from '../../../kernel/openapi/responses.js';
import { milestoneStatuses, taskStatuses } from '../squad-work.schema.js';

/** An evidence file (photo or document) of a task, a milestone or an innovation. */
export const evidenceOut = z
  .object({
    id: z.number().int(),
    mime: z.string(),
    size: z.number().int(),
    originalName: z.string(),
    caption: z.string(),
    uploadedByName: z.string().nullable(),
    createdAt: instantOut,
    url: z.string().meta({ description: '下载地址（图片可加 ?w= 缩放）· download address (images take ?w=)' }),
  })
  .meta({ id: 'SquadEvidence' });

export const milestoneOut = z
  .object({
    id: z.number().int(),
    taskId: z.number().int(),
    seq: z.number().int(),
    title: z.string(),
    dueOn: dayOut,
    status: z.enum(milestoneStatuses),
    doneAt: instantOut.nullable(),
    doneByName: z.string().nullable(),
    onTime: z.boolean().nullable().meta({ description: '完成日（上海时间）不晚于截止日 · done on or before the due day (Asia/Shanghai)' }),
    overdue: z.boolean().meta({ description: '未完成且已过截止日 · open and past due' }),
    evidence: z.array(evidenceOut),
  })
  .meta({ id: 'SquadMilestone' });

const taskExample = {
  id: 31,
  squadId: 12,
  squadName: '招商引资青年尖刀班',
  title: '重点产业链招商攻坚',
  description: '围绕新能源汽车产业链开展精准招商，年内签约项目 3 个。',
  difficulty: 3,
  dueOn: '2026-12-31',
  status: 'submitted',
  submittedAt: '2026-12-20T08:00:00.000Z',
  returnReason: null,
  returnedAt: null,
  acceptedAt: null,
  doneAt: null,
  onTime: null,
  createdAt: '2026-03-02T02:00:00.000Z',
  owners: [{ personId: 301, name: '王晓明' }],
  milestones: [],
  evidence: [],
};

/** A hard task with its owners, milestones (with their evidence) and its own evidence. */
export const taskOut = z
  .object({
    id: z.number().int(),
    squadId: z.number().int(),
    squadName: z.string(),
    title: z.string(),
    description: z.string(),
    difficulty: z.number().int(),
    dueOn: dayOut,
    status: z.enum(taskStatuses),
    submittedAt: instantOut.nullable(),
    returnReason: z.string().nullable(),
    returnedAt: instantOut.nullable(),
    acceptedAt: instantOut.nullable(),
    doneAt: instantOut.nullable(),
    onTime: z.boolean().nullable().meta({ description: '验收后：完成日（上海时间）不晚于截止日 · after acceptance: done on time' }),
    createdAt: instantOut,
    owners: z.array(z.object({ personId: z.number().int(), name: z.string() })),
    milestones: z.array(milestoneOut),
    evidence: z.array(evidenceOut),
  })
  .meta({ id: 'SquadTask', example: taskExample });

export const taskListOut = itemsOf(taskOut);

/** A milestone with its task, for the member's list. */
export const myMilestoneOut = milestoneOut.extend({ taskTitle: z.string(), taskStatus: z.enum(taskStatuses), mine: z.boolean() }).meta({ id: 'MySquadMilestone' });
export const myMilestoneListOut = itemsOf(myMilestoneOut);

export const evidenceCreatedOut = evidenceOut;
