import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** In-app inbox. Addressed to a person (all their accounts see it) or to one account. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personId: integer('person_id'),
    accountId: integer('account_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_person_idx').on(t.personId, t.createdAt), index('notifications_account_idx').on(t.accountId, t.createdAt)],
);
