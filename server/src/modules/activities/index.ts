/**
 * What other modules may use of the activities engine. `createActivity` runs inside the caller's transaction when
 * given one (drizzle nests it as a savepoint), checks the organiser and audience organisations against the scope and
 * audits; its input is `createActivityBody`'s output (parse a plain object with `createActivityBody.parse`).
 */
export { createActivity } from './commands/create-activity.js';
export { createActivityBody } from './activities.dto.js';
export type { CreateActivityInput } from './commands/create-activity.js';
export { attendanceOf, activityBrief, activityBriefs, listGuestActivities, heldOfType, attendanceOfType } from './activities.exports.js';
export type { AttendanceFact, ActivityBrief, GuestActivity } from './activities.exports.js';
/** For participants kept by another module (guests, e.g. entrepreneurs): the same rules of sign-up, seats and check-in. */
export { assertSignupOpen } from './commands/sign-up.js';
export { assertCheckinOpen, assertCheckinProof, type CheckinProof } from './commands/check-in.js';
export { freeSeat } from './commands/cancel-signup.js';
export { guestInAudience, lockActivityForGuest, takeSeat, type Guest } from './commands/guest-seat.js';
export { parseTokenActivity } from './checkin-token.js';
import './activities.events.js';
