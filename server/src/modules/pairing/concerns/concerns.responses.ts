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
    attachments: z
      .array(z.object({ id: z.number().int(), mime: z.enum(['image/webp', 'application/pdf']), url: z.string() }))
      .meta({ description: '附件：照片（WebP）或 PDF，url 为本人可读的地址 · photos (sent as WebP) or PDF files, at a url this reader may fetch' }),
  })
  .meta({ id: 'PairingConcern' });

export const concernPage = pageOf(concernOut);

const countsOf = z.array(z.object({ key: z.string(), count: z.number().int() }));
export const concernBoard = concernPage.extend({
  counts: z
    .object({
      byCategory: countsOf,
      bySector: countsOf,
      byStatus: countsOf,
      byDepartment: z
        .array(z.object({ key: z.string(), name: z.string(), count: z.number().int() }))
        .meta({ description: '按承办部门统计：key 为部门组织 id，未派单为 none · by the department handling it (key: its organisation id; none: not yet dispatched)' }),
    })
    .meta({ description: '按分类、行业、办理状态、承办部门统计（同一筛选条件）· counts under the same filters' }),
});
