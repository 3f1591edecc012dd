/**
 * What other modules may use of the activities engine. `createActivity` runs inside the caller's transaction when
 * given one (drizzle nests it as a savepoint), checks the organiser and audience organisations against the scope and
 * audits; its input is `createActivityBody`'s output (parse a plain object with `createActivityBody.parse`).
 */
export { createActivity } from './commands/create-activity.js';
export { createActivityBody } from './activities.dto.js';
export type { CreateActivityInput } from './commands/create-activity.js';
export { attendanceOf, activityBrief, activityBriefs } from './activities.exports.js';
export type { AttendanceFact, ActivityBrief } from './activities.exports.js';
import './activities.events.js';
