import { z } from 'zod';
import { dayOut, instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { memberRoles, membershipStatuses, squadStatuses } from '../squads.schema.js';

const squadExample = {
  id: 12,
  name: '招商引资青年尖刀班',
  orgId: 7,
  orgName: '市发展改革委机关党委',
  field: '招商引资',
  mission: '聚焦重点产业链招商，打头阵、当先锋、抓落实。',
  status: 'active',
  startedOn: '2026-03-01',
  endedOn: null,
  mergedIntoId: null,
  leaderPersonId: 301,
  leaderName: '王晓明',
  memberCount: 9,
  createdAt: '2026-03-01T02:00:00.000Z',
};

/** A squad in lists and at the head of its profile. */
export const squadOut = z
  .object({
    id: z.number().int(),
    name: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    field: z.string(),
    mission: z.string(),
    status: z.enum(squadStatuses),
    startedOn: dayOut,
    endedOn: dayOut.nullable(),
    mergedIntoId: z.number().int().nullable(),
    leaderPersonId: z.number().int().nullable(),
    leaderName: z.string().nullable(),
    memberCount: z.number().int().meta({ description: '在队人数 · active members' }),
    createdAt: instantOut,
  })
  .meta({ id: 'Squad', example: squadExample });

export const squadPage = pageOf(squadOut).meta({ examples: [{ items: [squadExample], total: 1, page: 1, pageSize: 20 }] });

/** One membership row: a join attempt with its outcome (history is never overwritten). */
export const squadMemberOut = z
  .object({
    id: z.number().int(),
    squadId: z.number().int(),
    personId: z.number().int(),
    name: z.string(),
    orgName: z.string(),
    unit: z.string().nullable(),
    position: z.string().nullable(),
    age: z.number().int().meta({ description: '当前年龄（上海日历日）· age today' }),
    role: z.enum(memberRoles),
    status: z.enum(membershipStatuses),
    joinReason: z.string(),
    proposedAt: instantOut,
    proposedByName: z.string().nullable(),
    confirmedAt: instantOut.nullable(),
    confirmedByName: z.string().nullable(),
    rejectReason: z.string().nullable(),
    joinedAt: instantOut.nullable(),
    leftAt: instantOut.nullable(),
    leaveReason: z.string().nullable(),
  })
  .meta({ id: 'SquadMember' });

export const taskSummaryOut = z
  .object({
    total: z.number().int(),
    open: z.number().int(),
    submitted: z.number().int(),
    returned: z.number().int(),
    accepted: z.number().int(),
    onTime: z.number().int().meta({ description: '按期验收 · accepted on time' }),
    late: z.number().int().meta({ description: '逾期验收 · accepted late' }),
    overdueMilestones: z.number().int().meta({ description: '逾期未完成的里程碑 · open milestones past due' }),
  })
  .meta({ id: 'SquadTaskSummary' });

export const innovationSummaryOut = z
  .object({ submitted: z.number().int(), accepted: z.number().int(), declined: z.number().int() })
  .meta({ id: 'SquadInnovationSummary' });

/** The squad profile: the squad, its active members, the whole membership history and summaries of its work. */
export const squadProfileOut = z
  .object({
    squad: squadOut,
    mergedInto: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    members: z.array(squadMemberOut).meta({ description: '在队队员（队长在前）· active members, leader first' }),
    proposals: z.array(squadMemberOut).meta({ description: '待确认的推荐 · pending proposals' }),
    history: z.array(squadMemberOut).meta({ description: '全部入队、离队记录（最新在前）· every join and leave, newest first' }),
    tasks: taskSummaryOut,
    innovations: innovationSummaryOut,
    youngMaxAge: z.number().int().meta({ description: '今年的青年干部年龄上限 · this year’s young cadre age limit' }),
    canWrite: z.boolean().meta({ description: '调用者可管理本队 · the caller may manage this squad' }),
  })
  .meta({ id: 'SquadProfile' });

export const mergeResultOut = z
  .object({
    squad: squadOut,
    moved: z.array(z.number().int()).meta({ description: '转入目标尖刀班的人员 · people moved into the target squad' }),
    notMoved: z.array(z.object({ personId: z.number().int(), reason: z.string() })).meta({ description: '未转入的人员及原因 · people not moved and why' }),
  })
  .meta({ id: 'SquadMergeResult' });

export const squadFieldsOut = z.object({ items: z.array(z.object({ field: z.string(), count: z.number().int() })) });
