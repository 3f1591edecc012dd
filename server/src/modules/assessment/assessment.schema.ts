import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** What an indicator system assesses: organisations (机关党委/党支部) or people (young cadres). */
export const targetKinds = ['org', 'person'] as const;
export type TargetKind = (typeof targetKinds)[number];

/** draft → running → closed → confirmed (the committee's audited step); never backwards. */
export const roundStatuses = ['draft', 'running', 'closed', 'confirmed'] as const;
export type RoundStatus = (typeof roundStatuses)[number];
export const roundKinds = ['annual', 'semiannual', 'quarterly'] as const;
export const leafSources = ['computed', 'rated', 'evidence'] as const;
/** 优秀 / 良好 / 一般 / 较差. */
export const grades = ['excellent', 'good', 'fair', 'poor'] as const;
export type Grade = (typeof grades)[number];
/** The 述职评议 vote: 好 / 较好 / 一般 / 差. */
export const voteGrades = ['good', 'fairly_good', 'average', 'poor'] as const;
export const appealStatuses = ['open', 'upheld', 'rejected'] as const;
/** What a confirmed result is used for: 评先评优 candidates, 调整使用 reference. */
export const resultUses = ['award', 'appointment'] as const;
export type ResultUse = (typeof resultUses)[number];

/**
 * An indicator system (指标体系), owned by the committee or an organisation. `draft` is the editable tree; publishing
 * freezes it into assessment_system_versions (rounds use a frozen version only).
 */
export const assessmentSystems = pgTable(
  'assessment_systems',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    targetKind: text('target_kind', { enum: targetKinds }).notNull(),
    ownerOrgId: integer('owner_org_id').notNull(),
    ownerOrgPath: text('owner_org_path').notNull(),
    /** The editable tree (see tree.ts); null once published and not edited since. */
    draft: jsonb('draft'),
    /** The latest published version number (0: never published). */
    latestVersion: integer('latest_version').notNull().default(0),
    archived: boolean('archived').notNull().default(false),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assessment_systems_name_uq').on(t.ownerOrgId, t.name), index('assessment_systems_owner_idx').on(t.ownerOrgPath)],
);

/** A published, frozen copy of a system's tree. */
export const assessmentSystemVersions = pgTable(
  'assessment_system_versions',
  {
    id: serial('id').primaryKey(),
    systemId: integer('system_id')
      .notNull()
      .references(() => assessmentSystems.id),
    version: integer('version').notNull(),
    tree: jsonb('tree').notNull(),
    publishedBy: integer('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assessment_system_versions_uq').on(t.systemId, t.version), check('assessment_system_versions_ck', sql`${t.version} >= 1`)],
);

/** A round (考核轮次): a frozen system version applied to the targets of a scope over a period. */
export const assessmentRounds = pgTable(
  'assessment_rounds',
  {
    id: serial('id').primaryKey(),
    systemId: integer('system_id')
      .notNull()
      .references(() => assessmentSystems.id),
    versionId: integer('version_id')
      .notNull()
      .references(() => assessmentSystemVersions.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: roundKinds }).notNull(),
    targetKind: text('target_kind', { enum: targetKinds }).notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    /** Inclusive. */
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    scopeOrgId: integer('scope_org_id').notNull(),
    scopeOrgPath: text('scope_org_path').notNull(),
    /** Org rounds: the kind of organisation assessed; person rounds: null. */
    targetOrgKind: text('target_org_kind'),
    /** Person rounds: the young cadre age limit on the last day of the period. */
    youngMaxAge: integer('young_max_age'),
    status: text('status', { enum: roundStatuses }).notNull().default('draft'),
    /** { mode: 'cutoffs', excellent, good, fair } or { mode: 'quota', excellentShare, good, fair } (grading.ts). */
    grading: jsonb('grading').notNull(),
    /** 述职评议: a group's aggregate is shown only with at least this many votes. */
    minVotes: integer('min_votes').notNull().default(5),
    meetingAt: timestamp('meeting_at', { withTimezone: true }),
    appealUntil: timestamp('appeal_until', { withTimezone: true }),
    computedAt: timestamp('computed_at', { withTimezone: true }),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: integer('confirmed_by'),
  },
  (t) => [
    index('assessment_rounds_scope_idx').on(t.scopeOrgPath),
    index('assessment_rounds_system_idx').on(t.systemId, t.periodTo),
    check('assessment_rounds_period_ck', sql`${t.periodTo} >= ${t.periodFrom}`),
    check('assessment_rounds_min_votes_ck', sql`${t.minVotes} >= 1`),
  ],
);

/** A target of a round: one organisation or one person (with the organisation path it is scoped by). */
export const assessmentTargets = pgTable(
  'assessment_targets',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => assessmentRounds.id),
    orgId: integer('org_id'),
    personId: integer('person_id'),
    name: text('name').notNull(),
    /** The organisation itself (org targets) or the person's organisation (person targets). */
    orgPath: text('org_path').notNull(),
  },
  (t) => [
    uniqueIndex('assessment_targets_org_uq').on(t.roundId, t.orgId),
    uniqueIndex('assessment_targets_person_uq').on(t.roundId, t.personId),
    index('assessment_targets_path_idx').on(t.orgPath),
    check('assessment_targets_one_ck', sql`(${t.orgId} IS NULL) <> (${t.personId} IS NULL)`),
  ],
);

/** The score of one leaf indicator for one target: computed from a metric, or the mean of the raters' scores. */
export const assessmentLeafScores = pgTable(
  'assessment_leaf_scores',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull(),
    targetId: integer('target_id')
      .notNull()
      .references(() => assessmentTargets.id),
    leafKey: text('leaf_key').notNull(),
    source: text('source', { enum: leafSources }).notNull(),
    /** The metric's value (computed) or the raters' mean on the item's own scale (rated, evidence). */
    rawValue: numeric('raw_value'),
    /** 0–100. */
    score: numeric('score').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assessment_leaf_scores_uq').on(t.targetId, t.leafKey), index('assessment_leaf_scores_round_idx').on(t.roundId, t.leafKey)],
);

/** A rater's task: one rated or evidence leaf of one target; the score once submitted. */
export const assessmentRaterTasks = pgTable(
  'assessment_rater_tasks',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => assessmentRounds.id),
    targetId: integer('target_id')
      .notNull()
      .references(() => assessmentTargets.id),
    leafKey: text('leaf_key').notNull(),
    raterAccountId: integer('rater_account_id').notNull(),
    /** On the leaf's own scale (0 to its max score); null until submitted. */
    score: numeric('score'),
    comment: text('comment').notNull().default(''),
    assignedBy: integer('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('assessment_rater_tasks_uq').on(t.targetId, t.leafKey, t.raterAccountId),
    index('assessment_rater_tasks_rater_idx').on(t.raterAccountId, t.roundId),
    check('assessment_rater_tasks_rated_ck', sql`(${t.score} IS NULL) = (${t.ratedAt} IS NULL)`),
  ],
);

/** A document a target uploads for an evidence leaf (the stored file key of kernel/files). */
export const assessmentEvidence = pgTable(
  'assessment_evidence',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull(),
    targetId: integer('target_id')
      .notNull()
      .references(() => assessmentTargets.id),
    leafKey: text('leaf_key').notNull(),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    note: text('note').notNull().default(''),
    uploadedBy: integer('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assessment_evidence_target_idx').on(t.targetId, t.leafKey)],
);

/** The 述职 report of an organisation target (text and attachments: [{ fileKey, fileName, mime, size }]). */
export const assessmentReports = pgTable(
  'assessment_reports',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull(),
    targetId: integer('target_id')
      .notNull()
      .references(() => assessmentTargets.id),
    authorAccountId: integer('author_account_id'),
    body: text('body').notNull(),
    attachments: jsonb('attachments').notNull().default([]),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assessment_reports_target_uq').on(t.targetId)],
);

/**
 * A rater group of the 述职评议 vote (the committee's leaders, other secretaries, member representatives, the public):
 * its weight among the groups, the score of each vote grade, the leaf the vote feeds and its anonymity threshold.
 */
export const assessmentVoteGroups = pgTable(
  'assessment_vote_groups',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => assessmentRounds.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    weight: numeric('weight').notNull(),
    /** { good, fairly_good, average, poor } → score 0–100. */
    gradeScores: jsonb('grade_scores').notNull(),
    /** The rated leaf the group's votes feed (null: the round's vote leaf). */
    leafKey: text('leaf_key'),
    minVotes: integer('min_votes').notNull().default(5),
  },
  (t) => [uniqueIndex('assessment_vote_groups_uq').on(t.roundId, t.code), check('assessment_vote_groups_weight_ck', sql`${t.weight} >= 0`)],
);

/** Who may vote in a group. */
export const assessmentVoters = pgTable(
  'assessment_voters',
  {
    id: serial('id').primaryKey(),
    groupId: integer('group_id')
      .notNull()
      .references(() => assessmentVoteGroups.id),
    accountId: integer('account_id').notNull(),
  },
  (t) => [uniqueIndex('assessment_voters_uq').on(t.groupId, t.accountId)],
);

/** One vote: the system knows the voter (one vote per rater, target and group); reports show aggregates only. */
export const assessmentVotes = pgTable(
  'assessment_votes',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull(),
    groupId: integer('group_id')
      .notNull()
      .references(() => assessmentVoteGroups.id),
    targetId: integer('target_id')
      .notNull()
      .references(() => assessmentTargets.id),
    raterAccountId: integer('rater_account_id').notNull(),
    grade: text('grade', { enum: voteGrades }).notNull(),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assessment_votes_uq').on(t.raterAccountId, t.targetId, t.groupId), index('assessment_votes_target_idx').on(t.targetId, t.groupId)],
);

/** A target's request to review one item's score, and the committee's answer. */
export const assessmentAppeals = pgTable(
  'assessment_appeals',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull(),
    targetId: integer('target_id')
      .notNull()
      .references(() => assessmentTargets.id),
    leafKey: text('leaf_key').notNull(),
    accountId: integer('account_id').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: appealStatuses }).notNull().default('open'),
    answer: text('answer'),
    scoreBefore: numeric('score_before'),
    scoreAfter: numeric('score_after'),
    answeredBy: integer('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assessment_appeals_round_idx').on(t.roundId, t.status)],
);

/** A target's result: total 0–100, grade, rank within the round and the rank of the previous round of the same system. */
export const assessmentResults = pgTable(
  'assessment_results',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull(),
    targetId: integer('target_id')
      .notNull()
      .references(() => assessmentTargets.id),
    total: numeric('total').notNull(),
    grade: text('grade', { enum: grades }).notNull(),
    rank: integer('rank').notNull(),
    previousRank: integer('previous_rank'),
    /** What the confirmed result is used for: 'award' (评先评优 candidate), 'appointment' (调整使用 reference). */
    uses: text('uses').array().notNull().default(sql`'{}'::text[]`),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assessment_results_target_uq').on(t.targetId), index('assessment_results_round_idx').on(t.roundId, t.rank)],
);
