import { z } from 'zod';
import { isoDay, isoInstant, rowId, rowIdParam } from '../../../kernel/dto.js';
import { contactKinds } from '../pairing.schema.js';

const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const createPairBody = z
  .object({
    cadrePersonId: rowId.meta({ description: '青年干部（人员编号，须在本人管理范围内）· the cadre, a person in your scope' }),
    entrepreneurId: rowId,
    note: z.string().trim().max(500).default(''),
    reassignReason: z
      .string()
      .trim()
      .min(2)
      .max(500)
      .optional()
      .meta({ description: '企业家已有结对时：结束原结对并改由本干部结对的原因 · when the entrepreneur is paired: why the pair is handed over' }),
  })
  .meta({ examples: [{ cadrePersonId: 301, entrepreneurId: 41, note: '低空经济产业链对接' }] });
export type CreatePair = z.infer<typeof createPairBody>;

export const endPairBody = z.object({ reason: z.string().trim().min(2).max(500) });

export const pairListQuery = z.object({
  q: z.string().trim().max(60).optional().meta({ description: '按干部姓名、企业家姓名、企业名称搜索 · cadre, entrepreneur or company' }),
  active: z.enum(['true', 'false']).optional().meta({ description: '只看在结对 / 已结束 · active or ended pairs' }),
  orgId: rowIdParam.optional().meta({ description: '干部所在组织（含下级）· the cadre’s organisation and its subtree' }),
  cadrePersonId: rowIdParam.optional(),
  entrepreneurId: rowIdParam.optional(),
  ...paging,
});
export type PairListQuery = z.infer<typeof pairListQuery>;

export const myPairsQuery = z.object({ active: z.enum(['true', 'false']).optional(), ...paging });

export const contactBody = z
  .object({
    kind: z.enum(contactKinds),
    topic: z.string().trim().min(2).max(100),
    notes: z.string().trim().max(4000).default(''),
    followUp: z.string().trim().max(1000).default('').meta({ description: '后续跟进事项 · what follows up' }),
    followUpDue: isoDay.optional(),
    happenedAt: isoInstant.meta({ description: '联系时间（不晚于现在）· when it happened, not in the future' }),
  })
  .meta({ examples: [{ kind: 'visit', topic: '走访了解融资需求', notes: '企业计划扩建产线，资金缺口约500万元。', followUp: '对接市地方金融监管局', followUpDue: '2026-06-30', happenedAt: '2026-06-02T09:30:00+08:00' }] });
export type ContactInput = z.infer<typeof contactBody>;

export const contactListQuery = z.object({
  q: z.string().trim().max(60).optional().meta({ description: '按主题、内容搜索 · topic and notes' }),
  kind: z.enum(contactKinds).optional(),
  ...paging,
});
export type ContactListQuery = z.infer<typeof contactListQuery>;

export const idParams = z.object({ id: rowIdParam });
