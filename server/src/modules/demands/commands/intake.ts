import { createHash, randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, type AuditEntry } from '../../../kernel/audit/audit.js';
import { dueAt, type DeadlineUnit } from '../deadlines.js';
import { departmentSql, rootPath, type DemandRow, type Department } from '../demands.access.js';
import { districtCodes, streetDistrict } from '../demands.reference.js';
import { systemActor, type Actor } from './record-event.js';
import { searchTokens } from '../demands.search.js';
import { batchedIntake } from './intake-batch.js';
import { normalisePhone, stripXmlIllegal } from '../citizen-text.js';

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
  /** Runs in the new demand's transaction, after its audit entry: what it writes stands or falls with the demand. */
  afterInsert?: (tx: Db, demand: DemandRow) => Promise<void>;
  /** SHA-256 of the secret handed to a web submitter (citizen-token.ts), kept beside the tracking code. */
  citizenTokenHash?: string;
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

export interface IntakeResult {
  demand: DemandRow;
  created: boolean;
}

/** The category with its deadlines, the department the rules pick, and the holidays from today on. */
export interface CategoryLookup {
  id: string;
  name: string;
  response_value: number;
  response_unit: DeadlineUnit;
  resolution_value: number;
  resolution_unit: DeadlineUnit;
  holidays: [string, boolean][] | null;
  dept: Department | null;
}

export const holidaysFromSql = (now: Date) =>
  sql`(SELECT json_agg(json_build_array(to_char(day, 'YYYY-MM-DD'), is_workday) ORDER BY day) FROM demand_holidays
        WHERE day >= (${now.toISOString()}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date)`;

/** What a new demand's row and trail are made of, apart from its id and tracking code. */
export function newDemandFields(input: IntakeInput, cat: CategoryLookup, now: Date, actor: Actor) {
  const calendar = new Map(cat.holidays ?? []);
  const dept = cat.dept;
  const description = input.description.trim();
  const title = (input.title?.trim() || description.replace(/\s+/g, ' ').slice(0, 30)).slice(0, 120);
  const address = input.address?.trim() ?? '';
  const text = `${title} ${description} ${address}`;
  const events: { action: string; from: string | null; to: string; actor: Actor; orgId: number | null; note: string; data: unknown }[] = [
    { action: 'receive', from: null, to: 'received', actor, orgId: null, note: '', data: { channel: input.channel } },
  ];
  if (dept) events.push({ action: 'dispatch', from: 'received', to: 'dispatched', actor: systemActor, orgId: dept.id, note: '按派单规则自动派单', data: { orgId: dept.id, orgName: dept.name, auto: true } });
  return {
    dept,
    title,
    description,
    address,
    status: dept ? ('dispatched' as const) : ('received' as const),
    responseDue: dueAt(now, { value: cat.response_value, unit: cat.response_unit }, calendar),
    resolutionDue: dueAt(now, { value: cat.resolution_value, unit: cat.resolution_unit }, calendar),
    hash: input.citizenPhone ? phoneHash(input.citizenPhone) : null,
    searchText: text,
    // A title cut from the description adds no words of its own (only a word cut in half), so only a given title is segmented.
    searchTokens: searchTokens(input.title?.trim() ? text : `${description} ${address}`),
    events,
  };
}

/** The audit entry of a new demand; without a session the client key says who sent it. */
export function intakeAuditEntry(
  req: FastifyRequest | null,
  input: IntakeInput,
  demand: Pick<DemandRow, 'id' | 'org_id' | 'org_path' | 'tracking_code'>,
  categoryName: string,
): AuditEntry {
  return {
    action: 'demands.intake',
    entity: 'demand',
    entityId: demand.id,
    orgId: demand.org_id,
    orgPath: demand.org_path,
    summary: `${demand.tracking_code} ${categoryName} (${input.channel})`,
    ...(req?.auth ? {} : { actor: { accountId: null, username: input.clientKey } }),
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

/** One intake in its own transaction. */
export async function intakeOne(db: Db, req: FastifyRequest | null, input: IntakeInput, opts: IntakeOptions): Promise<IntakeResult> {
  const now = opts.now ?? new Date();
  const root = await rootPath(db); // cached per database, so read it outside the transaction
  return transaction(db, async (tx) => {
    // One round trip for the category, the demand id, the holiday calendar and the department.
    const [cat] = await rows<CategoryLookup>(
      tx,
      sql`SELECT nextval(pg_get_serial_sequence('demands', 'id')) AS id, name, response_value, response_unit, resolution_value, resolution_unit,
                 (SELECT row_to_json(x) FROM (${departmentSql(input.categoryCode, input.districtCode)}) x) AS dept, ${holidaysFromSql(now)} AS holidays
            FROM demand_categories WHERE code = ${input.categoryCode} AND active`,
    );
    if (!cat) throw new AppError('validation_failed', [{ field: 'categoryCode', message: 'unknown or inactive category' }]);
    const id = cat.id;
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
    const f = newDemandFields(input, cat, now, opts.actor);
    const hash = f.hash;
    if (hash && opts.phoneDailyLimit) {
      const [q] = await rows<{ count: number }>(tx, sql`INSERT INTO demand_phone_quota (phone_hash, day, count)
        VALUES (${hash}, (${now.toISOString()}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, 1)
        ON CONFLICT (phone_hash, day) DO UPDATE SET count = demand_phone_quota.count + 1 RETURNING count`);
      if (q.count > opts.phoneDailyLimit) throw new AppError('rate_limited', { field: 'phone', limit: opts.phoneDailyLimit });
    }
    const { dept, title, description, address, status } = f;
    const ts = now.toISOString();
    const events = f.events.map(
      (e) => sql`(${e.action}, ${e.from}::text, ${e.to}, ${e.actor.accountId}::int, ${e.actor.name}, ${e.orgId}::int, ${e.note}, ${JSON.stringify(e.data)}::jsonb)`,
    );

    // Tracking code, demand (already dispatched when a rule matches) and its trail in one statement;
    // a tracking-code collision inserts nothing and is retried with a new code.
    let demand: DemandRow | undefined;
    let trackingCode = '';
    for (let attempt = 0; !demand; attempt++) {
      if (attempt > 5) throw new Error('could not allocate a tracking code');
      trackingCode = newTrackingCode(now);
      [demand] = await rows<DemandRow>(
        tx,
        sql`WITH t AS (INSERT INTO demand_tracking (tracking_code, district_code, demand_id, citizen_token_hash)
                      VALUES (${trackingCode}, ${input.districtCode}, ${id}, ${opts.citizenTokenHash ?? null}) ON CONFLICT DO NOTHING RETURNING tracking_code),
            d AS (INSERT INTO demands (id, district_code, street_code, tracking_code, channel, client_key, client_request_id, category_code, title, description,
                    address, lat, long, citizen_name, citizen_phone, phone_hash, status, org_id, org_path, received_at, dispatched_at, response_due_at, resolution_due_at,
                    search_text, search_tokens, updated_at)
                  OVERRIDING SYSTEM VALUE SELECT ${id}, ${input.districtCode}, ${input.streetCode ?? null}, t.tracking_code, ${input.channel}, ${input.clientKey}, ${input.clientRequestId ?? null},
                    ${input.categoryCode}, ${title}, ${description}, ${address}, ${input.lat ?? null}::float8, ${input.long ?? null}::float8, ${input.citizenName?.trim() || null},
                    ${input.citizenPhone || null}, ${hash}, ${status}, ${dept?.id ?? null}::int, ${dept?.path ?? root}, ${ts}::timestamptz,
                    ${dept ? ts : null}::timestamptz, ${f.responseDue.toISOString()}::timestamptz, ${f.resolutionDue.toISOString()}::timestamptz,
                    ${f.searchText}, ${f.searchTokens}, ${ts}::timestamptz FROM t
                  RETURNING *),
            e AS (INSERT INTO demand_events (district_code, demand_id, action, from_status, to_status, actor_account_id, actor_name, org_id, note, data)
                  SELECT d.district_code, d.id, ev.* FROM d CROSS JOIN (VALUES ${sql.join(events, sql`, `)}) AS ev(action, from_status, to_status, actor_account_id, actor_name, org_id, note, data))
            SELECT * FROM d`,
      );
    }
    await audit(tx, req, intakeAuditEntry(req, input, demand, cat.name));
    await opts.afterInsert?.(tx, demand);
    return { demand, created: true };
  });
}
