import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * 青创π / 两青共进: young entrepreneurs, their pairs with young cadres, contact logs, joint research and
 * the link of concerns to the demands workflow. Every `*_by` column holds an account id (the actor, as in
 * the audit log); `*_person_id` columns hold people record ids. Scope follows `org_path`.
 */

export const entrepreneurStatuses = ['pending', 'approved', 'rejected'] as const;
export type EntrepreneurStatus = (typeof entrepreneurStatuses)[number];
export const entrepreneurSources = ['staff', 'self'] as const;
export const companySizes = ['micro', 'small', 'medium', 'large'] as const;

/** A young entrepreneur (青年企业家): registered by staff or through the public form, then reviewed. */
export const pairingEntrepreneurs = pgTable(
  'pairing_entrepreneurs',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    /** 职务, e.g. 董事长、总经理. */
    position: text('position').notNull().default(''),
    company: text('company').notNull(),
    /** 统一社会信用代码 (GB 32100-2015), 18 characters, checksum verified on the way in. */
    creditCode: text('credit_code').notNull(),
    /** A code of pairing.reference.ts `sectors`. */
    sector: text('sector').notNull(),
    /** Qingdao district (区/市) code, as demands use. */
    districtCode: text('district_code').notNull(),
    size: text('size', { enum: companySizes }).notNull(),
    phone: text('phone').notNull(),
    /** The organisation in charge of the entrepreneur (who reviews and serves them); self-registrations start at the committee root. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    source: text('source', { enum: entrepreneurSources }).notNull(),
    status: text('status', { enum: entrepreneurStatuses }).notNull().default('pending'),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    rejectReason: text('reject_reason'),
    /** The `entrepreneur` account issued on approval. */
    accountId: integer('account_id'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pairing_entrepreneurs_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('pairing_entrepreneurs_status_idx').on(t.status, t.createdAt),
    index('pairing_entrepreneurs_sector_idx').on(t.sector),
    // The same person of the same company is registered once (a rejected registration may be submitted again).
    uniqueIndex('pairing_entrepreneurs_person_uq').on(t.creditCode, t.name).where(sql`${t.status} <> 'rejected'`),
    uniqueIndex('pairing_entrepreneurs_account_uq').on(t.accountId),
    check('pairing_entrepreneurs_rejected_ck', sql`(${t.status} = 'rejected') = (${t.rejectReason} IS NOT NULL)`),
    check('pairing_entrepreneurs_reviewed_ck', sql`(${t.status} = 'pending') = (${t.reviewedAt} IS NULL)`),
    check('pairing_entrepreneurs_account_ck', sql`${t.accountId} IS NULL OR ${t.status} = 'approved'`),
  ],
);

/**
 * A pair ("1+1"): one young cadre with one entrepreneur. Ending a pair keeps the row (history); an
 * entrepreneur has at most one active pair (partial unique index), a cadre may have several.
 */
export const pairingPairs = pgTable(
  'pairing_pairs',
  {
    id: serial('id').primaryKey(),
    cadrePersonId: integer('cadre_person_id').notNull(),
    entrepreneurId: integer('entrepreneur_id')
      .notNull()
      .references(() => pairingEntrepreneurs.id),
    /** The cadre's organisation when paired: who manages the pair. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    note: text('note').notNull().default(''),
    startedBy: integer('started_by'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    endedBy: integer('ended_by'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason'),
  },
  (t) => [
    uniqueIndex('pairing_pairs_one_active_uq').on(t.entrepreneurId).where(sql`${t.endedAt} IS NULL`),
    index('pairing_pairs_cadre_idx').on(t.cadrePersonId, t.startedAt),
    index('pairing_pairs_entrepreneur_idx').on(t.entrepreneurId, t.startedAt),
    index('pairing_pairs_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    check('pairing_pairs_ended_ck', sql`(${t.endedAt} IS NULL) = (${t.endReason} IS NULL)`),
  ],
);

export const contactKinds = ['visit', 'call', 'meeting', 'online'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** 联系记录: what the cadre did with their entrepreneur (走访、电话、座谈、线上), with a follow-up. */
export const pairingContactLogs = pgTable(
  'pairing_contact_logs',
  {
    id: serial('id').primaryKey(),
    pairId: integer('pair_id')
      .notNull()
      .references(() => pairingPairs.id),
    kind: text('kind', { enum: contactKinds }).notNull(),
    topic: text('topic').notNull(),
    notes: text('notes').notNull().default(''),
    followUp: text('follow_up').notNull().default(''),
    followUpDue: date('follow_up_due', { mode: 'string' }),
    happenedAt: timestamp('happened_at', { withTimezone: true }).notNull(),
    writtenBy: integer('written_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pairing_contact_logs_pair_idx').on(t.pairId, t.happenedAt), index('pairing_contact_logs_happened_idx').on(t.happenedAt)],
);

export const topicStatuses = ['active', 'concluded'] as const;

/** 共研: a frontier research topic (人工智能、海洋经济、低空经济 …) run by an organisation. */
export const pairingResearchTopics = pgTable(
  'pairing_research_topics',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    /** A code of pairing.reference.ts `sectors` (the frontier field). */
    field: text('field').notNull(),
    description: text('description').notNull().default(''),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    status: text('status', { enum: topicStatuses }).notNull().default('active'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pairing_research_topics_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    uniqueIndex('pairing_research_topics_org_title_uq').on(t.orgId, t.title),
    check('pairing_research_topics_ended_ck', sql`(${t.status} = 'active') = (${t.endedOn} IS NULL)`),
  ],
);

export const participantSides = ['cadre', 'entrepreneur'] as const;
export const participantRoles = ['lead', 'member'] as const;

/** Who works on a topic, from both sides: a cadre (person) or an entrepreneur. Leaving keeps the row. */
export const pairingResearchParticipants = pgTable(
  'pairing_research_participants',
  {
    id: serial('id').primaryKey(),
    topicId: integer('topic_id')
      .notNull()
      .references(() => pairingResearchTopics.id),
    side: text('side', { enum: participantSides }).notNull(),
    personId: integer('person_id'),
    entrepreneurId: integer('entrepreneur_id').references(() => pairingEntrepreneurs.id),
    role: text('role', { enum: participantRoles }).notNull().default('member'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp('left_at', { withTimezone: true }),
    addedBy: integer('added_by'),
  },
  (t) => [
    check('pairing_research_participants_side_ck', sql`(${t.side} = 'cadre' AND ${t.personId} IS NOT NULL AND ${t.entrepreneurId} IS NULL) OR (${t.side} = 'entrepreneur' AND ${t.entrepreneurId} IS NOT NULL AND ${t.personId} IS NULL)`),
    uniqueIndex('pairing_research_participants_person_uq').on(t.topicId, t.personId).where(sql`${t.leftAt} IS NULL AND ${t.personId} IS NOT NULL`),
    uniqueIndex('pairing_research_participants_entrepreneur_uq').on(t.topicId, t.entrepreneurId).where(sql`${t.leftAt} IS NULL AND ${t.entrepreneurId} IS NOT NULL`),
    index('pairing_research_participants_entrepreneur_idx').on(t.entrepreneurId),
    index('pairing_research_participants_person_idx').on(t.personId),
  ],
);

/** A meeting of a topic's group; held through the activities engine when `activity_id` is set (sign-up, check-in). */
export const pairingResearchMeetings = pgTable(
  'pairing_research_meetings',
  {
    id: serial('id').primaryKey(),
    topicId: integer('topic_id')
      .notNull()
      .references(() => pairingResearchTopics.id),
    title: text('title').notNull(),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    activityId: integer('activity_id'),
    notes: text('notes').notNull().default(''),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pairing_research_meetings_topic_idx').on(t.topicId, t.heldAt)],
);

export const outputKinds = ['report', 'policy_proposal'] as const;
/** draft → submitted → approved | returned (→ submitted …); approved → published. */
export const outputStatuses = ['draft', 'submitted', 'returned', 'approved', 'published'] as const;

/** 共研成果: a research report or a policy proposal, reviewed before it is published. */
export const pairingResearchOutputs = pgTable(
  'pairing_research_outputs',
  {
    id: serial('id').primaryKey(),
    topicId: integer('topic_id')
      .notNull()
      .references(() => pairingResearchTopics.id),
    kind: text('kind', { enum: outputKinds }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    /** An attached file (kernel/files stored key), e.g. the PDF of the report. */
    fileKey: text('file_key'),
    /** The `content` item it was published as, when publication goes through the content module. */
    contentId: integer('content_id'),
    status: text('status', { enum: outputStatuses }).notNull().default('draft'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    index('pairing_research_outputs_topic_idx').on(t.topicId, t.status),
    check('pairing_research_outputs_published_ck', sql`(${t.status} = 'published') = (${t.publishedAt} IS NOT NULL)`),
  ],
);

export const concernSources = ['entrepreneur', 'cadre'] as const;

/**
 * 急难愁盼: a concern IS a demand (module demands) — its state machine, deadlines, supervision, callback
 * and the three rates apply unchanged. This table only says which demand is whose concern. Its key is
 * the demand's key (district_code, demand_id), so it can be distributed with the demands under Citus;
 * like every table outside the demands family it holds no foreign key into them.
 */
export const pairingConcerns = pgTable(
  'pairing_concerns',
  {
    districtCode: text('district_code').notNull(),
    demandId: bigint('demand_id', { mode: 'number' }).notNull(),
    entrepreneurId: integer('entrepreneur_id')
      .notNull()
      .references(() => pairingEntrepreneurs.id),
    /** The entrepreneur's active pair when raised (null when unpaired); its cadre follows the concern. */
    pairId: integer('pair_id').references(() => pairingPairs.id),
    cadrePersonId: integer('cadre_person_id'),
    /** A code of pairing.reference.ts `concernCategories` (融资、用地、审批、用工、政策兑现 …). */
    category: text('category').notNull(),
    /** The entrepreneur's sector and organisation when raised, for statistics and scope without a join. */
    sector: text('sector').notNull(),
    orgPath: text('org_path').notNull(),
    raisedAs: text('raised_as', { enum: concernSources }).notNull(),
    raisedBy: integer('raised_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.demandId] }),
    index('pairing_concerns_entrepreneur_idx').on(t.entrepreneurId, t.createdAt),
    index('pairing_concerns_cadre_idx').on(t.cadrePersonId, t.createdAt),
    index('pairing_concerns_category_idx').on(t.category, t.createdAt),
    index('pairing_concerns_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
  ],
);
