import { z } from 'zod';
import { countOut, dayOut, instantOut, itemsOf } from '../../../kernel/openapi/responses.js';

const id = z.number().int();

export const certificateOut = z
  .object({ id, verificationCode: z.string(), issuedAt: instantOut, periodFrom: dayOut, periodTo: dayOut, totalHours: countOut, activityCount: z.number().int() })
  .meta({ id: 'HoursCertificate' });
export const certificateListOut = itemsOf(certificateOut);

export const certificateCheckOut = z
  .object({
    valid: z.literal(true),
    verificationCode: z.string(),
    name: z.string().meta({ description: '姓名（脱敏）· the masked name' }),
    orgName: z.string(),
    totalHours: countOut,
    activityCount: z.number().int(),
    periodFrom: dayOut,
    periodTo: dayOut,
    issuedAt: instantOut,
  })
  .meta({ id: 'HoursCertificateCheck' });
