import { z } from 'zod';
import { instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { submissionStatuses } from '../showcase.schema.js';

export const submissionFileOut = z.object({
  id: z.number().int(),
  mime: z.string(),
  size: z.number().int(),
  originalName: z.string(),
  nameFlag: z.boolean().meta({ description: '附件中出现了申报单位名称（匿名评审提示）· the organisation’s name was found' }),
  flagSource: z.enum(['pdf_text', 'file_name']).meta({ description: 'pdf_text：检查了 PDF 正文；file_name：只检查了文件名 · what was searched' }),
});

/** A case as its organisation (and the committee) sees it. */
export const submissionOut = z
  .object({
    id: z.number().int(),
    competitionId: z.number().int(),
    competitionTitle: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    category: z.string(),
    title: z.string(),
    parts: z.record(z.string(), z.string()),
    wordCounts: z.record(z.string(), z.number().int()),
    status: z.enum(submissionStatuses),
    blindFlags: z.array(z.string()).meta({ description: '出现单位名称的位置：part:<key> 或 file:<id> · where the organisation’s name shows' }),
    submittedAt: instantOut.nullable(),
    withdrawnAt: instantOut.nullable(),
    updatedAt: instantOut,
    files: z.array(submissionFileOut),
  })
  .meta({ id: 'ShowcaseSubmission' });

export const submissionPage = pageOf(submissionOut.omit({ parts: true, files: true }));
