import { z } from 'zod';
import { isoDay, isoInstant, rowId, rowIdParam } from '../../../kernel/dto.js';
import { sectorCodes } from '../pairing.reference.js';
import { outputKinds, outputStatuses, participantRoles, participantSides, topicStatuses } from '../pairing.schema.js';

const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const idParams = z.object({ id: rowIdParam });
export const participantParams = z.object({ id: rowIdParam, participantId: rowIdParam });

export const topicBody = z
  .object({
    title: z.string().trim().min(2).max(100),
    field: z.enum(sectorCodes).meta({ description: '前沿领域（行业代码，如 ai 人工智能、marine 海洋经济、low_altitude 低空经济）· the frontier field' }),
    description: z.string().trim().max(4000).default(''),
    orgId: rowId.meta({ description: '牵头组织（须在本人管理范围内）· the organisation running it, in your scope' }),
    startedOn: isoDay,
  })
  .meta({ examples: [{ title: '低空经济应用场景开放研究', field: 'low_altitude', description: '梳理全市低空物流、巡检场景需求', orgId: 12, startedOn: '2026-03-01' }] });
export type TopicInput = z.infer<typeof topicBody>;

export const topicPatch = z
  .object({
    title: z.string().trim().min(2).max(100).optional(),
    field: z.enum(sectorCodes).optional(),
    description: z.string().trim().max(4000).optional(),
    startedOn: isoDay.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type TopicPatch = z.infer<typeof topicPatch>;

export const concludeBody = z.object({ endedOn: isoDay.optional().meta({ description: '结题日期（默认今天）· the day it ended (default today)' }) });

export const topicSorts = ['-startedOn', 'startedOn', 'title', '-createdAt'] as const;
export const topicListQuery = z.object({
  q: z.string().trim().max(60).optional().meta({ description: '按课题名称、简介搜索 · title and description' }),
  field: z.enum(sectorCodes).optional(),
  status: z.enum(topicStatuses).optional(),
  orgId: rowIdParam.optional().meta({ description: '牵头组织（含下级）· the organisation and its subtree' }),
  sort: z.enum(topicSorts).default('-startedOn'),
  ...paging,
});
export type TopicListQuery = z.infer<typeof topicListQuery>;

export const myTopicListQuery = z.object({
  q: z.string().trim().max(60).optional(),
  status: z.enum(topicStatuses).optional(),
  ...paging,
});
export type MyTopicListQuery = z.infer<typeof myTopicListQuery>;

export const participantBody = z
  .object({
    side: z.enum(participantSides),
    personId: rowId.optional().meta({ description: '干部一方：人员编号（本人管理范围内）· a cadre: a person of your scope' }),
    entrepreneurId: rowId.optional().meta({ description: '企业家一方：已审核通过的企业家 · an approved entrepreneur you reach' }),
    role: z.enum(participantRoles).default('member'),
  })
  .refine((b) => (b.side === 'cadre' ? b.personId != null && b.entrepreneurId == null : b.entrepreneurId != null && b.personId == null), {
    message: 'a cadre needs personId, an entrepreneur entrepreneurId (and only that)',
    path: ['side'],
  })
  .meta({ examples: [{ side: 'entrepreneur', entrepreneurId: 41, role: 'member' }] });
export type ParticipantInput = z.infer<typeof participantBody>;

export const participantListQuery = z.object({ includeLeft: z.enum(['true', 'false']).default('false') });

export const meetingBody = z
  .object({
    title: z.string().trim().min(2).max(100),
    heldAt: isoInstant,
    activityId: rowId.optional().meta({ description: '活动引擎中的活动（用于报名、签到），须由本人管理范围内组织举办 · an activity of the activities engine in your scope' }),
    notes: z.string().trim().max(4000).default(''),
  })
  .meta({ examples: [{ title: '第一次课题研讨会', heldAt: '2026-04-10T06:00:00Z', notes: '确定调研提纲与分工' }] });
export type MeetingInput = z.infer<typeof meetingBody>;

export const meetingListQuery = z.object({ ...paging });

export const outputBody = z
  .object({
    kind: z.enum(outputKinds),
    title: z.string().trim().min(2).max(120),
    summary: z.string().trim().max(1000).default(''),
    body: z.string().trim().max(100_000).default(''),
  })
  .meta({ examples: [{ kind: 'policy_proposal', title: '关于开放低空物流试点航线的建议', summary: '建议在西海岸新区先行开放三条试点航线', body: '<p>……</p>' }] });
export type OutputInput = z.infer<typeof outputBody>;

export const outputPatch = z
  .object({
    kind: z.enum(outputKinds).optional(),
    title: z.string().trim().min(2).max(120).optional(),
    summary: z.string().trim().max(1000).optional(),
    body: z.string().trim().max(100_000).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type OutputPatch = z.infer<typeof outputPatch>;

export const returnBody = z.object({ note: z.string().trim().min(2).max(1000).meta({ description: '退回修改意见 · what to change' }) });
export const approveBody = z.object({ note: z.string().trim().max(1000).optional() });

export const outputSorts = ['-createdAt', 'createdAt', '-submittedAt', 'title', '-publishedAt'] as const;
export const outputListQuery = z.object({
  q: z.string().trim().max(60).optional().meta({ description: '按成果标题、摘要、课题名称搜索 · output title, summary or topic' }),
  status: z.enum(outputStatuses).optional().meta({ description: 'status=submitted 即待审核队列 · submitted = the review queue' }),
  kind: z.enum(outputKinds).optional(),
  field: z.enum(sectorCodes).optional(),
  topicId: rowIdParam.optional(),
  sort: z.enum(outputSorts).default('-createdAt'),
  ...paging,
});
export type OutputListQuery = z.infer<typeof outputListQuery>;
