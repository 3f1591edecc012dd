import { z } from 'zod';
import { rowIdParam, bigRowIdParam } from '../../../kernel/dto.js';
import { concernCategoryCodes } from './concern-categories.js';
import { sectorCodes } from '../pairing.reference.js';

const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};
const demandStatusFilter = z.enum(['received', 'dispatched', 'accepted', 'in_progress', 'answered', 'closed']);

export const concernBody = z
  .object({
    category: z.enum(concernCategoryCodes).meta({ description: '融资 financing、用地 land、审批 approval、用工 labour、政策兑现 policy、市场拓展 market、科技创新 technology、其他 other' }),
    title: z.string().trim().max(120).optional(),
    description: z.string().trim().min(5).max(4000),
  })
  .meta({ examples: [{ category: 'financing', title: '扩建产线资金缺口', description: '企业计划扩建无人机产线，资金缺口约500万元，希望对接银行授信和贴息政策。' }] });
export type ConcernInput = z.infer<typeof concernBody>;

export const ratingBody = z.object({
  result: z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']).meta({ description: '满意、基本满意、不满意（不满意则重新办理）' }),
  comment: z.string().trim().max(500).optional(),
});

export const myConcernsQuery = z.object({ status: demandStatusFilter.optional(), ...paging });
export type MyConcernsQuery = z.infer<typeof myConcernsQuery>;

export const concernListQuery = z.object({
  category: z.enum(concernCategoryCodes).optional(),
  sector: z.enum(sectorCodes).optional(),
  status: demandStatusFilter.optional(),
  entrepreneurId: rowIdParam.optional(),
  ...paging,
});
export type ConcernListQuery = z.infer<typeof concernListQuery>;

export const pairParams = z.object({ id: rowIdParam });
export const demandParams = z.object({ demandId: bigRowIdParam });
