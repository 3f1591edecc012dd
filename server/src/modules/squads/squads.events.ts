/**
 * Domain events of the squads module. Their `squads.` prefix retires the squads figures' cache
 * (kernel/figures/write-topics.ts topicOfEvent); scoring listens to them too.
 */
declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** Created, updated, merged or disbanded. */
    'squads.squad_changed': { squadId: number; change: 'created' | 'updated' | 'merged' | 'disbanded' };
    /** A membership row was proposed, confirmed, rejected or closed, or the leader changed. */
    'squads.membership_changed': { squadId: number; personId: number; change: 'proposed' | 'joined' | 'rejected' | 'left' | 'leader' };
    /** A hard task was created, edited, submitted, accepted or returned; or one of its milestones changed. */
    'squads.task_changed': { squadId: number; taskId: number; change: 'created' | 'updated' | 'submitted' | 'accepted' | 'returned' | 'milestone_done' | 'milestone_reopened' | 'evidence' };
    /** An innovation item was submitted, accepted or declined. */
    'squads.innovation_changed': { squadId: number; innovationId: number; change: 'submitted' | 'accepted' | 'declined' | 'evidence' };
  }
}
export {};
