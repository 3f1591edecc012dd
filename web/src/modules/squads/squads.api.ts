import { api } from '../../kernel/api.js';
import type { Page } from '../../kernel/types.js';
import type { DimensionKey } from './messages.js';

/** The react-query key of everything in the module (invalidated after any change). */
export const squadsKey = ['squads'] as const;

export type SquadStatus = 'active' | 'merged' | 'disbanded';
export type TaskStatus = 'open' | 'submitted' | 'accepted' | 'returned';
export type MembershipStatus = 'proposed' | 'active' | 'left' | 'rejected';

export interface SquadRow {
  id: number;
  name: string;
  orgId: number;
  orgName: string;
  field: string;
  status: SquadStatus;
  leaderPersonId: number | null;
  leaderName: string | null;
  memberCount: number;
  startedOn: string;
}

export interface Squad extends SquadRow {
  mission: string;
  mergedIntoId: number | null;
  endedOn: string | null;
}

export interface Member {
  id: number;
  personId: number;
  name: string;
  role: 'leader' | 'member';
  status: MembershipStatus;
  joinReason: string;
  proposedAt: string;
  joinedAt: string | null;
  leftAt: string | null;
  leaveReason: string | null;
  rejectReason: string | null;
}

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

export type Scores = Record<DimensionKey, number | null> & { total: number | null };

export interface Period {
  id: number;
  year: number;
  kind: 'month' | 'quarter';
  seq: number;
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
  closedAt: string | null;
}

/** A squad's row of a period: computed (open period) or frozen (closed). */
export interface ScoreRow extends Scores {
  squadId: number;
  squadName: string;
  orgName: string;
  memberCount: number;
  rank: number | null;
  previousRank?: number | null;
  movement?: number | null;
  badge?: boolean;
}

/** One period of a squad's history: the radar and the rank history. */
export interface SquadPeriodScore extends Scores {
  periodId: number;
  year: number;
  kind: 'month' | 'quarter';
  seq: number;
  rank: number;
  movement: number | null;
  badge: boolean;
}

export interface Criterion {
  id: number;
  seq: number;
  name: string;
  description: string;
  weight: number;
}

export interface MyRating {
  criteria: Criterion[];
  scores: { criterionId: number; score: number; comment: string }[];
}

export interface SquadQuery {
  page: number;
  pageSize: number;
  q?: string;
  orgId?: number;
  field?: string;
  status?: SquadStatus;
  sort?: string;
}

export interface MySquad {
  squad: Squad;
  role: 'leader' | 'member';
  members: Member[];
}

export const squadsApi = {
  list: (q: SquadQuery) => api.get<Page<SquadRow>>('/squads', { ...q }),
  fields: () => api.get<{ items: string[] }>('/squads/fields'),
  get: (id: number) => api.get<Squad>(`/squads/${id}`),
  create: (body: { name: string; orgId: number; field: string; mission: string; startedOn: string; leaderPersonId: number }) => api.post<Squad>('/squads', body),
  members: (id: number) => api.get<{ items: Member[] }>(`/squads/${id}/members`),
  addMember: (id: number, body: { personId: number; joinReason: string }) => api.post<Member>(`/squads/${id}/members`, body),
  confirmMember: (id: number, memberId: number) => api.post<Member>(`/squads/${id}/members/${memberId}/confirm`),
  rejectMember: (id: number, memberId: number, reason: string) => api.post<Member>(`/squads/${id}/members/${memberId}/reject`, { reason }),
  removeMember: (id: number, memberId: number, reason: string) => api.post<Member>(`/squads/${id}/members/${memberId}/leave`, { reason }),
  tasks: (id: number) => api.get<{ items: Task[] }>(`/squads/${id}/tasks`),
  createTask: (id: number, body: { title: string; description: string; difficulty: number; dueOn: string; ownerPersonIds: number[]; milestones: { title: string; dueOn: string }[] }) =>
    api.post<Task>(`/squads/${id}/tasks`, body),
  acceptTask: (taskId: number) => api.post<Task>(`/squads/tasks/${taskId}/accept`),
  returnTask: (taskId: number, reason: string) => api.post<Task>(`/squads/tasks/${taskId}/return`, { reason }),
  reopenMilestone: (milestoneId: number) => api.post<Milestone>(`/squads/milestones/${milestoneId}/reopen`),
  innovations: (id: number) => api.get<{ items: Innovation[] }>(`/squads/${id}/innovations`),
  decideInnovation: (innovationId: number, body: { accept: boolean; reason?: string }) => api.post<Innovation>(`/squads/innovations/${innovationId}/decide`, body),
  scores: (id: number) => api.get<{ items: SquadPeriodScore[] }>(`/squads/${id}/scores`),
  exportSquads: (q: Omit<SquadQuery, 'page' | 'pageSize'>) => api.download('/squads/export', { ...q }, '青年尖刀班.xlsx'),
  // scoring
  periods: () => api.get<{ items: Period[] }>('/squads/periods'),
  preview: (periodId: number) => api.get<{ items: ScoreRow[] }>(`/squads/periods/${periodId}/preview`),
  myRating: (periodId: number, squadId: number) => api.get<MyRating>(`/squads/periods/${periodId}/ratings/${squadId}`),
  rate: (periodId: number, squadId: number, scores: { criterionId: number; score: number; comment: string }[]) => api.put<MyRating>(`/squads/periods/${periodId}/ratings/${squadId}`, { scores }),
  closePeriod: (periodId: number) => api.post<Period>(`/squads/periods/${periodId}/close`),
  ranking: (periodId: number) => api.get<{ items: ScoreRow[] }>(`/squads/periods/${periodId}/ranking`),
  exportRanking: (periodId: number) => api.download(`/squads/periods/${periodId}/ranking/export`, undefined, '五比一做排名.xlsx'),
  board: () => api.get<{ period: Period | null; items: ScoreRow[] }>('/squads/board'),
  // me
  mySquad: () => api.get<MySquad | null>('/me/squad'),
  myTasks: () => api.get<{ items: Task[] }>('/me/squad/tasks'),
  myScores: () => api.get<{ items: SquadPeriodScore[] }>('/me/squad/scores'),
  myRanking: () => api.get<{ period: Period | null; items: ScoreRow[] }>('/me/squad/ranking'),
  milestoneDone: (milestoneId: number, photo: File) => api.upload<Milestone>(`/me/squad/milestones/${milestoneId}/done`, photo),
};

/** 2026年第1季度 / 2026年3月. */
export function periodName(p: { year: number; kind: 'month' | 'quarter'; seq: number }, lang: 'zh' | 'en'): string {
  if (p.kind === 'quarter') return lang === 'zh' ? `${p.year}年第${p.seq}季度` : `${p.year} Q${p.seq}`;
  return lang === 'zh' ? `${p.year}年${p.seq}月` : `${p.year}-${String(p.seq).padStart(2, '0')}`;
}

export function fmtScore(v: number | string | null | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  return Number(v).toFixed(1);
}
