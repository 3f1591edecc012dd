import { api } from '../../kernel/api.js';
import { client, unwrap, type Body, type Query, type Schema } from '../../kernel/api-client.js';
import type { DimensionKey } from './messages.js';

/** The react-query key of everything in the module (invalidated after any change). */
export const squadsKey = ['squads'] as const;

export type SquadStatus = 'active' | 'merged' | 'disbanded';
export type TaskStatus = 'open' | 'submitted' | 'accepted' | 'returned';
export type MembershipStatus = 'proposed' | 'active' | 'left' | 'rejected';

export type Squad = Schema<'Squad'>;
/** One membership row: a join attempt and its outcome. */
export type Member = Schema<'SquadMember'>;
export type SquadProfile = Schema<'SquadProfile'>;
export type Candidate = Schema<'SquadCandidate'>;

export interface Evidence {
  id: number;
  url: string;
  mime: string;
  originalName: string;
}

export interface Milestone {
  id: number;
  seq: number;
  title: string;
  dueOn: string;
  status: 'open' | 'done';
  doneAt: string | null;
  onTime: boolean | null;
  overdue: boolean;
  evidence?: Evidence[];
}

export interface Task {
  id: number;
  squadId: number;
  squadName?: string;
  title: string;
  description: string;
  difficulty: number;
  dueOn: string;
  status: TaskStatus;
  onTime: boolean | null;
  returnReason: string | null;
  owners: { personId: number; name: string }[];
  milestones: Milestone[];
}

export interface Innovation {
  id: number;
  kind: 'method' | 'tool' | 'policy';
  title: string;
  description: string;
  status: 'submitted' | 'accepted' | 'declined';
  submittedAt: string;
  decisionReason: string | null;
}

export type Scores = Record<DimensionKey, number> & { total: number };

export interface Period {
  id: number;
  year: number;
  kind: 'month' | 'quarter';
  seq: number;
  label: string;
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
  closedAt: string | null;
}

/** A squad's line of a period's ranking: computed now (open period) or frozen (closed). */
export interface ScoreRow extends Scores {
  squadId: number;
  name: string;
  orgId: number;
  orgName: string;
  memberCount: number;
  rank: number;
  previousRank: number | null;
  movement: number | null;
  badge: boolean;
}

export interface Ranking {
  period: Period;
  live: boolean;
  ranked: number;
  items: ScoreRow[];
  total: number;
}

/** One period of a squad's history: the radar and the rank history. */
export interface SquadPeriodScore extends Scores {
  periodId: number;
  label: string;
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
  rank: number;
  previousRank: number | null;
  movement: number | null;
  badge: boolean;
  ranked: number;
}

/** The 比作为 rating form of one squad for the signed-in rater. */
export interface RatingForm {
  period: { id: number; label: string; status: 'open' | 'closed' };
  squad: { id: number; name: string };
  criteria: { id: number; name: string; description: string; weight: number; myScore: number | null; myComment: string }[];
  raters: number;
  computed: Record<'learning' | 'skill' | 'innovation' | 'duty', number>;
  performance: number;
}

export interface BoardLine extends Scores {
  rank: number;
  name: string;
  orgName: string;
  movement: number | null;
  badge: boolean;
}

export type SquadQuery = Query<'/api/v1/squads', 'get'>;

export type MySquad = Schema<'MySquad'>;

export const squadsApi = {
  list: (query: SquadQuery) => unwrap(client.GET('/api/v1/squads', { params: { query } })),
  fields: () => unwrap(client.GET('/api/v1/squads/fields')),
  get: (id: number) => unwrap(client.GET('/api/v1/squads/{id}', { params: { path: { id } } })),
  create: (body: Body<'/api/v1/squads', 'post'>) => unwrap(client.POST('/api/v1/squads', { body })),
  exportSquads: (q: Omit<SquadQuery, 'page' | 'pageSize'>) => api.download('/squads/export.xlsx', { ...q }, '青年尖刀班.xlsx'),
  candidates: (id: number, q: string) => unwrap(client.GET('/api/v1/squads/{id}/candidates', { params: { path: { id }, query: { q, pageSize: 20 } } })),
  addMember: (id: number, body: { personId: number; reason: string }) => unwrap(client.POST('/api/v1/squads/{id}/members', { params: { path: { id } }, body })),
  confirmMember: (id: number, memberId: number) => unwrap(client.POST('/api/v1/squads/{id}/members/{memberId}/confirm', { params: { path: { id, memberId } } })),
  rejectMember: (id: number, memberId: number, reason: string) => unwrap(client.POST('/api/v1/squads/{id}/members/{memberId}/reject', { params: { path: { id, memberId } }, body: { reason } })),
  removeMember: (id: number, memberId: number, reason: string) => unwrap(client.POST('/api/v1/squads/{id}/members/{memberId}/leave', { params: { path: { id, memberId } }, body: { reason } })),
  tasks: (id: number) => api.get<{ items: Task[] }>(`/squads/${id}/tasks`),
  createTask: (id: number, body: { title: string; description: string; difficulty: number; dueOn: string; ownerPersonIds: number[]; milestones: { title: string; dueOn: string }[] }) =>
    api.post<Task>(`/squads/${id}/tasks`, body),
  submitTask: (taskId: number) => api.post<Task>(`/squad-tasks/${taskId}/submit`),
  acceptTask: (taskId: number) => api.post<Task>(`/squad-tasks/${taskId}/accept`),
  returnTask: (taskId: number, reason: string) => api.post<Task>(`/squad-tasks/${taskId}/return`, { reason }),
  reopenMilestone: (milestoneId: number, reason: string) => api.post<Task>(`/squad-milestones/${milestoneId}/reopen`, { reason }),
  innovations: (id: number) => api.get<{ items: Innovation[] }>(`/squads/${id}/innovations`),
  acceptInnovation: (innovationId: number) => api.post<Innovation>(`/squad-innovations/${innovationId}/accept`, {}),
  declineInnovation: (innovationId: number, reason: string) => api.post<Innovation>(`/squad-innovations/${innovationId}/decline`, { reason }),
  history: (id: number) => api.get<{ items: SquadPeriodScore[] }>(`/squads/scoring/squads/${id}/history`),
  // scoring
  periods: () => api.get<{ items: Period[] }>('/squads/scoring/periods'),
  ranking: (periodId: number) => api.get<Ranking>(`/squads/scoring/periods/${periodId}/ranking`, { pageSize: 200 }),
  exportRanking: (periodId: number) => api.download(`/squads/scoring/periods/${periodId}/ranking.xlsx`, undefined, '五比一做排名.xlsx'),
  ratingForm: (periodId: number, squadId: number) => api.get<RatingForm>(`/squads/scoring/periods/${periodId}/ratings/${squadId}`),
  rate: (periodId: number, squadId: number, scores: { criterionId: number; score: number; comment: string }[]) => api.put<{ ok: true }>(`/squads/scoring/periods/${periodId}/ratings/${squadId}`, { scores }),
  closePeriod: (periodId: number) => api.post<{ period: Period; squads: number }>(`/squads/scoring/periods/${periodId}/close`),
  board: () => api.get<{ period: { id: number; label: string; status: 'open' | 'closed' } | null; items: BoardLine[] }>('/squads/scoring/board', { limit: 10 }),
  // me
  mySquad: () => unwrap(client.GET('/api/v1/me/squad')),
  myTasks: () => api.get<{ items: Task[] }>('/me/squad/tasks'),
  myHistory: () => api.get<{ squad: { id: number; name: string } | null; items: SquadPeriodScore[] }>('/me/squad-scores'),
  milestoneDone: (milestoneId: number, photo: File) => api.upload<Task>(`/me/squad/milestones/${milestoneId}/done`, photo),
  submitMyTask: (taskId: number) => api.post<Task>(`/me/squad/tasks/${taskId}/submit`),
};

export function fmtScore(v: number | string | null | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  return Number(v).toFixed(1);
}
