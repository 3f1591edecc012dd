import type { ModuleContext } from '../module.js';
import type { DomainEvents } from '../events.js';
import { award } from './points.service.js';
import { registerAwardable, type AwardableEvent } from './awardable.js';

/**
 * Wires a domain event to the points rules listening to it. `key` must be unique per
 * occurrence for one person, so a redelivered event awards nothing twice. Modules call
 * this from their manifest's `subscribe`; the rules decide the points and caps. `label`
 * is how the rules page names the event.
 */
export function awardOn<K extends keyof DomainEvents>(
  ctx: ModuleContext,
  event: K,
  label: AwardableEvent['label'],
  map: (p: DomainEvents[K]) => { personId: number | null; key: string; at?: Date; note?: string; units?: number },
) {
  registerAwardable(event, label);
  ctx.events.on(event, async (payload) => {
    const { personId, key, at, note, units } = map(payload);
    if (personId == null) return;
    await award(ctx.db, { event, personId, idempotencyKey: key, at, note, units });
  });
}
