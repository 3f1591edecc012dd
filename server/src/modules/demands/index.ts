import type { FastifyRequest } from 'fastify';
import type { Db } from '../../kernel/db/client.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';
import { transition } from './workflow/transition.js';

/** What other modules may use of the demands engine (test/module-boundaries.test.ts keeps them to this file). */

export { intake, type IntakeInput, type IntakeOptions, type IntakeResult } from './intake/intake.js';
export { registerDemandCategories, type CategoryDef } from './config/registered-categories.js';
export { statusLabels, type DemandStatus } from './workflow/demands.machine.js';
export { agencyName, type DemandRow } from './demands.access.js';
export type { Actor } from './workflow/record-event.js';
export { districtCodes as demandDistrictCodes } from './config/demands.reference.js';
/**
 * The one way a demand changes state (permission, scope and transition checked, trail and audit written). `at` replays
 * it at a past moment: deadlines, timestamps and the trail follow that clock (demo data moved through the workflow).
 */
export { transition as demandTransition, type Caller as DemandCaller, type TransitionInput as DemandTransitionInput } from './workflow/transition.js';
export type { DemandAction } from './workflow/demands.machine.js';
export {
  readMultipartSubmission, submittedPhotos, writePhotos, removePhotos, recordPhoto, attachmentKinds, MAX_PHOTOS, MAX_PHOTO_BYTES, type SubmissionFiles,
} from './citizen/citizen-photos.js';
export { demandFiles, fileMime, sendDemandFile } from './workflow/demand-files.js';
export { demandRateSql } from './analytics/rate-sql.js';

export type SubmitterRating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';

/**
 * The submitter's verdict on the answer, the same callback transition as a citizen's (dissatisfied reopens it).
 * The caller has checked that `auth` submitted demand `demandId`.
 */
export function rateAsSubmitter(db: Db, req: FastifyRequest | null, auth: AuthContext, demandId: number, result: SubmitterRating, comment?: string, at?: Date) {
  return transition(db, req, { kind: 'submitter', auth }, demandId, 'callback', { result, comment }, at);
}
