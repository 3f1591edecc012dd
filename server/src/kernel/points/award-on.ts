import type { ModuleContext } from '../module.js';
import type { DomainEvents } from '../events.js';
import { award } from './points.service.js';
import { registerAwardable, type AwardableEvent } from './awardable.js';
import { registerReplay, type ReplaySource } from './replay.js';

type AwardMap<K extends keyof DomainEvents> = (p: DomainEvents[K]) => { personId: number | null; key: string; at?: Date; note?: string; units?: number };

/**
 * An event that earns points, as its module declares it: `label` is how the rules page names it, `map` turns a payload
 * into the person and the key (unique per occurrence for one person, so a redelivered event awards nothing twice), and
 * `replay` lists the event's occurrences in the module's records, so the demo seed earns its points by replaying them
 * through this same `map` (kernel/points/replay.ts). Declared at a module file's top level, it is known without a
 * running event bus (the seed replays it), and `awardOn(ctx, spec)` wires it in the manifest's `subscribe`.
 */
export interface AwardSpec<K extends keyof DomainEvents> {
  event: K;
  label: AwardableEvent['label'];
  map: AwardMap<K>;
  replay?: ReplaySource;
}

export function defineAward<K extends keyof DomainEvents>(spec: AwardSpec<K>): AwardSpec<K> {
  registerAwardable(spec.event, spec.label);
  if (spec.replay) registerReplay(spec.event, spec.replay, (p: DomainEvents[K]) => [spec.map(p)]);
  return spec;
}

/**
 * Wires a domain event to the points rules listening to it; the rules decide the points and caps. Modules call this
 * from their manifest's `subscribe`, with a `defineAward` spec (or, without replay, the event, label and map).
 */
export function awardOn<K extends keyof DomainEvents>(ctx: ModuleContext, spec: AwardSpec<K>): void;
export function awardOn<K extends keyof DomainEvents>(ctx: ModuleContext, event: K, label: AwardableEvent['label'], map: AwardMap<K>): void;
export function awardOn<K extends keyof DomainEvents>(ctx: ModuleContext, specOrEvent: AwardSpec<K> | K, label?: AwardableEvent['label'], map?: AwardMap<K>) {
  const spec = typeof specOrEvent === 'object' ? specOrEvent : defineAward({ event: specOrEvent, label: label!, map: map! });
  registerAwardable(spec.event, spec.label);
  ctx.events.on(spec.event, async (payload) => {
    const { personId, key, at, note, units } = spec.map(payload);
    if (personId == null) return;
    await award(ctx.db, { event: spec.event, personId, idempotencyKey: key, at, note, units });
  });
}
