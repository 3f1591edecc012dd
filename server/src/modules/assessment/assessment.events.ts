/**
 * Domain events of the assessment module. Their `assessment.` prefix retires the assessment figures' cache
 * (kernel/figures/write-topics.ts topicOfEvent).
 */
declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** A round was created, started, computed, closed or confirmed. */
    'assessment.round_changed': { roundId: number; change: 'created' | 'computed' | 'running' | 'closed' | 'confirmed' };
    /** A rater submitted a score. */
    'assessment.rated': { roundId: number; taskId: number };
  }
}
export {};
