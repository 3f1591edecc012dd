/** Events of 共学; the `pairing.` prefix retires the pairing figures' cache (kernel/figures/write-topics.ts). */
declare module '../../../kernel/events.js' {
  interface DomainEvents {
    /** An entrepreneur signed up to (or waitlisted for), cancelled or checked in at a co-study session (an activity). */
    'pairing.cosession_changed': { activityId: number; entrepreneurId: number; change: 'signed_up' | 'waitlisted' | 'cancelled' | 'checked_in' };
  }
}
export {};
