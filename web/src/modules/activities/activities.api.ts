import type { Schema } from '../../kernel/api-client.js';

/** The activities API's shapes, named by the server's schemas (web/src/api/openapi.ts). */
export type Activity = Schema<'Activity'>;
export type MyActivity = Schema<'MyActivity'>;
export type Signup = Schema<'Signup'>;
export type Attendance = Schema<'Attendance'>;
export type Photo = Schema<'ActivityPhoto'>;
export type CheckinResult = Schema<'CheckinResult'>;
