declare module '../../../kernel/events.js' {
  interface DomainEvents {
    /** A community's staff confirmed service hours: from now on they count in figures, points and certificates. */
    'community.hours_confirmed': { hoursId: number; activityId: number; personId: number; communityId: number; orgPath: string; hours: number };
  }
}
export {};
