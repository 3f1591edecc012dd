import { randomBytes } from 'node:crypto';
import type { Database } from '../db/client.js';
import { pubsubFor } from '../pubsub/index.js';
import { bumpTopic, onLocalBump, cacheTopics, type CacheTopic } from './topic-cache.js';
import { forgetAccountSessions, forgetSession, onForget, type Forget } from '../auth/session-cache.js';

/**
 * On a PostgreSQL server several processes share the data: tell the others when this one
 * retires cached lists or sessions, so they follow at once instead of after their TTL.
 */
export async function shareCacheInvalidation(database: Database) {
  if (database.kind !== 'pg') return;
  const bus = pubsubFor(database);
  const me = randomBytes(6).toString('hex');
  onLocalBump((topic) => void bus.publish('cache.bump', JSON.stringify({ from: me, topic })).catch(() => {}));
  onForget((m) => void bus.publish('cache.forget', JSON.stringify({ from: me, ...m })).catch(() => {}));
  await bus.subscribe('cache.bump', (payload) => {
    const m = JSON.parse(payload) as { from: string; topic: CacheTopic };
    if (m.from !== me && (cacheTopics as readonly string[]).includes(m.topic)) bumpTopic(m.topic, true);
  });
  await bus.subscribe('cache.forget', (payload) => {
    const m = JSON.parse(payload) as Forget & { from: string };
    if (m.from === me) return;
    if ('sessionId' in m && typeof m.sessionId === 'string') forgetSession(m.sessionId, true);
    if ('accountId' in m && Number.isInteger(m.accountId)) forgetAccountSessions(m.accountId, true);
  });
}
