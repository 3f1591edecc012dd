import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { communities } from './communities.schema.js';

/**
 * 谁组织谁记录: the organiser's hours per (activity, person), from attendance at check-out; adjustable by the
 * organiser with a reason; confirmed (or returned with a reason) by the community's staff.
 * pending → confirmed | returned; returned → pending (the organiser adjusts). Only confirmed hours count.
 */
export const hoursStatuses = ['pending', 'confirmed', 'returned'] as const;

export const serviceHours = pgTable(
  'community_service_hours',
  {
    id: serial('id').primaryKey(),
    activityId: integer('activity_id').notNull(),
    personId: integer('person_id').notNull(),
    /** The community whose staff confirm (from community_activities). */
    communityId: integer('community_id').notNull().references(() => communities.id),
    /** The organising organisation's path (activities.org_path): organisers' scope. */
    orgPath: text('org_path').notNull(),
    recordedHours: numeric('recorded_hours', { precision: 6, scale: 2 }).notNull(),
    recordedBy: integer('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    adjustedHours: numeric('adjusted_hours', { precision: 6, scale: 2 }),
    adjustReason: text('adjust_reason'),
    adjustedBy: integer('adjusted_by'),
    adjustedAt: timestamp('adjusted_at', { withTimezone: true }),
    /** What counts: the adjusted hours when there are any, else the recorded ones. */
    hours: numeric('hours', { precision: 6, scale: 2 }).generatedAlwaysAs(sql`coalesce(adjusted_hours, recorded_hours)`),
    status: text('status', { enum: hoursStatuses }).notNull().default('pending'),
    confirmedBy: integer('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('community_service_hours_uq').on(t.activityId, t.personId),
    index('community_service_hours_queue_idx').on(t.communityId, t.status),
    index('community_service_hours_person_idx').on(t.personId, t.status),
    index('community_service_hours_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    check('community_service_hours_range_ck', sql`${t.recordedHours} >= 0 AND (${t.adjustedHours} IS NULL OR ${t.adjustedHours} >= 0)`),
    check('community_service_hours_adjust_ck', sql`${t.adjustedHours} IS NULL OR (${t.adjustReason} IS NOT NULL AND ${t.adjustedBy} IS NOT NULL)`),
    check('community_service_hours_confirmed_ck', sql`${t.status} <> 'confirmed' OR (${t.confirmedBy} IS NOT NULL AND ${t.confirmedAt} IS NOT NULL)`),
    check('community_service_hours_returned_ck', sql`${t.status} <> 'returned' OR ${t.returnReason} IS NOT NULL`),
  ],
);

/** An hours certificate: what it said when issued, checkable by anyone through its random code. */
export const hoursCertificates = pgTable(
  'community_hours_certificates',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull(),
    /** Random, unguessable; printed on the PDF and checked on the public page. */
    verificationCode: text('verification_code').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    totalHours: numeric('total_hours', { precision: 8, scale: 2 }).notNull(),
    activityCount: integer('activity_count').notNull(),
    /** Snapshot of the certificate's content (name, teams, communities, activities) as printed. */
    content: jsonb('content').notNull(),
  },
  (t) => [
    uniqueIndex('community_hours_certificates_code_uq').on(t.verificationCode),
    index('community_hours_certificates_person_idx').on(t.personId, t.issuedAt),
    check('community_hours_certificates_period_ck', sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);
