import { z } from 'zod';
import { isoInstant, rowId, rowIdParam } from '../../../kernel/dto.js';
import { instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { exemplarCategoryCodes } from '../../../../../common/showcase-categories.js';
import { patchFields } from '../patch-fields.js';
import { exemplarKinds, exemplarStatuses, nominationStatuses, voteRoundStatuses } from './role-models.schema.js';

export const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

// ——— Requests ———

export const exemplarBody = z.object({
  kind: z.enum(exemplarKinds),
  name: z.string().trim().min(2).max(60),
  orgId: rowId.meta({ description: '所在组织（须在本人管理范围内）· the organisation (within your scope)' }),
  personId: rowId.optional().meta({ description: '典型人物对应的人员（可选）· the person, when a person' }),
  category: z.enum(exemplarCategoryCodes),
  story: z.string().trim().max(10_000).default(''),
  honours: z.array(z.object({ year: z.number().int().min(1949).max(2100), title: z.string().trim().min(2).max(100) })).max(30).default([]),
});
export type ExemplarInput = z.infer<typeof exemplarBody>;
const { kind: _kind, orgId: _orgId, ...editable } = exemplarBody.shape;
export const exemplarPatch = z.object(patchFields(editable)).partial();
export const exemplarListQuery = z.object({ q: z.string().trim().max(60).optional(), category: z.enum(exemplarCategoryCodes).optional(), status: z.enum(exemplarStatuses).optional(), ...paging });
export const wallBody = z.object({ onWall: z.boolean() });
export const mediaQuery = z.object({
  title: z.string().trim().max(60).default(''),
  seriesId: rowIdParam.optional(),
  episode: z.coerce.number().int().min(1).max(999).optional(),
});
export const mediaParams = z.object({ mediaId: rowIdParam });
export const seriesBody = z.object({ title: z.string().trim().min(2).max(40), description: z.string().trim().max(2000).default(''), sort: z.number().int().min(0).max(999).default(0) });

export const roundBody = z
  .object({
    title: z.string().trim().min(2).max(100),
    description: z.string().trim().max(5000).default(''),
    nominationDeadline: isoInstant,
    votingOpensAt: isoInstant,
    votingClosesAt: isoInstant,
    votesPerMember: z.number().int().min(1).max(50).default(1).meta({ description: '每人本轮可投票数（每名候选人至多一票）· votes a member may cast (one per nominee)' }),
    hideResults: z.boolean().default(true).meta({ description: '投票结束前不公开票数 · counts hidden until the round closes' }),
    winners: z.number().int().min(1).max(200).default(10),
  })
  .refine((r) => r.nominationDeadline <= r.votingOpensAt && r.votingOpensAt < r.votingClosesAt, { message: 'nominationDeadline ≤ votingOpensAt < votingClosesAt', path: ['votingOpensAt'] });
export type RoundInput = z.infer<typeof roundBody>;
export const roundStatusBody = z.object({ to: z.enum(['nominating', 'voting', 'closed']) });
export const roundListQuery = z.object({ status: z.enum(voteRoundStatuses).optional(), ...paging });
export const nominationBody = z.object({ roundId: rowId, exemplarId: rowId, material: z.string().trim().min(10).max(10_000).meta({ description: '推荐材料（事迹摘要）· supporting material' }) });
export const nominationReviewBody = z.object({ decision: z.enum(['approved', 'rejected']), note: z.string().trim().max(500).optional() });
export const nominationListQuery = z.object({ status: z.enum(nominationStatuses).optional(), ...paging });
export const voteBody = z.object({ nominationId: rowId });

// ——— Responses ———

export const mediaOut = z.object({ id: z.number().int(), kind: z.enum(['photo', 'video']), title: z.string(), seriesId: z.number().int().nullable(), episode: z.number().int().nullable(), hasPoster: z.boolean(), size: z.number().int() });
export const exemplarOut = z
  .object({
    id: z.number().int(),
    kind: z.enum(exemplarKinds),
    name: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    personId: z.number().int().nullable(),
    squadId: z.number().int().nullable(),
    category: z.string(),
    story: z.string(),
    honours: z.array(z.object({ year: z.number().int(), title: z.string() })),
    status: z.enum(exemplarStatuses),
    onWall: z.boolean(),
    media: z.array(mediaOut),
    createdAt: instantOut,
  })
  .meta({ id: 'ShowcaseExemplar' });
export const exemplarPage = pageOf(exemplarOut);
export const seriesOut = z.object({ id: z.number().int(), title: z.string(), description: z.string(), episodes: z.number().int() }).meta({ id: 'ShowcaseVideoSeries' });
export const seriesDetailOut = seriesOut.extend({
  items: z.array(mediaOut.extend({ exemplarId: z.number().int(), exemplarName: z.string(), orgName: z.string() })),
});

export const roundOut = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    orgId: z.number().int(),
    nominationDeadline: instantOut,
    votingOpensAt: instantOut,
    votingClosesAt: instantOut,
    votesPerMember: z.number().int(),
    hideResults: z.boolean(),
    winners: z.number().int(),
    status: z.enum(voteRoundStatuses),
    nominations: z.number().int(),
    approved: z.number().int(),
    votes: z.number().int(),
  })
  .meta({ id: 'ShowcaseVoteRound' });
export const roundPage = pageOf(roundOut);
export const nominationOut = z
  .object({
    id: z.number().int(),
    roundId: z.number().int(),
    exemplarId: z.number().int(),
    exemplarName: z.string(),
    category: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    material: z.string(),
    status: z.enum(nominationStatuses),
    reviewNote: z.string().nullable(),
    voteCount: z.number().int().nullable().meta({ description: '得票数；隐藏结果的轮次在结束前不向推荐单位显示 · null while the round hides its results' }),
    winner: z.boolean(),
    createdAt: instantOut,
  })
  .meta({ id: 'ShowcaseNomination' });
export const nominationPage = pageOf(nominationOut);

/** What a member sees of a round: counts are null while hidden (until the round closes). */
export const ballotOut = z
  .object({
    round: z.object({
      id: z.number().int(),
      title: z.string(),
      description: z.string(),
      votingOpensAt: instantOut,
      votingClosesAt: instantOut,
      votesPerMember: z.number().int(),
      status: z.enum(voteRoundStatuses),
      open: z.boolean(),
      resultsVisible: z.boolean(),
    }),
    used: z.number().int(),
    remaining: z.number().int(),
    nominees: z.array(
      z.object({
        nominationId: z.number().int(),
        exemplarId: z.number().int(),
        name: z.string(),
        kind: z.enum(exemplarKinds),
        category: z.string(),
        orgName: z.string(),
        story: z.string(),
        posterMediaId: z.number().int().nullable(),
        votedByMe: z.boolean(),
        voteCount: z.number().int().nullable(),
        winner: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ShowcaseBallot' });
export const votingRoundsOut = z.object({ items: z.array(ballotOut.shape.round) });
