import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { pairingEntrepreneurs } from '../pairing.schema.js';

export const cosessionSignupStatuses = ['confirmed', 'waitlisted', 'walk_in'] as const;

/**
 * 共学: an entrepreneur's sign-up to and check-in at a co-study session (an activity of type `co_study` of the
 * activities engine). The engine's sign-ups and attendance key on people; entrepreneurs are not people, so their
 * side lives here. A confirmed sign-up holds one of the activity's seats (`activities.confirmed_count`), so the
 * capacity counts both sides. Cancelling keeps the row (history); signing up again reopens it.
 */
export const pairingCosessionSignups = pgTable(
  'pairing_cosession_signups',
  {
    id: serial('id').primaryKey(),
    /** The activity of the activities engine (no foreign key across modules). */
    activityId: integer('activity_id').notNull(),
    entrepreneurId: integer('entrepreneur_id')
      .notNull()
      .references(() => pairingEntrepreneurs.id),
    signedUpAt: timestamp('signed_up_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    /** How the check-in was proven: the rotating QR token or the six-digit code. */
    checkinMethod: text('checkin_method', { enum: ['qr', 'code'] }),
    /** The organisation reaching the entrepreneur when they signed up (their organisation in charge): scope of the figures. */
    orgPath: text('org_path').notNull(),
    /**
     * confirmed: holds a seat; waitlisted: waits for one on the activity's one waitlist of both sides (the engine's
     * `waitlist_count`), in `signed_up_at` order; walk_in: checked in without a seat. A cancelled row keeps its last status.
     */
    status: text('status', { enum: cosessionSignupStatuses }).notNull().default('confirmed'),
    /** When a freed seat went to this waitlisted sign-up. */
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('pairing_cosession_signups_uq').on(t.activityId, t.entrepreneurId),
    index('pairing_cosession_signups_entrepreneur_idx').on(t.entrepreneurId, t.signedUpAt),
    index('pairing_cosession_signups_checked_in_idx').on(t.checkedInAt),
    check('pairing_cosession_signups_checkin_ck', sql`(${t.checkedInAt} IS NULL) = (${t.checkinMethod} IS NULL)`),
    check('pairing_cosession_signups_cancelled_ck', sql`${t.cancelledAt} IS NULL OR ${t.checkedInAt} IS NULL`),
    check('pairing_cosession_signups_waitlisted_ck', sql`${t.status} <> 'waitlisted' OR ${t.checkedInAt} IS NULL`),
    index('pairing_cosession_signups_waitlist_idx').on(t.activityId, t.signedUpAt).where(sql`${t.status} = 'waitlisted' AND ${t.cancelledAt} IS NULL`),
  ],
);
