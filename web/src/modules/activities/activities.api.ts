import type { Schema } from '../../kernel/api-client.js';

/** The activities API's shapes, named by the server's schemas (web/src/api/openapi.ts). */
/** An activity as organisers see it, with where it comes from (`origin`: read-only unless `own`). */
export type Activity = Schema<'ManagedActivity'>;
export type MyActivity = Schema<'MyActivity'>;
export type Signup = Schema<'Signup'>;
export type Attendance = Schema<'Attendance'>;
export type Photo = Schema<'ActivityPhoto'>;
export type CheckinResult = Schema<'CheckinResult'>;
