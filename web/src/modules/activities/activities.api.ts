import type { Answer, Schema } from '../../kernel/api-client.js';

/** The activities API's shapes, named by the server's schemas (web/src/api/openapi.ts). */
export type Activity = Schema<'Activity'>;
export type ActivityStatus = Activity['status'];
export type MyActivity = Schema<'MyActivity'>;
export type ActivityType = Schema<'ActivityType'>;
export type ActivityCategory = Schema<'ActivityCategory'>;
export type Signup = Schema<'Signup'>;
export type Attendance = Schema<'Attendance'>;
export type Photo = Schema<'ActivityPhoto'>;
export type CheckinToken = Schema<'CheckinToken'>;
export type CheckinResult = Schema<'CheckinResult'>;
export type SignupResult = Schema<'SignupResult'>;
export type CheckoutResult = Answer<'/api/v1/me/activities/{id}/checkout', 'post'>;
