import { createHash, randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { dueAt, type DeadlineUnit } from '../deadlines.js';
import { loadCalendar, resolveDepartment, rootPath, type DemandRow } from '../demands.access.js';
import { districtCodes, streetDistrict } from '../demands.reference.js';
import { recordEvent, systemActor, type Actor } from './record-event.js';

export interface IntakeInput {
  categoryCode: string;
  title?: string;
  description: string;
  address?: string;
  lat?: number | null;
  long?: number | null;
  districtCode: string;
  streetCode?: string | null;
  citizenName?: string | null;
  citizenPhone?: string | null;
  channel: 'web' | 'hotline' | 'api' | 'open311';
  /** 'account:<id>', 'key:<id>' or 'public'. */
  clientKey: string;
  clientRequestId?: string | null;
}

export interface IntakeOptions {
  actor: Actor;
  /** Public channel: at most this many submissions per phone per day. */
  phoneDailyLimit?: number;
  now?: Date;
}

export const phoneHash = (phone: string) => createHash('sha256').update(`vanguard-demands:${phone}`).digest('hex');

// No 0/O/1/I, so a code read over the phone is not misheard.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export function newTrackingCode(now: Date): string {
  const day = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(2, 10).replace(/-/g, '');
  let tail = '';
  for (let i = 0; i < 6; i++) tail += ALPHABET[randomInt(ALPHABET.length)];
  return `QD${day}${tail}`;
}

function validate(input: IntakeInput) {
  if (!districtCodes.has(input.districtCode)) throw new AppError('validation_failed', [{ field: 'districtCode', message: 'unknown district' }]);
  if (input.streetCode && streetDistrict.get(input.streetCode) !== input.districtCode) {
    throw new AppError('validation_failed', [{ field: 'streetCode', message: 'street is not in the district' }]);
  }
  if (!input.address?.trim() && (input.lat == null || input.long == null)) {
    throw new AppError('validation_failed', [{ field: 'address', message: 'address or lat/long required' }]);
  }
}

/**
 * Records a new demand and dispatches it by the rules when one matches. With a client
 * request id, a repeat of the same submission returns the first demand (created = false).
 */
export async function intake(db: Db, req: FastifyRequest | null, input: IntakeInput, opts: IntakeOptions): Promise<{ demand: DemandRow; created: boolean }> {
  validate(input);
  const now = opts.now ?? new Date();
  return transaction(db, async (tx) => {
    const [cat] = await rows<{ name: string; response_value: number; response_unit: DeadlineUnit; resolution_value: number; resolution_unit: DeadlineUnit }>(
      tx,
      sql`SELECT name, response_value, response_unit, resolution_value, resolution_unit FROM demand_categories WHERE code = ${input.categoryCode} AND active`,
    );
    if (!cat) throw new AppError('validation_failed', [{ field: 'categoryCode', message: 'unknown or inactive category' }]);

    const [{ id }] = await rows<{ id: string }>(tx, sql`SELECT nextval(pg_get_serial_sequence('demands', 'id')) AS id`);
    if (input.clientRequestId) {
      // The key row is taken first: a concurrent duplicate waits on it, then finds the winner's demand.
      const claimed = await rows(tx, sql`INSERT INTO demand_client_requests (client_key, client_request_id, district_code, demand_id)
        VALUES (${input.clientKey}, ${input.clientRequestId}, ${input.districtCode}, ${id}) ON CONFLICT DO NOTHING RETURNING demand_id`);
      if (claimed.length === 0) {
        const [existing] = await rows<DemandRow>(tx, sql`SELECT d.* FROM demand_client_requests c JOIN demands d ON d.district_code = c.district_code AND d.id = c.demand_id
          WHERE c.client_key = ${input.clientKey} AND c.client_request_id = ${input.clientRequestId}`);
        if (!existing) throw new AppError('conflict', { field: 'clientRequestId' });
        return { demand: existing, created: false };
      }
    }
    const hash = input.citizenPhone ? phoneHash(input.citizenPhone) : null;
    if (hash && opts.phoneDailyLimit) {
      const [q] = await rows<{ count: number }>(tx, sql`INSERT INTO demand_phone_quota (phone_hash, day, count)
        VALUES (${hash}, (${now.toISOString()}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, 1)
        ON CONFLICT (phone_hash, day) DO UPDATE SET count = demand_phone_quota.count + 1 RETURNING count`);
      if (q.count > opts.phoneDailyLimit) throw new AppError('rate_limited', { field: 'phone', limit: opts.phoneDailyLimit });
    }

    let trackingCode = '';
    for (let attempt = 0; !trackingCode; attempt++) {
      if (attempt > 5) throw new Error('could not allocate a tracking code');
      const code = newTrackingCode(now);
      const taken = await rows(tx, sql`INSERT INTO demand_tracking (tracking_code, district_code, demand_id) VALUES (${code}, ${input.districtCode}, ${id}) ON CONFLICT DO NOTHING RETURNING 1`);
      if (taken.length) trackingCode = code;
    }

    const calendar = await loadCalendar(tx, now);
    const responseDue = dueAt(now, { value: cat.response_value, unit: cat.response_unit }, calendar);
    const resolutionDue = dueAt(now, { value: cat.resolution_value, unit: cat.resolution_unit }, calendar);
    const dept = await resolveDepartment(tx, input.categoryCode, input.districtCode);
    const description = input.description.trim();
    const title = (input.title?.trim() || description.replace(/\s+/g, ' ').slice(0, 30)).slice(0, 120);
    const address = input.address?.trim() ?? '';
    const ts = now.toISOString();

    let [demand] = await rows<DemandRow>(
      tx,
      sql`INSERT INTO demands (id, district_code, street_code, tracking_code, channel, client_key, client_request_id, category_code, title, description,
            address, lat, long, citizen_name, citizen_phone, phone_hash, status, org_path, received_at, response_due_at, resolution_due_at, search_text, updated_at)
          OVERRIDING SYSTEM VALUE VALUES (${id}, ${input.districtCode}, ${input.streetCode ?? null}, ${trackingCode}, ${input.channel}, ${input.clientKey}, ${input.clientRequestId ?? null},
            ${input.categoryCode}, ${title}, ${description}, ${address}, ${input.lat ?? null}, ${input.long ?? null}, ${input.citizenName?.trim() || null},
            ${input.citizenPhone || null}, ${hash}, 'received', ${await rootPath(tx)}, ${ts}::timestamptz, ${responseDue.toISOString()}::timestamptz,
            ${resolutionDue.toISOString()}::timestamptz, ${`${title} ${description} ${address}`}, ${ts}::timestamptz)
          RETURNING *`,
    );
    await recordEvent(tx, demand, { action: 'receive', from: null, to: 'received', actor: opts.actor, data: { channel: input.channel } });
    if (dept) {
      [demand] = await rows<DemandRow>(tx, sql`UPDATE demands SET status = 'dispatched', org_id = ${dept.id}, org_path = ${dept.path}, dispatched_at = ${ts}::timestamptz
        WHERE district_code = ${input.districtCode} AND id = ${id} RETURNING *`);
      await recordEvent(tx, demand, { action: 'dispatch', from: 'received', to: 'dispatched', actor: systemActor, note: '按派单规则自动派单', data: { orgId: dept.id, orgName: dept.name, auto: true } });
    }
    await audit(tx, req, {
      action: 'demands.intake',
      entity: 'demand',
      entityId: id,
      orgId: demand.org_id,
      orgPath: demand.org_path,
      summary: `${trackingCode} ${cat.name} (${input.channel})`,
      ...(req?.auth ? {} : { actor: { accountId: null, username: input.clientKey } }),
    });
    return { demand, created: true };
  });
}
