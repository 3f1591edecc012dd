import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/*
 * The demand tables are laid out for Citus: `demands` and its child tables are
 * distributed by `district_code`, which is part of every primary and unique key;
 * nothing outside that family holds a foreign key into them. Small lookup tables
 * (categories, rules, holidays, tracking codes, client request ids) are reference tables.
 */

export const deadlineUnits = ['h', 'wd'] as const;
/** Who may file a demand of a category: anyone (citizen form, Open311) or only through another module (pairing's enterprise concerns). */
export const categoryAudiences = ['public', 'enterprise'] as const;
export type CategoryAudience = (typeof categoryAudiences)[number];

/** Service types (Open311 services): default handling department and the two deadlines. */
export const demandCategories = pgTable('demand_categories', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull().default(''),
  /** The handling department when no dispatch rule matches. */
  defaultOrgId: integer('default_org_id'),
  /** Agency whose party committee handles it by default, resolved to an org when present. */
  defaultAgency: text('default_agency'),
  responseValue: integer('response_value').notNull(),
  responseUnit: text('response_unit', { enum: deadlineUnits }).notNull(),
  resolutionValue: integer('resolution_value').notNull(),
  resolutionUnit: text('resolution_unit', { enum: deadlineUnits }).notNull(),
  active: boolean('active').notNull().default(true),
  sort: integer('sort').notNull().default(0),
  /** 'enterprise' categories are hidden from the public lists and refused by the public channels. */
  audience: text('audience', { enum: categoryAudiences }).notNull().default('public'),
  /** Emergencies: the citizen is told to call 110/119/120, and open ones head every queue. */
  urgent: boolean('urgent').notNull().default(false),
}, (t) => [check('demand_categories_audience_ck', sql`${t.audience} IN ('public', 'enterprise')`)]);

/** Exceptions to Monday–Friday: public holidays (is_workday false) and adjusted weekend workdays (调休, true). */
export const demandHolidays = pgTable('demand_holidays', {
  day: date('day', { mode: 'string' }).primaryKey(),
  isWorkday: boolean('is_workday').notNull(),
  name: text('name').notNull().default(''),
});

/** Category × district → handling department; district '*' matches any district. */
export const demandDispatchRules = pgTable(
  'demand_dispatch_rules',
  {
    id: serial('id').primaryKey(),
    categoryCode: text('category_code').notNull(),
    districtCode: text('district_code').notNull().default('*'),
    orgId: integer('org_id').notNull(),
    priority: integer('priority').notNull().default(0),
  },
  (t) => [uniqueIndex('demand_dispatch_rules_uq').on(t.categoryCode, t.districtCode)],
);

export const demandChannels = ['web', 'hotline', 'api', 'open311'] as const;
export const demandStatuses = ['received', 'dispatched', 'accepted', 'in_progress', 'answered', 'closed'] as const;
export const satisfactionValues = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;

export const demands = pgTable(
  'demands',
  {
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    districtCode: text('district_code').notNull(),
    streetCode: text('street_code'),
    trackingCode: text('tracking_code').notNull(),
    channel: text('channel', { enum: demandChannels }).notNull(),
    /** Who sent it: 'account:<id>', 'key:<id>' or 'public'; with client_request_id the idempotency key. */
    clientKey: text('client_key').notNull().default('public'),
    clientRequestId: text('client_request_id'),
    categoryCode: text('category_code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    address: text('address').notNull().default(''),
    lat: doublePrecision('lat'),
    long: doublePrecision('long'),
    citizenName: text('citizen_name'),
    citizenPhone: text('citizen_phone'),
    /** SHA-256 of the phone, for the per-phone limit and lookups without reading the number. */
    phoneHash: text('phone_hash'),
    status: text('status', { enum: demandStatuses }).notNull().default('received'),
    /** Handling department (an org); null while waiting for the dispatcher. */
    orgId: integer('org_id'),
    /** Path of the department, or of the committee root while unassigned: what scope filters on. */
    orgPath: text('org_path').notNull(),
    handlerAccountId: integer('handler_account_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The first answer's time: kept when a 不满意 rating reopens the demand (answered_at is then cleared). */
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    responseDueAt: timestamp('response_due_at', { withTimezone: true }).notNull(),
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }).notNull(),
    answer: text('answer'),
    returnReason: text('return_reason'),
    satisfaction: text('satisfaction', { enum: satisfactionValues }),
    reopenCount: integer('reopen_count').notNull().default(0),
    mergedIntoId: bigint('merged_into_id', { mode: 'number' }),
    /** Highest supervision level reached: 0 none, 1 yellow, 2 red. */
    supervisionLevel: smallint('supervision_level').notNull().default(0),
    /** Plain text for keyword search (title, description, address); segmented into a tsvector later. */
    searchText: text('search_text').notNull().default(''),
    /** search_text segmented into words (Intl.Segmenter), space-joined; indexed as a 'simple' tsvector. */
    searchTokens: text('search_tokens').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple', search_tokens)`),
    photoCount: smallint('photo_count').notNull().default(0),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('demands_tracking_uq').on(t.districtCode, t.trackingCode),
    uniqueIndex('demands_client_request_uq').on(t.districtCode, t.channel, t.clientKey, t.clientRequestId),
    index('demands_id_idx').on(t.id),
    index('demands_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('demands_status_due_idx').on(t.status, t.resolutionDueAt),
    index('demands_received_idx').on(t.receivedAt),
    // The queue of open demands by their deadline (queueDeadlineSql in workflow/demands.present.ts, written the same way).
    index('demands_open_queue_idx')
      .on(sql`LEAST(CASE WHEN status IN ('received','dispatched') THEN response_due_at END, resolution_due_at)`, t.receivedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status IN ('received','dispatched','accepted','in_progress')`),
    index('demands_category_district_idx').on(t.categoryCode, t.districtCode, t.receivedAt),
    index('demands_search_idx').using('gin', t.searchVector),
    index('demands_phone_hash_idx').on(t.phoneHash),
  ],
);

/**
 * Per (day received, district, category, handling department): what the demands received that day
 * have become. Kept exact by a trigger on demands (demands.rollup.ts) and rebuilt after bulk loads.
 * org_id 0 stands for "not yet dispatched" (org_path is then the committee root).
 */
const rollupCounts = () => ({
  districtCode: text('district_code').notNull(),
  categoryCode: text('category_code').notNull(),
  orgId: integer('org_id').notNull(),
  orgPath: text('org_path').notNull(),
  received: integer('received').notNull().default(0),
  merged: integer('merged').notNull().default(0),
  dispatched: integer('dispatched').notNull().default(0),
  responded: integer('responded').notNull().default(0),
  respondedInTime: integer('responded_in_time').notNull().default(0),
  answered: integer('answered').notNull().default(0),
  answeredInTime: integer('answered_in_time').notNull().default(0),
  closed: integer('closed').notNull().default(0),
  closedInTime: integer('closed_in_time').notNull().default(0),
  rated: integer('rated').notNull().default(0),
  satisfied: integer('satisfied').notNull().default(0),
  basicallySatisfied: integer('basically_satisfied').notNull().default(0),
  dissatisfied: integer('dissatisfied').notNull().default(0),
  reopened: integer('reopened').notNull().default(0),
  overdue: integer('overdue').notNull().default(0),
  responseMinutes: bigint('response_minutes', { mode: 'number' }).notNull().default(0),
  answerMinutes: bigint('answer_minutes', { mode: 'number' }).notNull().default(0),
});

export const demandDailyRollup = pgTable('demand_daily_rollup', { day: date('day', { mode: 'string' }).notNull(), ...rollupCounts() }, (t) => [
  primaryKey({ columns: [t.day, t.districtCode, t.categoryCode, t.orgId] }),
  index('demand_daily_rollup_path_idx').using('btree', t.orgPath.op('text_pattern_ops'), t.day),
]);

/** The same counts per calendar month (first day of the month): year-long figures read 12 rows per key instead of 365. */
export const demandMonthlyRollup = pgTable('demand_monthly_rollup', { month: date('month', { mode: 'string' }).notNull(), ...rollupCounts() }, (t) => [
  primaryKey({ columns: [t.month, t.districtCode, t.categoryCode, t.orgId] }),
]);

/**
 * Citizens know only the tracking code; this reference table finds the district (the shard) for it.
 * The code is public (Open311 lists it), so what a citizen may change needs the secret given to the
 * submitter alone: only its SHA-256 is kept here. Null for demands with no web submitter (hotline,
 * Open311, batch) and for those received before secrets existed — those are rated by staff callback.
 */
export const demandTracking = pgTable('demand_tracking', {
  trackingCode: text('tracking_code').primaryKey(),
  districtCode: text('district_code').notNull(),
  demandId: bigint('demand_id', { mode: 'number' }).notNull(),
  citizenTokenHash: text('citizen_token_hash'),
});

/** One row per (client, client request id): a retried submission finds its demand here. */
export const demandClientRequests = pgTable(
  'demand_client_requests',
  {
    clientKey: text('client_key').notNull(),
    clientRequestId: text('client_request_id').notNull(),
    districtCode: text('district_code').notNull(),
    demandId: bigint('demand_id', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.clientKey, t.clientRequestId] })],
);

/** The state machine's own audit trail: every transition and every note. */
export const demandEvents = pgTable(
  'demand_events',
  {
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    districtCode: text('district_code').notNull(),
    demandId: bigint('demand_id', { mode: 'number' }).notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    actorAccountId: integer('actor_account_id'),
    actorName: text('actor_name').notNull().default(''),
    orgId: integer('org_id'),
    note: text('note').notNull().default(''),
    data: jsonb('data'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.districtCode, t.id] }), index('demand_events_demand_idx').on(t.districtCode, t.demandId, t.at)],
);

export const extensionStatuses = ['pending', 'approved', 'rejected'] as const;

/** 延期: a department asks for more working days; a supervisor decides. */
export const demandExtensions = pgTable(
  'demand_extensions',
  {
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    districtCode: text('district_code').notNull(),
    demandId: bigint('demand_id', { mode: 'number' }).notNull(),
    workingDays: integer('working_days').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: extensionStatuses }).notNull().default('pending'),
    requestedBy: integer('requested_by'),
    decidedBy: integer('decided_by'),
    previousDueAt: timestamp('previous_due_at', { withTimezone: true }),
    newDueAt: timestamp('new_due_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.districtCode, t.id] }), index('demand_extensions_demand_idx').on(t.districtCode, t.demandId)],
);

/** 回访: the citizen's verdict on the answer, from the tracking page or a callback call. */
export const demandCallbacks = pgTable(
  'demand_callbacks',
  {
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    districtCode: text('district_code').notNull(),
    demandId: bigint('demand_id', { mode: 'number' }).notNull(),
    result: text('result', { enum: satisfactionValues }).notNull(),
    source: text('source', { enum: ['citizen', 'operator'] }).notNull(),
    comment: text('comment').notNull().default(''),
    accountId: integer('account_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.districtCode, t.id] }), index('demand_callbacks_demand_idx').on(t.districtCode, t.demandId)],
);

/** 督办 notices; one per demand and level, so the escalation job can run any number of times. */
export const demandSupervisions = pgTable(
  'demand_supervisions',
  {
    districtCode: text('district_code').notNull(),
    demandId: bigint('demand_id', { mode: 'number' }).notNull(),
    level: text('level', { enum: ['yellow', 'red'] }).notNull(),
    orgId: integer('org_id'),
    notifiedAccounts: integer('notified_accounts').notNull().default(0),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.districtCode, t.demandId, t.level] })],
);

export const demandPhotoKinds = ['citizen', 'result'] as const;

export const demandPhotos = pgTable(
  'demand_photos',
  {
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    districtCode: text('district_code').notNull(),
    demandId: bigint('demand_id', { mode: 'number' }).notNull(),
    fileKey: text('file_key').notNull(),
    /** 'citizen': sent with the demand; 'result': the department's photos of the result, sent with its answer. */
    kind: text('kind', { enum: demandPhotoKinds }).notNull().default('citizen'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('demand_photos_demand_idx').on(t.districtCode, t.demandId),
    check('demand_photos_kind_ck', sql`${t.kind} IN ('citizen', 'result')`),
  ],
);

/**
 * One-time codes for finding one's demands by phone number: only hashes are kept, a code expires after
 * 10 minutes and dies after 5 wrong tries; the rows of a phone also count its requests for the hourly limit.
 */
export const demandLookupCodes = pgTable(
  'demand_lookup_codes',
  {
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity().primaryKey(),
    phoneHash: text('phone_hash').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: smallint('attempts').notNull().default(0),
    usedAt: timestamp('used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('demand_lookup_codes_phone_idx').on(t.phoneHash, t.createdAt)],
);

/** Proof-of-work nonces already spent, kept until they would have expired anyway. */
export const demandUsedChallenges = pgTable('demand_used_challenges', {
  nonce: text('nonce').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Submissions per phone per day (Asia/Shanghai), for the per-phone limit. */
export const demandPhoneQuota = pgTable(
  'demand_phone_quota',
  {
    phoneHash: text('phone_hash').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.phoneHash, t.day] })],
);

/** Module settings (retention years, challenge difficulty, per-phone limit, the challenge secret). */
export const demandSettings = pgTable('demand_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Open311 API keys; only the SHA-256 of a key is kept. */
export const open311ApiKeys = pgTable(
  'open311_api_keys',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    keyPrefix: text('key_prefix').notNull(),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('open311_api_keys_hash_uq').on(t.keyHash)],
);
