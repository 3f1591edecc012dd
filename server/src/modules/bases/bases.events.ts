/**
 * Domain events of the bases module. Their `bases.` prefix retires the bases figures' cache
 * (kernel/figures/write-topics.ts topicOfEvent).
 */
declare module '../../kernel/events.js' {
  interface DomainEvents {
    'bases.venue_changed': { venueId: number; change: 'created' | 'updated' | 'retired' };
    'bases.booking_changed': { bookingId: number; venueId: number; change: 'requested' | 'approved' | 'rejected' | 'cancelled' | 'attendance' };
    'bases.project_changed': { projectId: number };
    'bases.brand_changed': { brandId: number };
    'bases.reading_changed': { bookId: number };
  }
}
export {};
