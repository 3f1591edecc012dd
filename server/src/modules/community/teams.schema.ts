import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { communities } from './communities.schema.js';

/** 红色志愿服务队: owned by a party organisation (scope by org_path), led by a captain. */
export const teamStatuses = ['active', 'disbanded'] as const;

export const volunteerTeams = pgTable(
  'community_volunteer_teams',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    captainPersonId: integer('captain_person_id').notNull(),
    /** Need type codes the team serves (community_need_types). */
    serviceTypes: text('service_types').array().notNull().default([]),
    description: text('description').notNull().default(''),
    status: text('status', { enum: teamStatuses }).notNull().default('active'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    disbandedAt: timestamp('disbanded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('community_teams_org_name_uq').on(t.orgId, t.name),
    index('community_teams_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('community_teams_captain_idx').on(t.captainPersonId),
  ],
);

/** Membership history: a person may be in several teams, and rejoin one (a new row) after leaving. */
export const teamMembers = pgTable(
  'community_team_members',
  {
    id: serial('id').primaryKey(),
    teamId: integer('team_id').notNull().references(() => volunteerTeams.id),
    personId: integer('person_id').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('community_team_members_current_uq').on(t.teamId, t.personId).where(sql`left_at IS NULL`),
    index('community_team_members_person_idx').on(t.personId),
  ],
);

/** Where a team serves: one community, or a whole street. */
export const teamServiceAreas = pgTable(
  'community_team_areas',
  {
    id: serial('id').primaryKey(),
    teamId: integer('team_id').notNull().references(() => volunteerTeams.id),
    communityId: integer('community_id').references(() => communities.id),
    streetCode: text('street_code'),
  },
  (t) => [
    uniqueIndex('community_team_areas_community_uq').on(t.teamId, t.communityId).where(sql`community_id IS NOT NULL`),
    uniqueIndex('community_team_areas_street_uq').on(t.teamId, t.streetCode).where(sql`street_code IS NOT NULL`),
    index('community_team_areas_community_idx').on(t.communityId),
    index('community_team_areas_street_idx').on(t.streetCode),
    check('community_team_areas_one_ck', sql`(${t.communityId} IS NULL) <> (${t.streetCode} IS NULL)`),
  ],
);
