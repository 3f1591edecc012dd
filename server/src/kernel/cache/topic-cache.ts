/**
 * Small in-process read caches for hot lists. Each entry belongs to a topic; a write to
 * the topic's data bumps its version (here, and in other processes through `onBump`
 * listeners wired to pub/sub), which retires every entry at once. A TTL bounds how long a
 * missed cross-process bump could leave an entry stale.
 */
/** The module topics are the data behind the figures (kernel/figures): a write to a module retires its cached values. */
export const figureTopics = ['activities', 'content', 'contests', 'demands', 'learning', 'practice', 'points', 'squads', 'community', 'pairing', 'assessment', 'bases'] as const;
export const cacheTopics = ['people', 'sessions', ...figureTopics] as const;
export type CacheTopic = (typeof cacheTopics)[number];

const versions = Object.fromEntries(cacheTopics.map((t) => [t, 0])) as Record<CacheTopic, number>;
const subscribers: Array<(topic: CacheTopic) => void> = [];
const publishers: Array<(topic: CacheTopic) => void> = [];
let ttlMs = 2000;

export function setReadCacheTtl(ms: number) {
  ttlMs = ms;
}

/**
 * Call after a committed write that changes what the topic's caches hold. Routes declare
 * it with `config.invalidates` and app.ts calls this once the response is sent.
 */
export function bumpTopic(topic: CacheTopic, fromRemote = false) {
  versions[topic]++;
  for (const s of subscribers) s(topic);
  if (!fromRemote) for (const p of publishers) p(topic);
}

/** Runs on every bump, local or from another process. */
export function onBump(listener: (topic: CacheTopic) => void): () => void {
  subscribers.push(listener);
  return () => {
    const i = subscribers.indexOf(listener);
    if (i >= 0) subscribers.splice(i, 1);
  };
}

export function topicVersion(topic: CacheTopic) {
  return versions[topic];
}

/** Runs on bumps made in this process, to tell the other processes. */
export function onLocalBump(listener: (topic: CacheTopic) => void) {
  publishers.push(listener);
}

export class TopicCache<V> {
  private entries = new Map<string, { value: V; at: number; version: number }>();

  constructor(
    private readonly topic: CacheTopic,
    private readonly max = 2000,
    /** A TTL of its own instead of the shared READ_CACHE_SECONDS. */
    private readonly ttl: () => number = () => ttlMs,
  ) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.version !== versions[this.topic] || Date.now() - e.at > this.ttl()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  /** `version`: the topic's version when the value was read, so a write during a slow computation retires it. */
  set(key: string, value: V, version = versions[this.topic]) {
    if (this.ttl() <= 0) return;
    if (this.entries.size >= this.max) this.entries.clear();
    this.entries.set(key, { value, at: Date.now(), version });
  }
}
