/** Events of 共研; the `pairing.` prefix retires the pairing figures' cache (kernel/figures/write-topics.ts). */
declare module '../../../kernel/events.js' {
  interface DomainEvents {
    /** A topic, its group, a meeting or an output changed (`outputId` for outputs). */
    'pairing.research_changed': {
      topicId: number;
      change: 'topic_created' | 'topic_updated' | 'topic_concluded' | 'participant_added' | 'participant_left' | 'meeting_added' | 'output_created' | 'output_updated' | 'output_submitted' | 'output_approved' | 'output_returned' | 'output_published';
      outputId?: number;
    };
  }
}
export {};
