import { z } from 'zod';
import { isoDay, rowIdParam } from '../../../kernel/dto.js';

export const issueCertificateBody = z
  .object({
    from: isoDay.optional().meta({ description: '起始日（含），默认最早一次已确认服务 · first day, default the first confirmed service' }),
    to: isoDay.optional().meta({ description: '截止日（含），默认今天 · last day, default today' }),
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: 'to must not be before from' });

export const certificateIdParams = z.object({ id: rowIdParam });
/** Codes are printed as XXXX-XXXX-XXXX; lower case and missing dashes are accepted. */
export const verificationCodeParams = z.object({ code: z.string().trim().regex(/^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/) });
