import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/*
 * Communities (社区) and 双报到. Communities are not organisations of the party tree: the tree
 * ranks the committee's children, and communities must not appear there. They carry the
 * official street and district codes of ../shared/data/qingdao.json instead.
 */

export const communities = pgTable(
  'communities',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    districtCode: text('district_code').notNull(),
    streetCode: text('street_code').notNull(),
    /** The community's own party organisation, e.g. "XX路社区党委". */
    partyOrgName: text('party_org_name').notNull(),
    phone: text('phone'),
    address: text('address'),
    lat: doublePrecision('lat'),
    long: doublePrecision('long'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('communities_street_name_uq').on(t.streetCode, t.name),
    index('communities_district_idx').on(t.districtCode, t.streetCode),
  ],
);

/** Which accounts (holding the `community_staff` role) act for which community. */
export const communityStaff = pgTable(
  'community_staff',
  {
    id: serial('id').primaryKey(),
    communityId: integer('community_id').notNull().references(() => communities.id),
    accountId: integer('account_id').notNull(),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('community_staff_uq').on(t.communityId, t.accountId), index('community_staff_account_idx').on(t.accountId)],
);

/** 共建协议: proposed by the agency's organisation, confirmed or declined by the community, ended later. */
export const orgRegistrationStatuses = ['proposed', 'confirmed', 'declined', 'ended'] as const;
export const liveOrgRegistrationStatuses = ['proposed', 'confirmed'] as const;

export const communityOrgRegistrations = pgTable(
  'community_org_registrations',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    communityId: integer('community_id').notNull().references(() => communities.id),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    /** Agreed services: need type codes (community_need_types). */
    agreedServices: text('agreed_services').array().notNull().default([]),
    note: text('note').notNull().default(''),
    status: text('status', { enum: orgRegistrationStatuses }).notNull().default('proposed'),
    proposedBy: integer('proposed_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedBy: integer('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('community_org_reg_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('community_org_reg_community_idx').on(t.communityId, t.status),
    /** One live agreement between an organisation and a community; declined and ended ones stay as history. */
    uniqueIndex('community_org_reg_live_uq').on(t.orgId, t.communityId).where(sql`status IN ('proposed', 'confirmed')`),
    check('community_org_reg_period_ck', sql`${t.periodEnd} >= ${t.periodStart}`),
    check('community_org_reg_confirmed_ck', sql`${t.status} <> 'confirmed' OR (${t.confirmedBy} IS NOT NULL AND ${t.confirmedAt} IS NOT NULL)`),
    check('community_org_reg_declined_ck', sql`${t.status} <> 'declined' OR ${t.declineReason} IS NOT NULL`),
  ],
);

/** A member's 报到 where they live: one active (pending or confirmed) row per person, older rows kept as history. */
export const memberRegistrationStatuses = ['pending', 'confirmed', 'declined', 'left'] as const;
export const activeMemberRegistrationStatuses = ['pending', 'confirmed'] as const;

export const communityMemberRegistrations = pgTable(
  'community_member_registrations',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull(),
    communityId: integer('community_id').notNull().references(() => communities.id),
    address: text('address').notNull(),
    /** Storage key of an optional proof of residence (kernel/files uploads). */
    proofFileKey: text('proof_file_key'),
    status: text('status', { enum: memberRegistrationStatuses }).notNull().default('pending'),
    decidedBy: integer('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Decline reason, or why the member left. */
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('community_member_reg_active_uq').on(t.personId).where(sql`status IN ('pending', 'confirmed')`),
    index('community_member_reg_person_idx').on(t.personId, t.createdAt),
    index('community_member_reg_community_idx').on(t.communityId, t.status),
    check('community_member_reg_declined_ck', sql`${t.status} <> 'declined' OR ${t.reason} IS NOT NULL`),
    check('community_member_reg_decided_ck', sql`${t.status} NOT IN ('confirmed', 'declined') OR (${t.decidedBy} IS NOT NULL AND ${t.decidedAt} IS NOT NULL)`),
    check('community_member_reg_left_ck', sql`${t.status} <> 'left' OR ${t.leftAt} IS NOT NULL`),
  ],
);
