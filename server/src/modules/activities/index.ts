/**
 * What other modules may use of the activities engine. `createActivity` runs inside the caller's transaction when
 * given one (drizzle nests it as a savepoint), checks the organiser and audience organisations against the scope and
 * audits; its input is `createActivityBody`'s output (parse a plain object with `createActivityBody.parse`).
 */
export { createActivity } from './commands/create-activity.js';
export { createActivityBody } from './activities.dto.js';
export type { CreateActivityInput } from './commands/create-activity.js';
export { attendanceOf, activityBrief, activityBriefs, listGuestActivities, listOfTypeInScope, heldOfType, attendanceOfType } from './activities.exports.js';
export type { AttendanceFact, ActivityBrief, GuestActivity, ScopedActivity } from './activities.exports.js';
/** For participants kept by another module (guests, e.g. entrepreneurs): the same rules of sign-up, seats and check-in. */
export { assertSignupOpen } from './commands/sign-up.js';
export { assertCheckinOpen, assertCheckinProof, type CheckinProof } from './commands/check-in.js';
export { guestInAudience, lockActivityForGuest, type Guest } from './commands/guest-seat.js';
/** One waitlist over people and guests: a full activity waitlists a guest too, and a freed seat goes to whoever waited longest. */
export { freeSeat, leaveWaitlist, peopleWaitingSince, registerGuestWaitlist, seatOrWait, type GuestWaitlist, type Promotion } from './commands/waitlists.js';
export { parseTokenActivity } from './checkin-token.js';
import './activities.events.js';
