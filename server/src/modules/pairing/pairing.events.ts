/**
 * Domain events of the pairing module. Their `pairing.` prefix retires the pairing figures' cache
 * (kernel/figures/write-topics.ts topicOfEvent).
 */
declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** Registered (by staff or the public form), approved, rejected or edited. */
    'pairing.entrepreneur_changed': { entrepreneurId: number; change: 'registered' | 'approved' | 'rejected' | 'updated' };
    /** A pair started or ended. */
    'pairing.pair_changed': { pairId: number; entrepreneurId: number; cadrePersonId: number; change: 'started' | 'ended' };
    /** The cadre logged a contact with their entrepreneur. */
    'pairing.contact_logged': { pairId: number; contactId: number };
  }
}
export {};
