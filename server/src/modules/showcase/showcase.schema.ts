import { sql } from 'drizzle-orm';
import { bigserial, bigint, boolean, check, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * 树典型、亮实绩 (issue 17): innovation case competitions with blind multi-expert review, role models with
 * nominations and public votes, and the 我们的答卷 results platform. Every `*_by` / `account_id` column holds an
 * account id; `org_path` columns give the scope (the organisation that owns or submitted the row).
 */

// ——— Innovation case competitions ———

export const competitionStatuses = ['draft', 'open', 'reviewing', 'decided', 'published'] as const;
export type CompetitionStatus = (typeof competitionStatuses)[number];
export const submissionStatuses = ['draft', 'submitted', 'withdrawn'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];
export const normalisationMethods = ['mean', 'zscore', 'trimmed_mean', 'zscore_trimmed'] as const;
export type NormalisationMethod = (typeof normalisationMethods)[number];
export const awardTiers = ['demonstration', 'excellent'] as const;
export type AwardTier = (typeof awardTiers)[number];

/** A category of cases, e.g. { code: 'youth', name: '青年工作' }. */
export interface CaseCategory {
  code: string;
  name: string;
}
/** One part of the submission form; `maxChars`/`minChars` in counted characters (word-count.ts). */
export interface FormPart {
  key: string;
  label: string;
  required: boolean;
  minChars: number;
  maxChars: number;
}
/** A rubric criterion scored 0…max; `weight` its share of the total (weights sum to 1). */
export interface RubricCriterion {
  key: string;
  label: string;
  weight: number;
  max: number;
}

/** A call for cases (征集通知) and its review: form, rubric, deadlines, eligibility, k reviewers a case, quotas. */
export const showcaseCompetitions = pgTable(
  'showcase_competitions',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    theme: text('theme').notNull(),
    description: text('description').notNull().default(''),
    categories: jsonb('categories').$type<CaseCategory[]>().notNull(),
    form: jsonb('form').$type<FormPart[]>().notNull(),
    rubric: jsonb('rubric').$type<RubricCriterion[]>().notNull(),
    /** Organisations whose subtrees may submit; empty = every organisation under the owner. */
    eligibleOrgIds: integer('eligible_org_ids').array().notNull().default(sql`'{}'::int[]`),
    maxAttachments: integer('max_attachments').notNull().default(5),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    submissionDeadline: timestamp('submission_deadline', { withTimezone: true }).notNull(),
    reviewDeadline: timestamp('review_deadline', { withTimezone: true }).notNull(),
    reviewersPerCase: integer('reviewers_per_case').notNull().default(5),
    /** Quotas of the award tiers: 示范案例 and 优秀案例. */
    demonstrationQuota: integer('demonstration_quota').notNull().default(0),
    excellentQuota: integer('excellent_quota').notNull().default(0),
    status: text('status', { enum: competitionStatuses }).notNull().default('draft'),
    /** The organisation running the competition (the committee): who manages it. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('showcase_competitions_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    check('showcase_competitions_deadlines_ck', sql`${t.opensAt} < ${t.submissionDeadline} AND ${t.submissionDeadline} <= ${t.reviewDeadline}`),
    check('showcase_competitions_k_ck', sql`${t.reviewersPerCase} BETWEEN 1 AND 20`),
  ],
);

/** A case submitted by an organisation: its form parts (by part key) and the counted characters of each. */
export const showcaseSubmissions = pgTable(
  'showcase_submissions',
  {
    id: serial('id').primaryKey(),
    competitionId: integer('competition_id')
      .notNull()
      .references(() => showcaseCompetitions.id),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    parts: jsonb('parts').$type<Record<string, string>>().notNull(),
    wordCounts: jsonb('word_counts').$type<Record<string, number>>().notNull(),
    status: text('status', { enum: submissionStatuses }).notNull().default('draft'),
    /** Where the submitting organisation's name shows (blind review): part keys and attachment ids. */
    blindFlags: jsonb('blind_flags').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('showcase_submissions_competition_idx').on(t.competitionId, t.status),
    index('showcase_submissions_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    check('showcase_submissions_submitted_ck', sql`${t.status} = 'draft' OR ${t.submittedAt} IS NOT NULL`),
  ],
);

/** An attachment of a case (kernel upload). `nameFlag`: the organisation's name was found; `flagSource` says where. */
export const showcaseSubmissionFiles = pgTable(
  'showcase_submission_files',
  {
    id: serial('id').primaryKey(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => showcaseSubmissions.id, { onDelete: 'cascade' }),
    fileKey: text('file_key').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    originalName: text('original_name').notNull().default(''),
    nameFlag: boolean('name_flag').notNull().default(false),
    /** 'pdf_text' when the PDF's text was searched, 'file_name' when only the file name could be. */
    flagSource: text('flag_source', { enum: ['pdf_text', 'file_name'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('showcase_submission_files_submission_idx').on(t.submissionId)],
);

/** The expert pool: a reviewer's expertise (category codes) and affiliation (for automatic conflicts). */
export const showcaseReviewers = pgTable('showcase_reviewers', {
  accountId: integer('account_id').primaryKey(),
  expertise: text('expertise').array().notNull().default(sql`'{}'::text[]`),
  /** The reviewer's own organisation when it is in the tree (defaults to the person's organisation). */
  affiliationOrgId: integer('affiliation_org_id'),
  title: text('title').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A declared conflict (亲属、合作、曾任职等): the reviewer reviews no case from that organisation's subtree. */
export const showcaseConflicts = pgTable(
  'showcase_conflicts',
  {
    id: serial('id').primaryKey(),
    accountId: integer('account_id').notNull(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('showcase_conflicts_uq').on(t.accountId, t.orgId)],
);

/** Who reviews a competition's round (round 2 = the expert panel for the shortlist). */
export const showcasePanelMembers = pgTable(
  'showcase_panel_members',
  {
    competitionId: integer('competition_id')
      .notNull()
      .references(() => showcaseCompetitions.id),
    round: integer('round').notNull().default(1),
    accountId: integer('account_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.round, t.accountId] }), check('showcase_panel_round_ck', sql`${t.round} IN (1, 2)`)],
);

/** A review assignment (one reviewer, one case, one round); 'auto' from the optimiser, 'manual' by an admin. */
export const showcaseAssignments = pgTable(
  'showcase_assignments',
  {
    id: serial('id').primaryKey(),
    competitionId: integer('competition_id')
      .notNull()
      .references(() => showcaseCompetitions.id),
    round: integer('round').notNull().default(1),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => showcaseSubmissions.id),
    reviewerAccountId: integer('reviewer_account_id').notNull(),
    source: text('source', { enum: ['auto', 'manual'] }).notNull(),
    expertiseMatch: boolean('expertise_match').notNull().default(false),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('showcase_assignments_uq').on(t.submissionId, t.round, t.reviewerAccountId),
    index('showcase_assignments_reviewer_idx').on(t.reviewerAccountId, t.competitionId),
    index('showcase_assignments_competition_idx').on(t.competitionId, t.round),
  ],
);

/** A reviewer's scores on the rubric (by criterion key) and the weighted total (0–100). */
export const showcaseScores = pgTable('showcase_scores', {
  assignmentId: integer('assignment_id')
    .primaryKey()
    .references(() => showcaseAssignments.id, { onDelete: 'cascade' }),
  scores: jsonb('scores').$type<Record<string, number>>().notNull(),
  total: doublePrecision('total').notNull(),
  comment: text('comment').notNull().default(''),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One normalisation of a round's scores: the method is recorded with every result computed by it. */
export const showcaseResultRuns = pgTable(
  'showcase_result_runs',
  {
    id: serial('id').primaryKey(),
    competitionId: integer('competition_id')
      .notNull()
      .references(() => showcaseCompetitions.id),
    round: integer('round').notNull().default(1),
    method: text('method', { enum: normalisationMethods }).notNull(),
    computedBy: integer('computed_by'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('showcase_result_runs_competition_idx').on(t.competitionId, t.round)],
);

export const showcaseResults = pgTable(
  'showcase_results',
  {
    runId: integer('run_id')
      .notNull()
      .references(() => showcaseResultRuns.id, { onDelete: 'cascade' }),
    submissionId: integer('submission_id').notNull(),
    reviews: integer('reviews').notNull(),
    rawMean: doublePrecision('raw_mean').notNull(),
    score: doublePrecision('score').notNull(),
    rawRank: integer('raw_rank').notNull(),
    rank: integer('rank').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.submissionId] })],
);

/** The award of a case (示范案例 / 优秀案例), from a result run's ranks and the quotas, or set by hand. */
export const showcaseDecisions = pgTable(
  'showcase_decisions',
  {
    id: serial('id').primaryKey(),
    competitionId: integer('competition_id')
      .notNull()
      .references(() => showcaseCompetitions.id),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => showcaseSubmissions.id),
    tier: text('tier', { enum: awardTiers }).notNull(),
    runId: integer('run_id').references(() => showcaseResultRuns.id),
    note: text('note').notNull().default(''),
    decidedBy: integer('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('showcase_decisions_submission_uq').on(t.submissionId), index('showcase_decisions_competition_idx').on(t.competitionId, t.tier)],
);

/** A certificate of an award (PDF made on request); `code` is what the public verification page checks. */
export const showcaseCertificates = pgTable(
  'showcase_certificates',
  {
    id: serial('id').primaryKey(),
    decisionId: integer('decision_id')
      .notNull()
      .references(() => showcaseDecisions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('showcase_certificates_code_uq').on(t.code), uniqueIndex('showcase_certificates_decision_uq').on(t.decisionId)],
);

// ——— Role models (树典型) ———

export const exemplarKinds = ['person', 'team', 'squad'] as const;
export const exemplarStatuses = ['draft', 'published', 'archived'] as const;

/** A role model's profile: a person, a team or a squad, with story and honours. */
export const showcaseExemplars = pgTable(
  'showcase_exemplars',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: exemplarKinds }).notNull(),
    name: text('name').notNull(),
    personId: integer('person_id'),
    squadId: integer('squad_id'),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** 重大任务, 关键岗位, 项目一线 … (a code of the module's reference list). */
    category: text('category').notNull(),
    story: text('story').notNull().default(''),
    honours: jsonb('honours').$type<{ year: number; title: string }[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status', { enum: exemplarStatuses }).notNull().default('draft'),
    /** Shown on the display wall (a round's winner, or placed by the committee). */
    onWall: boolean('on_wall').notNull().default(false),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('showcase_exemplars_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')), index('showcase_exemplars_wall_idx').on(t.onWall, t.status)],
);

/** A micro-video series, e.g. 《巾帼之话产业》《青年显担当》《奔赴》. */
export const showcaseVideoSeries = pgTable(
  'showcase_video_series',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    sort: integer('sort').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('showcase_video_series_title_uq').on(t.title)],
);

/** A photo or micro-video of a role model (kernel upload); a video has a poster frame and may belong to a series. */
export const showcaseExemplarMedia = pgTable(
  'showcase_exemplar_media',
  {
    id: serial('id').primaryKey(),
    exemplarId: integer('exemplar_id')
      .notNull()
      .references(() => showcaseExemplars.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['photo', 'video'] }).notNull(),
    fileKey: text('file_key').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    posterKey: text('poster_key'),
    title: text('title').notNull().default(''),
    seriesId: integer('series_id').references(() => showcaseVideoSeries.id),
    episode: integer('episode'),
    sort: integer('sort').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('showcase_exemplar_media_exemplar_idx').on(t.exemplarId), index('showcase_exemplar_media_series_idx').on(t.seriesId, t.episode)],
);

export const voteRoundStatuses = ['draft', 'nominating', 'voting', 'closed'] as const;

/** A round of nominations and public voting among the members of the owner's subtree. */
export const showcaseVoteRounds = pgTable(
  'showcase_vote_rounds',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    nominationDeadline: timestamp('nomination_deadline', { withTimezone: true }).notNull(),
    votingOpensAt: timestamp('voting_opens_at', { withTimezone: true }).notNull(),
    votingClosesAt: timestamp('voting_closes_at', { withTimezone: true }).notNull(),
    /** Votes a member may cast in the round (one per nominee at most). */
    votesPerMember: integer('votes_per_member').notNull().default(1),
    /** Counts hidden from members until the round closes. */
    hideResults: boolean('hide_results').notNull().default(true),
    winners: integer('winners').notNull().default(10),
    status: text('status', { enum: voteRoundStatuses }).notNull().default('draft'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('showcase_vote_rounds_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    check('showcase_vote_rounds_window_ck', sql`${t.nominationDeadline} <= ${t.votingOpensAt} AND ${t.votingOpensAt} < ${t.votingClosesAt}`),
    check('showcase_vote_rounds_votes_ck', sql`${t.votesPerMember} BETWEEN 1 AND 50`),
  ],
);

export const nominationStatuses = ['pending', 'approved', 'rejected'] as const;

/** An organisation nominates a role model with supporting material; the committee reviews. */
export const showcaseNominations = pgTable(
  'showcase_nominations',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => showcaseVoteRounds.id),
    exemplarId: integer('exemplar_id')
      .notNull()
      .references(() => showcaseExemplars.id),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    material: text('material').notNull().default(''),
    status: text('status', { enum: nominationStatuses }).notNull().default('pending'),
    reviewNote: text('review_note'),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** Kept in step with showcase_votes (incremented in the vote's transaction). */
    voteCount: integer('vote_count').notNull().default(0),
    winner: boolean('winner').notNull().default(false),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('showcase_nominations_uq').on(t.roundId, t.exemplarId), index('showcase_nominations_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops'))],
);

/** A member's ballot in a round: votes used so far, raised under a row lock so N votes a member hold under concurrency. */
export const showcaseBallots = pgTable(
  'showcase_ballots',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => showcaseVoteRounds.id),
    accountId: integer('account_id').notNull(),
    used: integer('used').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.accountId] }), check('showcase_ballots_used_ck', sql`${t.used} >= 0`)],
);

/** One vote: one per member per nominee (unique), the ballot caps the member's total. */
export const showcaseVotes = pgTable(
  'showcase_votes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    roundId: integer('round_id').notNull(),
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => showcaseNominations.id),
    accountId: integer('account_id').notNull(),
    personId: integer('person_id'),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('showcase_votes_uq').on(t.nominationId, t.accountId), index('showcase_votes_round_idx').on(t.roundId, t.accountId)],
);

// ——— 我们的答卷 (results platform) ———

export const answerStatuses = ['draft', 'pending', 'published', 'rejected'] as const;

/**
 * An achievement an organisation publishes (结果导向亮实绩). `results` are measurable claims; a claim may name a
 * registered metric (`metric`), so the page shows the live figure and its records beside the claimed value.
 */
export const showcaseAnswers = pgTable(
  'showcase_answers',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    title: text('title').notNull(),
    category: text('category').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    body: text('body').notNull().default(''),
    results: jsonb('results').$type<{ label: string; value: number; unit: string; metric?: string }[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status', { enum: answerStatuses }).notNull().default('draft'),
    reviewNote: text('review_note'),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    likeCount: integer('like_count').notNull().default(0),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('showcase_answers_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('showcase_answers_feed_idx').on(t.status, t.publishedAt),
    check('showcase_answers_period_ck', sql`${t.periodStart} <= ${t.periodEnd}`),
    check('showcase_answers_published_ck', sql`(${t.status} = 'published') = (${t.publishedAt} IS NOT NULL)`),
  ],
);

export const showcaseAnswerFiles = pgTable(
  'showcase_answer_files',
  {
    id: serial('id').primaryKey(),
    answerId: integer('answer_id')
      .notNull()
      .references(() => showcaseAnswers.id, { onDelete: 'cascade' }),
    fileKey: text('file_key').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    originalName: text('original_name').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('showcase_answer_files_answer_idx').on(t.answerId)],
);

export const showcaseAnswerLikes = pgTable(
  'showcase_answer_likes',
  {
    answerId: integer('answer_id')
      .notNull()
      .references(() => showcaseAnswers.id, { onDelete: 'cascade' }),
    accountId: integer('account_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.accountId] })],
);

/** A member's comment; shown once moderated (or at once where the owner allows), hidden ones kept for the record. */
export const showcaseAnswerComments = pgTable(
  'showcase_answer_comments',
  {
    id: serial('id').primaryKey(),
    answerId: integer('answer_id')
      .notNull()
      .references(() => showcaseAnswers.id, { onDelete: 'cascade' }),
    accountId: integer('account_id').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'visible', 'hidden'] }).notNull().default('pending'),
    moderatedBy: integer('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('showcase_answer_comments_answer_idx').on(t.answerId, t.status, t.createdAt)],
);
