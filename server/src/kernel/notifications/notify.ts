import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

export interface Notice {
  kind: string;
  title: string;
  body?: string;
  link?: string;
}

/** Puts one notice in the inbox of each person (in one statement, so thousands are cheap). */
export async function notifyPeople(db: Db, personIds: number[], n: Notice) {
  if (personIds.length === 0) return;
  await db.execute(sql`
    INSERT INTO notifications (person_id, kind, title, body, link)
    SELECT unnest(${`{${personIds.join(',')}}`}::int[]), ${n.kind}, ${n.title}, ${n.body ?? ''}, ${n.link ?? null}`);
}

export async function notifyAccount(db: Db, accountId: number, n: Notice) {
  await db.execute(sql`INSERT INTO notifications (account_id, kind, title, body, link) VALUES (${accountId}, ${n.kind}, ${n.title}, ${n.body ?? ''}, ${n.link ?? null})`);
}
