import { createHash, randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import type { AuditEntry } from '../../../kernel/audit/audit.js';
import { dueAt, type DeadlineUnit } from '../workflow/deadlines.js';
import type { DemandRow, Department } from '../demands.access.js';
import { searchTokens } from './demands.search.js';
import { systemActor, type Actor } from '../workflow/record-event.js';

// What a new demand is made of, whether it is written on its own (intake-one.ts) or with others (intake-batch.ts).

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
