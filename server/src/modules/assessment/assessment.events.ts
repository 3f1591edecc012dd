/**
 * Domain events of the assessment module. Their `assessment.` prefix retires the assessment figures' cache
 * (kernel/figures/write-topics.ts topicOfEvent).
 */
declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** A round was created, started, computed, closed or confirmed; its vote groups or voting changed; its results were regraded or their uses marked. */
    'assessment.round_changed': { roundId: number; change: 'created' | 'computed' | 'running' | 'closed' | 'confirmed' | 'voting' | 'regraded' | 'uses' };
    /** A rater submitted a score. */
    'assessment.rated': { roundId: number; taskId: number };
    /** A vote was cast at a review meeting (no voter, no grade). */
    'assessment.voted': { roundId: number };
    /** A 述职 report was saved. */
    'assessment.report_changed': { roundId: number; targetId: number };
    /** An appeal was filed or answered. */
    'assessment.appeal_changed': { roundId: number; appealId: number; status: 'open' | 'upheld' | 'rejected' };
  }
}
export {};
