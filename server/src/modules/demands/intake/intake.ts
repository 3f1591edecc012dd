import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { districtCodes, streetDistrict } from '../config/demands.reference.js';
import { normalisePhone, stripXmlIllegal } from '../../../../../common/citizen-text.js';
import { batchedIntake } from './intake-batch.js';
import { intakeOne } from './intake-one.js';
import type { IntakeInput, IntakeOptions, IntakeResult } from './new-demand.js';

export type { IntakeInput, IntakeOptions, IntakeResult } from './new-demand.js';

export function validateIntake(input: IntakeInput) {
  if (!input.description.trim()) throw new AppError('validation_failed', [{ field: 'description', message: 'description required' }]);
  if (!districtCodes.has(input.districtCode)) throw new AppError('validation_failed', [{ field: 'districtCode', message: 'unknown district' }]);
  if (input.streetCode && streetDistrict.get(input.streetCode) !== input.districtCode) {
    throw new AppError('validation_failed', [{ field: 'streetCode', message: 'street is not in the district' }]);
  }
  if (!input.address?.trim() && (input.lat == null || input.long == null)) {
    throw new AppError('validation_failed', [{ field: 'address', message: 'address or lat/long required' }]);
  }
}

/** The public channels take no category of another module's audience (pairing's enterprise concerns); unknown ones are intake's to refuse. */
export async function assertPublicCategory(db: Db, code: string) {
  const [cat] = await rows<{ audience: string }>(db, sql`SELECT audience FROM demand_categories WHERE code = ${code}`);
  if (cat && cat.audience !== 'public') throw new AppError('validation_failed', [{ field: 'categoryCode', message: 'this category is not open to the public' }]);
}

/** Whatever channel it came by: no character that would break the Open311 XML, one spelling per phone number. */
export function cleanIntakeInput(input: IntakeInput): IntakeInput {
  const clean = (v: string | null | undefined) => (v == null ? v : stripXmlIllegal(v));
  return {
    ...input,
    title: clean(input.title) ?? undefined,
    description: stripXmlIllegal(input.description),
    address: clean(input.address) ?? undefined,
    citizenName: clean(input.citizenName),
    citizenPhone: input.citizenPhone ? (normalisePhone(input.citizenPhone) ?? input.citizenPhone) : input.citizenPhone,
  };
}

/**
 * Records a new demand and dispatches it by the rules when one matches. With a client
 * request id, a repeat of the same submission returns the first demand (created = false).
 * Plain intakes (no client request id, no per-phone quota, no afterInsert, no citizen secret) are written in batches with
 * whatever other intakes arrive at the same time.
 */
export async function intake(db: Db, req: FastifyRequest | null, given: IntakeInput, opts: IntakeOptions): Promise<IntakeResult> {
  const input = cleanIntakeInput(given);
  validateIntake(input);
  if (!input.clientRequestId && !opts.phoneDailyLimit && !opts.now && !opts.afterInsert && !opts.citizenTokenHash) return batchedIntake(db, req, input, opts);
  return intakeOne(db, req, input, opts);
}
