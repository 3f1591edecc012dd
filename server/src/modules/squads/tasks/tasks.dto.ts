import { z } from 'zod';
import { isoDay, rowId, rowIdParam } from '../../../kernel/dto.js';
import { milestoneStatuses, taskStatuses } from '../squad-work.schema.js';

const title = z.string().trim().min(2).max(120);
const description = z.string().trim().max(5000);
const difficulty = z.number().int().min(1).max(3).meta({ description: '1 一般，2 较难，3 很难（比担当的权重）· 1 normal, 2 hard, 3 very hard' });
const owners = z.array(rowId).max(30).refine((ids) => new Set(ids).size === ids.length, 'duplicate owner');
const milestoneInput = z.object({ title, dueOn: isoDay });

export const createTaskBody = z
  .object({
    title,
    description: description.default(''),
    difficulty: difficulty.default(1),
    dueOn: isoDay,
    ownerPersonIds: owners.default([]).meta({ description: '责任人，须为本队在队队员 · owners, active members of the squad' }),
    milestones: z.array(milestoneInput).max(20).default([]),
  })
  .refine((b) => b.milestones.every((m) => m.dueOn <= b.dueOn), { path: ['milestones'], message: 'a milestone is due after the task' })
  .meta({
    examples: [
      {
        title: '重点产业链招商攻坚',
        description: '围绕新能源汽车产业链开展精准招商，年内签约项目 3 个。',
        difficulty: 3,
        dueOn: '2026-12-31',
        ownerPersonIds: [301, 302],
        milestones: [
          { title: '完成产业链图谱梳理', dueOn: '2026-04-30' },
          { title: '走访目标企业 20 家', dueOn: '2026-08-31' },
        ],
      },
    ],
  });

export const updateTaskBody = z
  .object({ title: title.optional(), description: description.optional(), difficulty: difficulty.optional(), dueOn: isoDay.optional(), ownerPersonIds: owners.optional() })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });

export const addMilestoneBody = milestoneInput;
export const updateMilestoneBody = z
  .object({ title: title.optional(), dueOn: isoDay.optional() })
  .refine((b) => b.title !== undefined || b.dueOn !== undefined, { message: 'nothing to change' });

export const reasonBody = z.object({ reason: z.string().trim().min(1).max(500) }).meta({ examples: [{ reason: '佐证材料不全，请补充签约文件' }] });

export const taskListQuery = z.object({ status: z.enum(taskStatuses).optional() });

export const myTaskQuery = z.object({
  mine: z.stringbool().default(false).meta({ description: '只看我负责的任务 · only tasks I own' }),
  status: z.enum(taskStatuses).optional(),
});

export const myMilestoneQuery = z.object({
  mine: z.stringbool().default(false).meta({ description: '只看我负责的任务的里程碑 · only milestones of tasks I own' }),
  status: z.enum(milestoneStatuses).optional(),
});

export const evidenceQuery = z.object({ caption: z.string().trim().max(200).optional() });
export const evidenceFileQuery = z.object({ w: z.coerce.number().int().min(16).max(4000).optional().meta({ description: '图片缩放宽度（返回 WebP）· resize an image to this width (WebP)' }) });

export { idParams } from '../squads/squads.dto.js';
export const taskIdParams = z.object({ id: rowIdParam });
