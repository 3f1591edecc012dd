import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Squads (青年尖刀班) and their membership history. Every `*_by` column holds an account id
 * (the actor, as in the audit log); `person_id` columns hold people record ids.
 */

export const squadStatuses = ['active', 'merged', 'disbanded'] as const;
export type SquadStatus = (typeof squadStatuses)[number];

/** A squad, supervised by one organisation (机关党委 or branch): scope follows `org_path`. */
export const squads = pgTable(
  'squads',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** Mirrors the squad's active member row with role 'leader' (kept in step in the same transaction). */
    leaderPersonId: integer('leader_person_id'),
    mission: text('mission').notNull().default(''),
    /** e.g. 招商引资, 城市更新, 民生服务. */
    field: text('field').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: squadStatuses }).notNull().default('active'),
    /** Set when status = 'merged': the squad it was merged into. */
    mergedIntoId: integer('merged_into_id'),
    endedOn: date('ended_on', { mode: 'string' }),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('squads_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    uniqueIndex('squads_org_name_uq').on(t.orgId, t.name),
    index('squads_status_idx').on(t.status),
    index('squads_field_idx').on(t.field),
    check('squads_merged_ck', sql`(${t.status} = 'merged') = (${t.mergedIntoId} IS NOT NULL)`),
    check('squads_ended_ck', sql`(${t.status} = 'active') = (${t.endedOn} IS NULL)`),
  ],
);

export const memberRoles = ['leader', 'member'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** proposed → active (confirmed) | rejected; active → left. A row is never reused: rejoining is a new row. */
export const membershipStatuses = ['proposed', 'active', 'left', 'rejected'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

/** Every join and leave of a squad, kept as history (who, when, why). */
export const squadMembers = pgTable(
  'squad_members',
  {
    id: serial('id').primaryKey(),
    squadId: integer('squad_id')
      .notNull()
      .references(() => squads.id),
    personId: integer('person_id').notNull(),
    role: text('role', { enum: memberRoles }).notNull().default('member'),
    status: text('status', { enum: membershipStatuses }).notNull().default('proposed'),
    joinReason: text('join_reason').notNull().default(''),
    proposedBy: integer('proposed_by'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Who confirmed (→ active) or rejected the proposal. */
    confirmedBy: integer('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    rejectReason: text('reject_reason'),
    joinedAt: timestamp('joined_at', { withTimezone: true }),
    leftAt: timestamp('left_at', { withTimezone: true }),
    leftBy: integer('left_by'),
    leaveReason: text('leave_reason'),
  },
  (t) => [
    index('squad_members_squad_idx').on(t.squadId, t.status),
    index('squad_members_person_idx').on(t.personId),
    /** A person is in at most one active squad. */
    uniqueIndex('squad_members_one_active_uq').on(t.personId).where(sql`status = 'active'`),
    /** At most one open (proposed or active) row per person and squad. */
    uniqueIndex('squad_members_open_uq').on(t.squadId, t.personId).where(sql`status IN ('proposed', 'active')`),
    /** At most one active leader per squad. */
    uniqueIndex('squad_members_one_leader_uq').on(t.squadId).where(sql`status = 'active' AND role = 'leader'`),
    check('squad_members_joined_ck', sql`(${t.status} IN ('active', 'left')) = (${t.joinedAt} IS NOT NULL)`),
    check('squad_members_left_ck', sql`(${t.status} = 'left') = (${t.leftAt} IS NOT NULL)`),
  ],
);

export const periodKinds = ['month', 'quarter'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/**
 * The competition's settings for one year; a year without a row uses the column defaults.
 * Weights are relative (default equal); the total is Σ(weight × score) / Σ weight.
 */
export const squadYears = pgTable(
  'squad_years',
  {
    year: integer('year').primaryKey(),
    periodKind: text('period_kind', { enum: periodKinds }).notNull().default('quarter'),
    weightLearning: numeric('weight_learning', { precision: 5, scale: 2 }).notNull().default('20'),
    weightSkill: numeric('weight_skill', { precision: 5, scale: 2 }).notNull().default('20'),
    weightInnovation: numeric('weight_innovation', { precision: 5, scale: 2 }).notNull().default('20'),
    weightDuty: numeric('weight_duty', { precision: 5, scale: 2 }).notNull().default('20'),
    weightPerformance: numeric('weight_performance', { precision: 5, scale: 2 }).notNull().default('20'),
    /** Young cadre: age ≤ this on the day of joining (from the people record's birth date). */
    youngMaxAge: integer('young_max_age').notNull().default(35),
    /** The top N squads of a closed period get the 一做 badge. */
    badgeTopN: integer('badge_top_n').notNull().default(3),
    updatedBy: integer('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'squad_years_weights_ck',
      sql`${t.weightLearning} >= 0 AND ${t.weightSkill} >= 0 AND ${t.weightInnovation} >= 0 AND ${t.weightDuty} >= 0 AND ${t.weightPerformance} >= 0
        AND ${t.weightLearning} + ${t.weightSkill} + ${t.weightInnovation} + ${t.weightDuty} + ${t.weightPerformance} > 0`,
    ),
    check('squad_years_age_ck', sql`${t.youngMaxAge} BETWEEN 18 AND 60`),
    check('squad_years_top_n_ck', sql`${t.badgeTopN} >= 0`),
  ],
);
