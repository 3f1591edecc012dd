import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { departmentSql, rootPath, type DemandRow } from '../demands.access.js';
import {
  holidaysFromSql,
  intakeAuditEntry,
  newDemandFields,
  newTrackingCode,
  type CategoryLookup,
  type IntakeInput,
  type IntakeOptions,
  type IntakeResult,
} from './new-demand.js';

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
            e AS (INSERT INTO demand_events (district_code, demand_id, action, from_status, to_status, actor_account_id, actor_name, org_id, note, data, at)
                  SELECT d.district_code, d.id, ev.*, coalesce(${opts.now ? ts : null}::timestamptz, now()) FROM d CROSS JOIN (VALUES ${sql.join(events, sql`, `)}) AS ev(action, from_status, to_status, actor_account_id, actor_name, org_id, note, data))
            SELECT * FROM d`,
      );
    }
    await audit(tx, req, intakeAuditEntry(req, input, demand, cat.name));
    await opts.afterInsert?.(tx, demand);
    return { demand, created: true };
  });
}
