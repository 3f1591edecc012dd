import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';
import { memberRoles, membershipStatuses } from '../squads.schema.js';

const reason = z.string().trim().min(1).max(500);

export const memberParams = z.object({ id: rowIdParam, memberId: rowIdParam });

export const memberListQuery = z.object({
  status: z.enum(membershipStatuses).optional().meta({ description: '只看某一状态；缺省为全部记录 · one status only; default every row' }),
});

export const addMemberBody = z
  .object({ personId: rowId, role: z.enum(memberRoles).default('member'), reason: z.string().trim().max(500).default('') })
  .meta({ examples: [{ personId: 301, role: 'member', reason: '招商业务骨干' }] });

export const proposeMemberBody = z.object({ personId: rowId, reason: z.string().trim().max(500).default('') }).meta({ examples: [{ personId: 302, reason: '熟悉产业链招商' }] });

export const reasonBody = z.object({ reason }).meta({ examples: [{ reason: '工作调动' }] });

export const leaderBody = z.object({ personId: rowId.meta({ description: '新队长，须为本队在队队员 · the new leader, an active member' }) });

export const candidateQuery = z.object({
  q: z.string().trim().max(50).optional().meta({ description: '姓名或单位 · name or unit' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
