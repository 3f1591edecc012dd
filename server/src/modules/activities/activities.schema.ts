import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Categories and types are data: a new kind of activity is a row, not code. */
export const activityCategories = pgTable('activity_categories', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  sort: integer('sort').notNull().default(0),
  /** Inactive categories stay on old activities but are offered for no new type. */
  active: boolean('active').notNull().default(true),
});

export const activityTypes = pgTable('activity_types', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  categoryCode: text('category_code').notNull(),
  countsServiceHours: boolean('counts_service_hours').notNull().default(false),
  sort: integer('sort').notNull().default(0),
  /** Inactive types stay on old activities but are offered for no new one. */
  active: boolean('active').notNull().default(true),
});

export const activityStatuses = ['draft', 'published', 'cancelled'] as const;

export const activities = pgTable(
  'activities',
  {
    id: serial('id').primaryKey(),
    typeCode: text('type_code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    venue: text('venue').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity'),
    signupOpensAt: timestamp('signup_opens_at', { withTimezone: true }),
    signupClosesAt: timestamp('signup_closes_at', { withTimezone: true }),
    /** Org paths whose members may sign up; empty = the organiser's subtree. */
    audiencePaths: text('audience_paths').array().notNull().default([]),
    /** Roles that may sign up; empty = any. */
    audienceRoles: text('audience_roles').array().notNull().default([]),
    status: text('status', { enum: activityStatuses }).notNull().default('published'),
    confirmedCount: integer('confirmed_count').notNull().default(0),
    waitlistCount: integer('waitlist_count').notNull().default(0),
    /** Attendance rows and their service hours, kept by a trigger on activity_attendance (migration 0004) for the figures. */
    attendedCount: integer('attended_count').notNull().default(0),
    serviceHoursTotal: numeric('service_hours_total', { precision: 12, scale: 2 }).notNull().default('0'),
    checkinSecret: text('checkin_secret').notNull(),
    summary: text('summary'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('activities_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('activities_starts_idx').on(t.startsAt),
    // What members can still join: published and not yet over (the phone's 可报名 list), without reading the past.
    index('activities_published_ends_idx').on(t.endsAt).where(sql`status = 'published'`),
  ],
);

export const signupStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const;

export const activitySignups = pgTable(
  'activity_signups',
  {
    id: serial('id').primaryKey(),
    activityId: integer('activity_id').notNull().references(() => activities.id),
    personId: integer('person_id').notNull(),
    status: text('status', { enum: signupStatuses }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('activity_signups_uq').on(t.activityId, t.personId), index('activity_signups_person_idx').on(t.personId)],
);

export const attendanceMethods = ['qr', 'code', 'manual'] as const;

export const activityAttendance = pgTable(
  'activity_attendance',
  {
    id: serial('id').primaryKey(),
    activityId: integer('activity_id').notNull().references(() => activities.id),
    personId: integer('person_id').notNull(),
    method: text('method', { enum: attendanceMethods }).notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull().defaultNow(),
    checkedOutAt: timestamp('checked_out_at', { withTimezone: true }),
    serviceHours: numeric('service_hours', { precision: 6, scale: 2 }),
    recordedBy: integer('recorded_by'),
  },
  (t) => [uniqueIndex('activity_attendance_uq').on(t.activityId, t.personId)],
);

/** Secret calendar URLs: one per person (their activities) and one per organisation (what it organises). */
export const calendarTokens = pgTable(
  'activity_calendar_tokens',
  {
    token: text('token').primaryKey(),
    personId: integer('person_id'),
    orgId: integer('org_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('activity_calendar_person_uq').on(t.personId), uniqueIndex('activity_calendar_org_uq').on(t.orgId)],
);

/** Photos of an activity for its summary; files live under DATA_DIR/uploads/activities. */
export const activityPhotos = pgTable(
  'activity_photos',
  {
    id: serial('id').primaryKey(),
    activityId: integer('activity_id').notNull().references(() => activities.id),
    fileKey: text('file_key').notNull(),
    caption: text('caption').notNull().default(''),
    uploadedBy: integer('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activity_photos_activity_idx').on(t.activityId)],
);
