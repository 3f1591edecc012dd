import pg from 'pg';
import { checkPayload, TopicHandlers, type PubSub, type PubSubHandler } from './pubsub.js';

const channel = 'vanguard_bus';

/**
 * PostgreSQL LISTEN/NOTIFY on one dedicated connection (a pooled one would drop the
 * LISTEN when released). One channel for every topic; the topic travels in the payload.
 * If the connection drops it reconnects and listens again.
 */
export class PgPubSub implements PubSub {
  readonly kind = 'postgres' as const;
  private handlers = new TopicHandlers();
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly publisher: pg.Pool,
  ) {}

  private listen(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on('notification', (msg) => {
        if (!msg.payload) return;
        const cut = msg.payload.indexOf('\u0001');
        if (cut > 0) this.handlers.deliver(msg.payload.slice(0, cut), msg.payload.slice(cut + 1));
      });
      client.on('error', () => this.reconnect());
      client.on('end', () => this.reconnect());
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      this.client = client;
      this.connecting = null;
      return client;
    })();
    return this.connecting;
  }

  private reconnect() {
    this.client = null;
    this.connecting = null;
    if (this.closed) return;
    setTimeout(() => void this.listen().catch(() => this.reconnect()), 500).unref();
  }

  async publish(topic: string, payload: string) {
    checkPayload(topic, payload);
    await this.publisher.query('SELECT pg_notify($1, $2)', [channel, `${topic}\u0001${payload}`]);
  }

  async subscribe(topic: string, handler: PubSubHandler) {
    await this.listen();
    return this.handlers.add(topic, handler);
  }

  async close() {
    this.closed = true;
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => {});
  }
}
