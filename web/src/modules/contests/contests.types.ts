export interface ContestRow { id: number; name: string; entrantKind: 'individual' | 'team'; orgId: number; orgName: string; createdAt: string; rounds: number; players: number }
export interface Round {
  id: number; seq: number; name: string; kind: 'async' | 'live'; code: string | null; phase: string; currentIndex: number; questions: number;
  secondsPerQuestion: number; opensAt: string | null; closesAt: string | null; finishedAt: string | null; players: number;
}
export interface Contest {
  id: number; name: string; description: string; orgId: number; orgName: string; entrantKind: 'individual' | 'team';
  questionSource: Record<string, unknown>; scoring: Record<string, unknown>; awardRule: Record<string, unknown>; createdAt: string;
  rounds: Round[]; teams: Array<{ id: number; name: string; orgId: number | null; rosterSize: number }>;
}
export interface Results {
  round: { id: number; name: string; kind: string; phase: string; finishedAt: string | null; contestName: string };
  individuals: Array<{ rank: number; playerId: number; name: string; score: number; correct: number; answered: number; timeMs: number }>;
  teams: Array<{ rank: number; teamId: number; name: string; score: number; players: number }>;
  questions: Array<{ index: number; questionId: number; stem: string; answered: number; correct: number; correctRate: number; avgSeconds: number | null }>;
  awards: Array<{ id: number; tier: string; rank: number; score: number; name: string; certificateNo: string }>;
}
export interface LiveStatus { code: string; phase: string; currentIndex: number; total: number; remainingMs: number; players: number }
/** One message of the live protocol (docs/contests-protocol.md). */
export type LiveMsg = { t: string } & Record<string, any>;
