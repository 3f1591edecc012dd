import { z } from 'zod';
import { instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { awardTiers, normalisationMethods } from '../showcase.schema.js';
import { criterionOut } from '../competitions/competitions.responses.js';

export const profileOut = z
  .object({
    expertise: z.array(z.string()),
    title: z.string(),
    affiliationOrgId: z.number().int().nullable(),
    conflicts: z.array(z.object({ id: z.number().int(), orgId: z.number().int(), orgName: z.string(), reason: z.string() })),
  })
  .meta({ id: 'ShowcaseReviewerProfile' });

export const panelOut = z.object({ round: z.number().int(), members: z.number().int() });

export const computeOut = z
  .object({
    round: z.number().int(),
    k: z.number().int(),
    cases: z.number().int(),
    reviewers: z.number().int(),
    created: z.number().int(),
    kept: z.number().int().meta({ description: '保留的手工分配与已评分配 · kept manual and scored assignments' }),
    floor: z.number().int(),
    ceil: z.number().int(),
    minLoad: z.number().int(),
    maxLoad: z.number().int(),
    matches: z.number().int().meta({ description: '新分配中专业对口的份数 · new assignments matching expertise' }),
    shortCaseIds: z.array(z.number().int()).meta({ description: '未能分满 k 名评审的案例（回避过多或负载上限过紧）· cases left short of k' }),
  })
  .meta({ id: 'ShowcaseAssignmentSummary' });

export const matrixOut = z
  .object({
    reviewers: z.array(z.object({ accountId: z.number().int(), name: z.string(), expertise: z.array(z.string()), load: z.number().int(), scored: z.number().int() })),
    cases: z.array(
      z.object({
        submissionId: z.number().int(),
        title: z.string(),
        category: z.string(),
        orgName: z.string(),
        reviewers: z.array(z.object({ assignmentId: z.number().int(), accountId: z.number().int(), source: z.enum(['auto', 'manual']), expertiseMatch: z.boolean(), total: z.number().nullable() })),
        conflicts: z.array(z.object({ accountId: z.number().int(), reason: z.enum(['same_org', 'parent_org', 'same_agency', 'declared']) })),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ShowcaseAssignmentMatrix' });

export const idOut = z.object({ id: z.number().int() });

export const progressOut = z
  .object({
    round: z.number().int(),
    assigned: z.number().int(),
    scored: z.number().int(),
    cases: z.number().int(),
    casesComplete: z.number().int(),
    byReviewer: z.array(z.object({ accountId: z.number().int(), name: z.string(), assigned: z.number().int(), scored: z.number().int() })),
  })
  .meta({ id: 'ShowcaseReviewProgress' });

export const remindOut = z.object({ reminded: z.number().int() });

export const runOut = z.object({ runId: z.number().int(), round: z.number().int(), method: z.enum(normalisationMethods), cases: z.number().int(), scores: z.number().int(), rankChanged: z.number().int() });
export const runsOut = z.object({
  items: z.array(z.object({ id: z.number().int(), round: z.number().int(), method: z.enum(normalisationMethods), computedAt: instantOut, computedByName: z.string().nullable(), cases: z.number().int() })),
});

export const resultsOut = z
  .object({
    runId: z.number().int(),
    method: z.enum(normalisationMethods),
    round: z.number().int(),
    items: z.array(
      z.object({
        submissionId: z.number().int(),
        title: z.string(),
        category: z.string(),
        orgName: z.string(),
        reviews: z.number().int(),
        rawMean: z.number(),
        score: z.number(),
        rawRank: z.number().int(),
        rank: z.number().int(),
        tier: z.enum(awardTiers).nullable(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ShowcaseResults' });

export const decideOut = z.object({ runId: z.number().int(), method: z.string(), demonstration: z.number().int(), excellent: z.number().int() });
export const publishOut = z.object({ certificates: z.number().int() });

/** What a reviewer sees of an assignment: no organisation (blind review). */
export const blindAssignmentOut = z
  .object({
    id: z.number().int(),
    competitionId: z.number().int(),
    competitionTitle: z.string(),
    round: z.number().int(),
    caseCode: z.string().meta({ description: '案例编号（匿名）· the case code' }),
    title: z.string(),
    category: z.string(),
    categoryName: z.string(),
    reviewDeadline: instantOut,
    open: z.boolean().meta({ description: '评审进行中，可评分 · scoring open' }),
    total: z.number().nullable(),
    scoredAt: instantOut.nullable(),
  })
  .meta({ id: 'ShowcaseBlindAssignment' });

export const blindAssignmentPage = pageOf(blindAssignmentOut);

export const blindCaseOut = blindAssignmentOut
  .extend({
    parts: z.array(z.object({ key: z.string(), label: z.string(), text: z.string() })),
    files: z.array(z.object({ id: z.number().int(), label: z.string(), mime: z.string(), size: z.number().int() })),
    rubric: z.array(criterionOut),
    scores: z.record(z.string(), z.number()).nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'ShowcaseBlindCase' });

export const scoreOut = z.object({ total: z.number() });

export const winnerOut = z.object({
  competitionId: z.number().int(),
  competitionTitle: z.string(),
  submissionId: z.number().int(),
  title: z.string(),
  orgName: z.string(),
  category: z.string(),
  tier: z.enum(awardTiers),
  tierName: z.string(),
  publishedAt: instantOut,
});
export const winnerPage = pageOf(winnerOut);

export const certificateOut = z
  .object({ code: z.string(), valid: z.boolean(), competitionTitle: z.string(), title: z.string(), orgName: z.string(), tierName: z.string(), issuedAt: instantOut })
  .meta({ id: 'ShowcaseCertificate' });

export const shortlistOut = z.object({
  runId: z.number().int(),
  shortlisted: z.number().int(),
  decisionsCleared: z.number().int().meta({ description: '清除的初评等次 · round-1 awards cleared' }),
  submissionIds: z.array(z.number().int()),
});
