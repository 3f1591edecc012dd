/**
 * Topic-based publish/subscribe between server processes. Payloads are small JSON
 * strings (PostgreSQL NOTIFY caps them at 8000 bytes): publish what happened and
 * let every process compute what its own sockets need.
 */
export type PubSubHandler = (payload: string) => void;

export interface PubSub {
  readonly kind: 'memory' | 'postgres';
  publish(topic: string, payload: string): Promise<void>;
  subscribe(topic: string, handler: PubSubHandler): Promise<() => void>;
  close(): Promise<void>;
}

export const maxPayloadBytes = 7900;

export function checkPayload(topic: string, payload: string) {
  const size = Buffer.byteLength(topic) + Buffer.byteLength(payload) + 16;
  if (size > maxPayloadBytes) throw new Error(`pubsub payload too large for ${topic}: ${size} bytes`);
}

/** Handlers per topic, shared by the implementations. */
export class TopicHandlers {
  private byTopic = new Map<string, Set<PubSubHandler>>();

  add(topic: string, handler: PubSubHandler): () => void {
    const set = this.byTopic.get(topic) ?? new Set();
    set.add(handler);
    this.byTopic.set(topic, set);
    return () => {
      set.delete(handler);
      if (set.size === 0) this.byTopic.delete(topic);
    };
  }

  deliver(topic: string, payload: string) {
    for (const h of this.byTopic.get(topic) ?? []) {
      try {
        h(payload);
      } catch {
        // one failing listener must not starve the others
      }
    }
  }
}

/** One process (PGlite, tests): delivery on a later tick, like a remote bus. */
export class MemoryPubSub implements PubSub {
  readonly kind = 'memory' as const;
  private handlers = new TopicHandlers();

  async publish(topic: string, payload: string) {
    checkPayload(topic, payload);
    setImmediate(() => this.handlers.deliver(topic, payload));
  }

  async subscribe(topic: string, handler: PubSubHandler) {
    return this.handlers.add(topic, handler);
  }

  async close() {}
}
