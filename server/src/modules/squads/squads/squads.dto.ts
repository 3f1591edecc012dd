import { z } from 'zod';
import { isoDay, rowId, rowIdParam } from '../../../kernel/dto.js';
import { squadStatuses } from '../squads.schema.js';

const name = z.string().trim().min(2).max(60);
const field = z.string().trim().min(1).max(40);
const mission = z.string().trim().max(2000);

export const squadSorts = ['name', '-name', 'startedOn', '-startedOn', 'memberCount', '-memberCount', 'createdAt', '-createdAt'] as const;

/** Filters of the squad list and its Excel export. */
export const squadFilters = z.object({
  q: z.string().trim().max(60).optional().meta({ description: '按名称、领域、使命搜索 · search name, field, mission' }),
  orgId: rowIdParam.optional().meta({ description: '主管组织（含下级）· supervising organisation and its subtree' }),
  field: field.optional(),
  status: z.enum(squadStatuses).optional(),
  sort: z.enum(squadSorts).default('-createdAt'),
});

export const squadListQuery = squadFilters.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type SquadListQuery = z.infer<typeof squadListQuery>;
export type SquadFilters = z.infer<typeof squadFilters>;

export const createSquadBody = z
  .object({
    name,
    orgId: rowId,
    field,
    mission: mission.default(''),
    startedOn: isoDay.optional().meta({ description: '组建日期，默认今天 · start date, default today' }),
    leaderPersonId: rowId.optional().meta({ description: '队长（须为青年干部），可稍后指定 · the leader, may be named later' }),
  })
  .meta({ examples: [{ name: '招商引资青年尖刀班', orgId: 7, field: '招商引资', mission: '聚焦重点产业链招商，打头阵、当先锋、抓落实。', startedOn: '2026-03-01' }] });

export const updateSquadBody = z
  .object({ name: name.optional(), field: field.optional(), mission: mission.optional(), startedOn: isoDay.optional(), orgId: rowId.optional() })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });

export const mergeSquadBody = z.object({
  intoId: rowId.meta({ description: '并入的尖刀班 · the squad it merges into' }),
  reason: z.string().trim().min(1).max(500),
  moveMembers: z.boolean().default(true).meta({ description: '在队队员转入目标尖刀班（按入队当日年龄规则）· move the active members into the target squad' }),
});

export const disbandSquadBody = z.object({ reason: z.string().trim().min(1).max(500) });

export const idParams = z.object({ id: rowIdParam });
