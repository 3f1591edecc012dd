import { sql } from 'drizzle-orm';
import { bigserial, bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** 树典型 (issue 17): role-model profiles and micro-videos, nominations by organisations and public votes among members. Migration 0011_showcase. */

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
