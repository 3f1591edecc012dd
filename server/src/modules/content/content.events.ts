declare module '../../kernel/events.js' {
  interface DomainEvents {
    /** An article or PDF read past the threshold; once per person and item. */
    'content.read_completed': { personId: number; contentId: number; seconds: number };
    /** A video watched past the threshold; once per person and item. */
    'content.video_watched': { personId: number; contentId: number; seconds: number };
    'content.published': { contentId: number; orgId: number };
  }
}
export {};
