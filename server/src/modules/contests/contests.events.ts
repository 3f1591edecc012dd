declare module '../../kernel/events.js' {
  interface DomainEvents {
    'contests.answer_correct': { contestId: number; roundId: number; personId: number; questionIndex: number; questionId: number; points: number };
    'contests.finished': { contestId: number; roundId: number; players: number; awards: number };
    'contests.awarded': { contestId: number; roundId: number; awardId: number; personId: number | null; teamId: number | null; tier: 'gold' | 'silver' | 'bronze'; rank: number };
  }
}
export {};
