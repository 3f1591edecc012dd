import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { partyStatuses } from '../../../../common/party-status.js';

export { partyStatuses };

export const orgKinds = ['committee', 'party_committee', 'general_branch', 'branch'] as const;

/** Organisation tree. `path` is the materialised id path ('/1/7/42/') used for subtree scope in SQL. */
export const orgs = pgTable(
  'orgs',
  {
    id: serial('id').primaryKey(),
    parentId: integer('parent_id'),
    path: text('path').notNull().default(''),
    name: text('name').notNull(),
    kind: text('kind', { enum: orgKinds }).notNull(),
    code: text('code'),
    personalLeaderboard: boolean('personal_leaderboard').notNull().default(false),
    sort: integer('sort').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** People whose organisation this is (not the subtree's), kept by triggers on people (migration 0021). */
    memberCount: integer('member_count').notNull().default(0),
    /** People of this organisation and every organisation under it, kept by the same triggers and on moves (migration 0022). */
    subtreeMemberCount: integer('subtree_member_count').notNull().default(0),
  },
  (t) => [
    index('orgs_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('orgs_parent_idx').on(t.parentId),
    uniqueIndex('orgs_parent_name_uq').on(sql`coalesce(${t.parentId}, 0)`, t.name),
  ],
);

export const people = pgTable(
  'people',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id').notNull().references(() => orgs.id),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['男', '女'] }).notNull(),
    ethnicity: text('ethnicity').notNull().default('汉族'),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    idNumber: text('id_number').notNull(),
    phone: text('phone'),
    partyStatus: text('party_status', { enum: partyStatuses }).notNull(),
    joinDate: date('join_date', { mode: 'string' }),
    unit: text('unit'),
    position: text('position'),
    education: text('education'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_id_number_uq').on(t.idNumber),
    index('people_org_idx').on(t.orgId, t.id),
    // (name, id): the list's default order, so a page is read off the index without sorting ties.
    index('people_name_id_idx').on(t.name, t.id),
  ],
);
