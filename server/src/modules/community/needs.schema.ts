import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { communities } from './communities.schema.js';
import { volunteerTeams } from './teams.schema.js';

/** Need types (助老, 助残, 环境整治, 文明创建, 政策宣讲, 儿童托管 …) are data, seeded by the module's reference step. */
export const needTypes = pgTable('community_need_types', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  sort: integer('sort').notNull().default(0),
});

/** open → claimed → fulfilled; open/claimed → cancelled; open → expired (time window passed unclaimed). */
export const needStatuses = ['open', 'claimed', 'fulfilled', 'cancelled', 'expired'] as const;

/** 需求清单: posted by community staff. */
export const communityNeeds = pgTable(
  'community_needs',
  {
    id: serial('id').primaryKey(),
    communityId: integer('community_id').notNull().references(() => communities.id),
    typeCode: text('type_code').notNull().references(() => needTypes.code),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    place: text('place').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    peopleNeeded: integer('people_needed').notNull(),
    skillsWanted: text('skills_wanted').array().notNull().default([]),
    status: text('status', { enum: needStatuses }).notNull().default('open'),
    /** Account of the community staff who posted it. */
    postedBy: integer('posted_by'),
    /** Latest moment to claim it; an open need past this is flagged to the street. */
    claimDeadline: timestamp('claim_deadline', { withTimezone: true }).notNull(),
    /** Set once when the need was flagged to the street as unclaimed near its date. */
    flaggedAt: timestamp('flagged_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('community_needs_community_idx').on(t.communityId, t.status),
    index('community_needs_status_starts_idx').on(t.status, t.startsAt),
    index('community_needs_type_idx').on(t.typeCode),
    check('community_needs_window_ck', sql`${t.endsAt} > ${t.startsAt}`),
    check('community_needs_people_ck', sql`${t.peopleNeeded} > 0`),
    check('community_needs_deadline_ck', sql`${t.claimDeadline} <= ${t.startsAt}`),
  ],
);

/**
 * claimed → scheduled (the volunteer activity was created) → completed;
 * claimed → withdrawn (by the claimant) or lapsed (no activity by activity_due_at), which frees the need.
 */
export const claimStatuses = ['claimed', 'scheduled', 'completed', 'withdrawn', 'lapsed'] as const;
export const liveClaimStatuses = ['claimed', 'scheduled', 'completed'] as const;
export const claimantKinds = ['org', 'team'] as const;

export const needClaims = pgTable(
  'community_need_claims',
  {
    id: serial('id').primaryKey(),
    needId: integer('need_id').notNull().references(() => communityNeeds.id),
    claimantKind: text('claimant_kind', { enum: claimantKinds }).notNull(),
    /** The claiming organisation, or the team's owning organisation: what scope filters on. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    teamId: integer('team_id').references(() => volunteerTeams.id),
    /** Account that claimed (an organiser, or the team's captain). */
    claimedBy: integer('claimed_by').notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
    /** The claim must turn into an activity by then, or it lapses. */
    activityDueAt: timestamp('activity_due_at', { withTimezone: true }).notNull(),
    /** The volunteer activity created on the activities engine. */
    activityId: integer('activity_id'),
    status: text('status', { enum: claimStatuses }).notNull().default('claimed'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason'),
  },
  (t) => [
    /** The claim race: the database leaves exactly one live claim per need. */
    uniqueIndex('community_need_claims_live_uq').on(t.needId).where(sql`status IN ('claimed', 'scheduled', 'completed')`),
    index('community_need_claims_need_idx').on(t.needId),
    index('community_need_claims_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('community_need_claims_team_idx').on(t.teamId),
    uniqueIndex('community_need_claims_activity_uq').on(t.activityId).where(sql`activity_id IS NOT NULL`),
    check('community_need_claims_kind_ck', sql`(${t.claimantKind} = 'team') = (${t.teamId} IS NOT NULL)`),
    check('community_need_claims_scheduled_ck', sql`${t.status} NOT IN ('scheduled', 'completed') OR ${t.activityId} IS NOT NULL`),
  ],
);

/**
 * A volunteer activity of the activities engine, seen from the community side: which community it serves,
 * and the need and team behind it. The activities tables stay unchanged.
 */
export const communityActivities = pgTable(
  'community_activities',
  {
    activityId: integer('activity_id').primaryKey(),
    communityId: integer('community_id').notNull().references(() => communities.id),
    needId: integer('need_id').references(() => communityNeeds.id),
    claimId: integer('claim_id').references(() => needClaims.id),
    teamId: integer('team_id').references(() => volunteerTeams.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('community_activities_community_idx').on(t.communityId),
    index('community_activities_need_idx').on(t.needId),
    index('community_activities_team_idx').on(t.teamId),
  ],
);
