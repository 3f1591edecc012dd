import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { periodKinds, squads } from './squads.schema.js';

/** The five dimensions of 五比: 比学习, 比本领, 比创新, 比担当, 比作为. */
export const dimensions = ['learning', 'skill', 'innovation', 'duty', 'performance'] as const;
export type Dimension = (typeof dimensions)[number];

/** open → closed (by an admin; scores frozen into squad_score_snapshots). A closed period never reopens. */
export const periodStatuses = ['open', 'closed'] as const;
export type PeriodStatus = (typeof periodStatuses)[number];

/** A scoring period of the whole competition (all squads are ranked together). */
export const squadPeriods = pgTable(
  'squad_periods',
  {
    id: serial('id').primaryKey(),
    year: integer('year').notNull(),
    kind: text('kind', { enum: periodKinds }).notNull(),
    /** 1–12 for months, 1–4 for quarters. */
    seq: integer('seq').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** Inclusive. */
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: periodStatuses }).notNull().default('open'),
    /** The weights used, frozen at close: { learning, skill, innovation, duty, performance }. */
    weights: jsonb('weights'),
    closedBy: integer('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('squad_periods_uq').on(t.year, t.kind, t.seq),
    index('squad_periods_starts_idx').on(t.startsOn),
    check('squad_periods_range_ck', sql`${t.endsOn} >= ${t.startsOn}`),
    check('squad_periods_seq_ck', sql`${t.seq} >= 1 AND ${t.seq} <= CASE ${t.kind} WHEN 'month' THEN 12 ELSE 4 END`),
    check('squad_periods_closed_ck', sql`(${t.status} = 'closed') = (${t.closedAt} IS NOT NULL AND ${t.weights} IS NOT NULL)`),
  ],
);

/** The 比作为 rubric of a year: 3–5 criteria, each scored 0–100; the dimension is their weighted mean. */
export const squadRubricCriteria = pgTable(
  'squad_rubric_criteria',
  {
    id: serial('id').primaryKey(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    weight: numeric('weight', { precision: 5, scale: 2 }).notNull().default('1'),
  },
  (t) => [
    uniqueIndex('squad_rubric_criteria_seq_uq').on(t.year, t.seq),
    uniqueIndex('squad_rubric_criteria_name_uq').on(t.year, t.name),
    check('squad_rubric_criteria_seq_ck', sql`${t.seq} BETWEEN 1 AND 5`),
    check('squad_rubric_criteria_weight_ck', sql`${t.weight} > 0`),
  ],
);

/** One rater's score of one criterion for one squad in one period (editable while the period is open). */
export const squadRatings = pgTable(
  'squad_ratings',
  {
    id: serial('id').primaryKey(),
    periodId: integer('period_id')
      .notNull()
      .references(() => squadPeriods.id),
    squadId: integer('squad_id')
      .notNull()
      .references(() => squads.id),
    raterAccountId: integer('rater_account_id').notNull(),
    criterionId: integer('criterion_id')
      .notNull()
      .references(() => squadRubricCriteria.id),
    score: numeric('score', { precision: 5, scale: 2 }).notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('squad_ratings_uq').on(t.periodId, t.squadId, t.raterAccountId, t.criterionId),
    index('squad_ratings_rater_idx').on(t.raterAccountId, t.periodId),
    check('squad_ratings_score_ck', sql`${t.score} BETWEEN 0 AND 100`),
  ],
);

/**
 * A squad's frozen scores for a closed period. `inputs` keeps, per dimension, the figures and
 * record ids behind the score and the normalisation used, so a closed period drills down without
 * recomputing: { learning: {...}, skill: {...}, innovation: {...}, duty: {...}, performance: {...} }.
 */
export const squadScoreSnapshots = pgTable(
  'squad_score_snapshots',
  {
    id: serial('id').primaryKey(),
    periodId: integer('period_id')
      .notNull()
      .references(() => squadPeriods.id),
    squadId: integer('squad_id')
      .notNull()
      .references(() => squads.id),
    /** The squad's supervising organisation at close: scope of the frozen row. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    memberCount: integer('member_count').notNull(),
    learning: numeric('learning', { precision: 5, scale: 2 }).notNull(),
    skill: numeric('skill', { precision: 5, scale: 2 }).notNull(),
    innovation: numeric('innovation', { precision: 5, scale: 2 }).notNull(),
    duty: numeric('duty', { precision: 5, scale: 2 }).notNull(),
    performance: numeric('performance', { precision: 5, scale: 2 }).notNull(),
    total: numeric('total', { precision: 5, scale: 2 }).notNull(),
    /** 1 = best; ties share a rank. */
    rank: integer('rank').notNull(),
    /** Rank in the previous closed period (null: not ranked then); movement = previous_rank − rank. */
    previousRank: integer('previous_rank'),
    movement: integer('movement'),
    /** 一做: among the top N (squad_years.badge_top_n) of the period. */
    badge: boolean('badge').notNull().default(false),
    inputs: jsonb('inputs').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('squad_score_snapshots_uq').on(t.periodId, t.squadId),
    index('squad_score_snapshots_rank_idx').on(t.periodId, t.rank),
    index('squad_score_snapshots_squad_idx').on(t.squadId),
    index('squad_score_snapshots_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    check(
      'squad_score_snapshots_range_ck',
      sql`${t.learning} BETWEEN 0 AND 100 AND ${t.skill} BETWEEN 0 AND 100 AND ${t.innovation} BETWEEN 0 AND 100
        AND ${t.duty} BETWEEN 0 AND 100 AND ${t.performance} BETWEEN 0 AND 100 AND ${t.total} BETWEEN 0 AND 100`,
    ),
    check('squad_score_snapshots_rank_ck', sql`${t.rank} >= 1`),
  ],
);
