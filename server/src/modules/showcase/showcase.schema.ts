import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * 亮实绩 (issue 17): innovation case competitions with blind multi-expert review. Role models: role-models/role-models.schema.ts;
 * 我们的答卷: answers/answers.schema.ts. Every `*_by` / `account_id` column holds an
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
    /** The round under review: 1 every case; 2 the shortlist before the second-round expert panel. */
    reviewRound: integer('review_round').notNull().default(1),
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
    check('showcase_competitions_round_ck', sql`${t.reviewRound} IN (1, 2)`),
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
    /** On the shortlist that the second-round panel reviews. */
    shortlisted: boolean('shortlisted').notNull().default(false),
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
