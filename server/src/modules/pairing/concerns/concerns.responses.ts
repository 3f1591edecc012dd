import { z } from 'zod';
import { instantOut, pageOf } from '../../../kernel/openapi/responses.js';

const statuses = ['received', 'dispatched', 'accepted', 'in_progress', 'answered', 'closed'] as const;

export const concernOut = z
  .object({
    demandId: z.number().int().meta({ description: '诉求编号（青诉即办）· the demand’s id' }),
    districtCode: z.string(),
    trackingCode: z.string(),
    category: z.string(),
    categoryName: z.string(),
    sector: z.string(),
    sectorName: z.string(),
    raisedAs: z.enum(['entrepreneur', 'cadre']),
    createdAt: instantOut,
    entrepreneurId: z.number().int(),
    entrepreneurName: z.string(),
    company: z.string(),
    cadrePersonId: z.number().int().nullable(),
    cadreName: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    status: z.enum(statuses),
    statusLabel: z.object({ zh: z.string(), en: z.string() }),
    departmentName: z.string().nullable().meta({ description: '承办部门 · the department handling it' }),
    responseDueAt: instantOut,
    resolutionDueAt: instantOut,
    answer: z.string().nullable(),
    answeredAt: instantOut.nullable(),
    satisfaction: z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']).nullable(),
    closedAt: instantOut.nullable(),
    canRate: z.boolean().meta({ description: '已答复、待企业家评价 · answered, awaiting the entrepreneur’s rating' }),
  })
  .meta({ id: 'PairingConcern' });

export const concernPage = pageOf(concernOut);

const countsOf = z.array(z.object({ key: z.string(), count: z.number().int() }));
export const concernBoard = concernPage.extend({
  counts: z.object({ byCategory: countsOf, bySector: countsOf, byStatus: countsOf }).meta({ description: '按分类、行业、办理状态统计（同一筛选条件）· counts under the same filters' }),
});
