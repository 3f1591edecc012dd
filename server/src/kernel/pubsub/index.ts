import type { Database } from '../db/client.js';
import { MemoryPubSub, type PubSub } from './pubsub.js';
import { PgPubSub } from './pg-pubsub.js';

export type { PubSub, PubSubHandler } from './pubsub.js';

const buses = new WeakMap<Database, PubSub>();

/**
 * The process's bus for a database: LISTEN/NOTIFY when it is a PostgreSQL server
 * (so several processes see each other), in memory for PGlite (one process by design).
 */
export function pubsubFor(database: Database): PubSub {
  let bus = buses.get(database);
  if (!bus) {
    const url = database.kind === 'pg' ? (database.pool!.options as { connectionString?: string }).connectionString : undefined;
    bus = url ? new PgPubSub(url, database.pool!) : new MemoryPubSub();
    buses.set(database, bus);
  }
  return bus;
}

export async function closePubsub(database: Database) {
  const bus = buses.get(database);
  buses.delete(database);
  await bus?.close();
}
