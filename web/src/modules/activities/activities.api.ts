import type { Schema } from '../../kernel/api-client.js';

/** The activities API's shapes, named by the server's schemas (web/src/api/openapi.ts). */
export type Activity = Schema<'Activity'>;
/** An activity in the organisers' list and detail, with where it comes from (read-only unless `own`). */
export type ManagedActivity = Schema<'ManagedActivity'>;
export type MyActivity = Schema<'MyActivity'>;
export type Signup = Schema<'Signup'>;
export type Attendance = Schema<'Attendance'>;
export type Photo = Schema<'ActivityPhoto'>;
export type CheckinResult = Schema<'CheckinResult'>;
