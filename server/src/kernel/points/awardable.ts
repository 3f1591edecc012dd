/** A domain event the points rules may listen to, as the module that wires it describes it. */
export interface AwardableEvent {
  event: string;
  label: { zh: string; en: string };
}

const registry = new Map<string, AwardableEvent>();

/** Called where a module wires an event to the points ledger (awardOn, or a subscriber of its own). */
export function registerAwardable(event: string, label: AwardableEvent['label']) {
  registry.set(event, { event, label });
}

/** Every event some module turns into points, by name: the events a committee admin may build a rule on. */
export function awardableEvents(): AwardableEvent[] {
  return [...registry.values()].sort((a, b) => a.event.localeCompare(b.event));
}

export function isAwardable(event: string): boolean {
  return registry.has(event);
}
