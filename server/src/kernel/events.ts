/**
 * In-process typed domain events. Modules augment `DomainEvents` with their own
 * event names and payloads:
 *   declare module '../../kernel/events.js' { interface DomainEvents { 'learning.lesson_completed': {...} } }
 */
export interface DomainEvents {
  'org.person_created': { personId: number; orgId: number };
  'auth.login': { accountId: number; personId: number | null; at: Date };
}

type Handler<K extends keyof DomainEvents> = (payload: DomainEvents[K]) => unknown | Promise<unknown>;

export class EventBus {
  private handlers = new Map<keyof DomainEvents, Handler<any>[]>();

  on<K extends keyof DomainEvents>(name: K, handler: Handler<K>): () => void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler);
    this.handlers.set(name, list);
    return () => this.handlers.set(name, (this.handlers.get(name) ?? []).filter((h) => h !== handler));
  }

  /** Runs every handler and waits for them; a failing handler does not stop the others. */
  async publish<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): Promise<PromiseSettledResult<unknown>[]> {
    const list = this.handlers.get(name) ?? [];
    this.onPublish?.(name);
    const results = await Promise.allSettled(list.map(async (h) => h(payload)));
    for (const r of results) if (r.status === 'rejected') this.onError?.(name, r.reason);
    return results;
  }

  /** Told of every event as it is published (the figures' caches follow the modules' writes). */
  onPublish?: (name: keyof DomainEvents) => void;
  onError?: (name: keyof DomainEvents, err: unknown) => void;
}
