declare module '../../kernel/events.js' {
  interface DomainEvents {
    'contests.answer_correct': { contestId: number; roundId: number; personId: number; questionIndex: number; questionId: number; points: number };
    'contests.finished': { contestId: number; roundId: number; players: number; awards: number };
    /** A member finished a 双人对战 (2 players): `day` is the Shanghai calendar day, `matchOfDay` counts their duels that day (1 = the first). */
    'contests.duel_finished': { matchId: number; personId: number; place: number; players: number; won: boolean; day: string; matchOfDay: number };
    /** A member finished a 四人赛 (4 players), in `place` (1 = first). */
    'contests.four_finished': { matchId: number; personId: number; place: number; players: number; day: string; matchOfDay: number };
    'contests.awarded': { contestId: number; roundId: number; awardId: number; personId: number | null; teamId: number | null; tier: 'gold' | 'silver' | 'bronze'; rank: number };
  }
}
export {};
