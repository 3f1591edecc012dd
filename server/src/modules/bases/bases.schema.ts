import { sql } from 'drizzle-orm';
import { boolean, check, customType, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * 阵地矩阵 (issue 16): venues of the position matrix and their bookings, 党建“第一粒扣子” projects and the brands.
 * Every `*_by` column holds an account id (the actor, as in the audit log); `person_id` columns hold people ids.
 * Scope follows `org_path` (the owner organisation's path).
 */

const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' });

export const venueKinds = ['party_school', 'exchange_centre', 'demonstration_point', 'room'] as const;
export type VenueKind = (typeof venueKinds)[number];
export const venueStatuses = ['active', 'retired'] as const;

/** Opening hours of one weekday (1 = Monday … 7 = Sunday), local Asia/Shanghai times HH:MM. */
export interface OpeningHours {
  weekday: number;
  opens: string;
  closes: string;
}

/** A venue: the party school, the exchange centre, a demonstration point (示范点) or another room. */
export const basesVenues = pgTable(
  'bases_venues',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: venueKinds }).notNull(),
    name: text('name').notNull(),
    /** A demonstration point's theme (e.g. 党建+营商环境); free text for other kinds. */
    theme: text('theme').notNull().default(''),
    description: text('description').notNull().default(''),
    /** The owner organisation (an agency party organisation); who manages and approves. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** Qingdao district and street codes (seed/qingdao.json). */
    districtCode: text('district_code').notNull(),
    streetCode: text('street_code'),
    address: text('address').notNull().default(''),
    capacity: integer('capacity').notNull(),
    facilities: text('facilities').array().notNull().default([]),
    /** The weekly opening hours; an empty list means open at any time. */
    openingHours: jsonb('opening_hours').$type<OpeningHours[]>().notNull().default([]),
    /** Bookings of other organisations wait for the owner's approval. */
    needsApproval: boolean('needs_approval').notNull().default(false),
    /** Any organiser of the committee may book it (the party school, the exchange centre, most demonstration points). */
    shared: boolean('shared').notNull().default(true),
    /** When a demonstration point was designated (its count is a standing figure from this day). */
    designatedOn: date('designated_on', { mode: 'string' }),
    status: text('status', { enum: venueStatuses }).notNull().default('active'),
    /** The secret of the venue's iCalendar feed URL. */
    feedToken: text('feed_token').notNull(),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bases_venues_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('bases_venues_kind_idx').on(t.kind, t.status),
    uniqueIndex('bases_venues_feed_token_uq').on(t.feedToken),
    uniqueIndex('bases_venues_name_uq').on(t.name).where(sql`${t.status} = 'active'`),
    check('bases_venues_capacity_ck', sql`${t.capacity} > 0`),
    check('bases_venues_point_ck', sql`${t.kind} <> 'demonstration_point' OR ${t.designatedOn} IS NOT NULL`),
  ],
);

export const basesVenuePhotos = pgTable(
  'bases_venue_photos',
  {
    id: serial('id').primaryKey(),
    venueId: integer('venue_id')
      .notNull()
      .references(() => basesVenues.id),
    fileKey: text('file_key').notNull(),
    caption: text('caption').notNull().default(''),
    uploadedBy: integer('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bases_venue_photos_venue_idx').on(t.venueId)],
);

/** A period the venue is closed (renovation, holidays): bookings overlapping it are refused. */
export const basesVenueClosures = pgTable(
  'bases_venue_closures',
  {
    id: serial('id').primaryKey(),
    venueId: integer('venue_id')
      .notNull()
      .references(() => basesVenues.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    reason: text('reason').notNull(),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bases_venue_closures_venue_idx').on(t.venueId, t.startsAt), check('bases_venue_closures_range_ck', sql`${t.endsAt} > ${t.startsAt}`)],
);

export const bookingStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

/**
 * A booking of a venue for a time range, by an organisation, for an activity or a named event. Pending and approved
 * bookings hold their slot: an exclusion constraint over (venue_id, during) refuses any overlap (migration 0009).
 */
export const basesBookings = pgTable(
  'bases_bookings',
  {
    id: serial('id').primaryKey(),
    venueId: integer('venue_id')
      .notNull()
      .references(() => basesVenues.id),
    /** The activity held there (activities module), when the booking is for one. */
    activityId: integer('activity_id'),
    title: text('title').notNull(),
    /** The booking organisation. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    during: tstzrange('during')
      .notNull()
      .generatedAlwaysAs(sql`tstzrange(starts_at, ends_at, '[)')`),
    status: text('status', { enum: bookingStatuses }).notNull(),
    expectedAttendees: integer('expected_attendees').notNull().default(0),
    /** Attendees counted after the event (for activity bookings, the activity's attendance when not given). */
    attendees: integer('attendees'),
    note: text('note').notNull().default(''),
    requestedBy: integer('requested_by'),
    decidedBy: integer('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bases_bookings_venue_idx').on(t.venueId, t.startsAt),
    index('bases_bookings_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('bases_bookings_status_idx').on(t.status, t.createdAt),
    index('bases_bookings_activity_idx').on(t.activityId),
    check('bases_bookings_range_ck', sql`${t.endsAt} > ${t.startsAt}`),
    check('bases_bookings_attendees_ck', sql`${t.expectedAttendees} >= 0 AND (${t.attendees} IS NULL OR ${t.attendees} >= 0)`),
  ],
);

export const projectStatuses = ['planned', 'running', 'concluded'] as const;

/** A 党建“第一粒扣子” project: a programme for young cadres' first steps, run by an organisation. */
export const basesProjects = pgTable(
  'bases_projects',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    summary: text('summary').notNull().default(''),
    goal: text('goal').notNull().default(''),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    status: text('status', { enum: projectStatuses }).notNull().default('running'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bases_projects_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    uniqueIndex('bases_projects_name_uq').on(t.name),
    check('bases_projects_range_ck', sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** A step of a project's plan. */
export const basesProjectMilestones = pgTable(
  'bases_project_milestones',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => basesProjects.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('bases_project_milestones_project_idx').on(t.projectId, t.sort)],
);

/** A member of a project's cohort. */
export const basesProjectMembers = pgTable(
  'bases_project_members',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => basesProjects.id),
    personId: integer('person_id').notNull(),
    /** 学员 or 导师. */
    role: text('role', { enum: ['trainee', 'mentor'] }).notNull().default('trainee'),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.personId] }), index('bases_project_members_person_idx').on(t.personId)],
);

/** A cohort member's completion of a milestone: the progress per member. */
export const basesProjectProgress = pgTable(
  'bases_project_progress',
  {
    milestoneId: integer('milestone_id')
      .notNull()
      .references(() => basesProjectMilestones.id),
    personId: integer('person_id').notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: integer('recorded_by'),
  },
  (t) => [primaryKey({ columns: [t.milestoneId, t.personId] })],
);

/** Activities held as part of a project. */
export const basesProjectActivities = pgTable(
  'bases_project_activities',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => basesProjects.id),
    activityId: integer('activity_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.activityId] })],
);

/** A result of a project with its evidence (text, optionally a file). */
export const basesProjectResults = pgTable(
  'bases_project_results',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => basesProjects.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    achievedOn: date('achieved_on', { mode: 'string' }).notNull(),
    fileKey: text('file_key'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bases_project_results_project_idx').on(t.projectId)],
);

/** A party-building brand (品牌) of the committee, with the figures that speak for it. */
export const basesBrands = pgTable(
  'bases_brands',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    description: text('description').notNull().default(''),
    /** Names of the modules carrying the brand (e.g. pairing, squads). */
    linkedModules: text('linked_modules').array().notNull().default([]),
    /** Names of registered metrics (MetricDef.name) shown as the brand's figures. */
    metricNames: text('metric_names').array().notNull().default([]),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('bases_brands_code_uq').on(t.code), index('bases_brands_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops'))],
);

export const brandEntryKinds = ['milestone', 'honour'] as const;
export const honourLevels = ['national', 'provincial', 'municipal', 'other'] as const;

/** A brand's milestone or honour received (e.g. the national 示范品牌). */
export const basesBrandEntries = pgTable(
  'bases_brand_entries',
  {
    id: serial('id').primaryKey(),
    brandId: integer('brand_id')
      .notNull()
      .references(() => basesBrands.id),
    kind: text('kind', { enum: brandEntryKinds }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Honours: the level and who awarded it. */
    level: text('level', { enum: honourLevels }),
    awardedBy: text('awarded_by'),
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bases_brand_entries_brand_idx').on(t.brandId, t.happenedOn), check('bases_brand_entries_level_ck', sql`(${t.kind} = 'honour') = (${t.level} IS NOT NULL)`)],
);
