import { z } from 'zod';
import { innovationKinds, innovationStatuses } from '../squad-work.schema.js';

export const submitInnovationBody = z
  .object({
    kind: z.enum(innovationKinds).meta({ description: 'method 工作方法 · tool 工具 · policy 政策建议' }),
    title: z.string().trim().min(2).max(120),
    description: z.string().trim().max(5000).default(''),
  })
  .meta({ examples: [{ kind: 'method', title: '“链长+班长”双链招商工作法', description: '以产业链链长制为牵引，尖刀班分链包企，形成“一链一图一班”。' }] });

export const innovationListQuery = z.object({ status: z.enum(innovationStatuses).optional() });

export const declineBody = z.object({ reason: z.string().trim().min(1).max(500) }).meta({ examples: [{ reason: '与已采纳成果重复' }] });
export const acceptBody = z.object({ reason: z.string().trim().max(500).optional().meta({ description: '采纳意见（可选）· an optional note' }) });
