import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { pairingEntrepreneurs } from '../pairing.schema.js';

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
  },
  (t) => [
    uniqueIndex('pairing_cosession_signups_uq').on(t.activityId, t.entrepreneurId),
    index('pairing_cosession_signups_entrepreneur_idx').on(t.entrepreneurId, t.signedUpAt),
    index('pairing_cosession_signups_checked_in_idx').on(t.checkedInAt),
    check('pairing_cosession_signups_checkin_ck', sql`(${t.checkedInAt} IS NULL) = (${t.checkinMethod} IS NULL)`),
    check('pairing_cosession_signups_cancelled_ck', sql`${t.cancelledAt} IS NULL OR ${t.checkedInAt} IS NULL`),
  ],
);
