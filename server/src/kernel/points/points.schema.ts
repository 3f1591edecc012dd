import { bigserial, boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const pointsRules = pgTable('points_rules', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  eventType: text('event_type').notNull(),
  points: integer('points').notNull(),
  dailyCap: integer('daily_cap'),
  active: boolean('active').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Append-only ledger. `person_id` leads the primary key and the unique key so the
 * table can be distributed by person (Citus); no foreign keys point into it.
 */
export const pointsLedger = pgTable(
  'points_ledger',
  {
    personId: integer('person_id').notNull(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    ruleCode: text('rule_code').notNull(),
    points: integer('points').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    note: text('note'),
    day: text('day').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    uniqueIndex('points_ledger_idem_uq').on(t.personId, t.idempotencyKey),
    index('points_ledger_day_idx').on(t.personId, t.ruleCode, t.day),
    index('points_ledger_org_idx').on(t.orgPath),
  ],
);
