import { api } from '../../kernel/api.js';
import { client, unwrap, type Answer, type Body, type Query, type Schema } from '../../kernel/api-client.js';

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

export type Evidence = Schema<'SquadEvidence'>;
export type Milestone = Schema<'SquadMilestone'>;
/** A hard task with its owners, milestones (with their evidence) and its own evidence. */
export type Task = Schema<'SquadTask'>;
export type Innovation = Schema<'SquadInnovation'>;

export type Period = Answer<'/api/v1/squads/scoring/periods', 'get'>['items'][number];
/** A period's ranking: computed now (open period) or frozen (closed). */
export type Ranking = Answer<'/api/v1/squads/scoring/periods/{id}/ranking', 'get'>;
/** A squad's line of a period's ranking. */
export type ScoreRow = Ranking['items'][number];
/** One period of a squad's history: the radar and the rank history. */
export type SquadPeriodScore = Answer<'/api/v1/squads/scoring/squads/{squadId}/history', 'get'>['items'][number];
/** The 比作为 rating form of one squad for the signed-in rater, the computed four beside it. */
export type RatingForm = Answer<'/api/v1/squads/scoring/periods/{id}/ratings/{squadId}', 'get'>;
export type Board = Answer<'/api/v1/squads/scoring/board', 'get'>;

export type SquadQuery = Query<'/api/v1/squads', 'get'>;

export type MySquad = Schema<'MySquad'>;

const path = (id: number) => ({ params: { path: { id } } });

export const squadsApi = {
  list: (query: SquadQuery) => unwrap(client.GET('/api/v1/squads', { params: { query } })),
  fields: () => unwrap(client.GET('/api/v1/squads/fields')),
  get: (id: number) => unwrap(client.GET('/api/v1/squads/{id}', path(id))),
  create: (body: Body<'/api/v1/squads', 'post'>) => unwrap(client.POST('/api/v1/squads', { body })),
  merge: (id: number, body: Body<'/api/v1/squads/{id}/merge', 'post'>) => unwrap(client.POST('/api/v1/squads/{id}/merge', { ...path(id), body })),
  disband: (id: number, reason: string) => unwrap(client.POST('/api/v1/squads/{id}/disband', { ...path(id), body: { reason } })),
  exportSquads: (q: Omit<SquadQuery, 'page' | 'pageSize'>) => api.download('/squads/export.xlsx', { ...q }, '青年尖刀班.xlsx'),
  candidates: (id: number, q: string) => unwrap(client.GET('/api/v1/squads/{id}/candidates', { params: { path: { id }, query: { q, pageSize: 20 } } })),
  addMember: (id: number, body: Body<'/api/v1/squads/{id}/members', 'post'>) => unwrap(client.POST('/api/v1/squads/{id}/members', { ...path(id), body })),
  confirmMember: (id: number, memberId: number) => unwrap(client.POST('/api/v1/squads/{id}/members/{memberId}/confirm', { params: { path: { id, memberId } } })),
  rejectMember: (id: number, memberId: number, reason: string) => unwrap(client.POST('/api/v1/squads/{id}/members/{memberId}/reject', { params: { path: { id, memberId } }, body: { reason } })),
  removeMember: (id: number, memberId: number, reason: string) => unwrap(client.POST('/api/v1/squads/{id}/members/{memberId}/leave', { params: { path: { id, memberId } }, body: { reason } })),
  setLeader: (id: number, personId: number) => unwrap(client.PUT('/api/v1/squads/{id}/leader', { ...path(id), body: { personId } })),
  tasks: (id: number) => unwrap(client.GET('/api/v1/squads/{id}/tasks', { params: { path: { id }, query: {} } })),
  createTask: (id: number, body: Body<'/api/v1/squads/{id}/tasks', 'post'>) => unwrap(client.POST('/api/v1/squads/{id}/tasks', { ...path(id), body })),
  submitTask: (taskId: number) => unwrap(client.POST('/api/v1/squad-tasks/{id}/submit', path(taskId))),
  acceptTask: (taskId: number) => unwrap(client.POST('/api/v1/squad-tasks/{id}/accept', path(taskId))),
  returnTask: (taskId: number, reason: string) => unwrap(client.POST('/api/v1/squad-tasks/{id}/return', { ...path(taskId), body: { reason } })),
  reopenMilestone: (milestoneId: number, reason: string) => unwrap(client.POST('/api/v1/squad-milestones/{id}/reopen', { ...path(milestoneId), body: { reason } })),
  innovations: (id: number) => unwrap(client.GET('/api/v1/squads/{id}/innovations', { params: { path: { id }, query: {} } })),
  acceptInnovation: (innovationId: number) => unwrap(client.POST('/api/v1/squad-innovations/{id}/accept', { ...path(innovationId), body: {} })),
  declineInnovation: (innovationId: number, reason: string) => unwrap(client.POST('/api/v1/squad-innovations/{id}/decline', { ...path(innovationId), body: { reason } })),
  history: (squadId: number) => unwrap(client.GET('/api/v1/squads/scoring/squads/{squadId}/history', { params: { path: { squadId } } })),
  // scoring
  periods: () => unwrap(client.GET('/api/v1/squads/scoring/periods', { params: { query: {} } })),
  ranking: (id: number) => unwrap(client.GET('/api/v1/squads/scoring/periods/{id}/ranking', { params: { path: { id }, query: { pageSize: 200 } } })),
  exportRanking: (id: number) => api.download(`/squads/scoring/periods/${id}/ranking.xlsx`, undefined, '五比一做排名.xlsx'),
  ratingForm: (id: number, squadId: number) => unwrap(client.GET('/api/v1/squads/scoring/periods/{id}/ratings/{squadId}', { params: { path: { id, squadId } } })),
  rate: (id: number, squadId: number, body: Body<'/api/v1/squads/scoring/periods/{id}/ratings/{squadId}', 'put'>) =>
    unwrap(client.PUT('/api/v1/squads/scoring/periods/{id}/ratings/{squadId}', { params: { path: { id, squadId } }, body })),
  year: (year: number) => unwrap(client.GET('/api/v1/squads/scoring/years/{year}', { params: { path: { year } } })),
  saveYear: (year: number, body: Body<'/api/v1/squads/scoring/years/{year}', 'put'>) => unwrap(client.PUT('/api/v1/squads/scoring/years/{year}', { params: { path: { year } }, body })),
  saveRubric: (year: number, body: Body<'/api/v1/squads/scoring/years/{year}/rubric', 'put'>) => unwrap(client.PUT('/api/v1/squads/scoring/years/{year}/rubric', { params: { path: { year } }, body })),
  createPeriods: (year: number) => unwrap(client.POST('/api/v1/squads/scoring/years/{year}/periods', { params: { path: { year } } })),
  squadScore: (id: number, squadId: number) => unwrap(client.GET('/api/v1/squads/scoring/periods/{id}/squads/{squadId}', { params: { path: { id, squadId } } })),
  closePeriod: (id: number) => unwrap(client.POST('/api/v1/squads/scoring/periods/{id}/close', path(id))),
  board: () => unwrap(client.GET('/api/v1/squads/scoring/board', { params: { query: { limit: 10 } } })),
  // me
  mySquad: () => unwrap(client.GET('/api/v1/me/squad')),
  myTasks: () => unwrap(client.GET('/api/v1/me/squad/tasks', { params: { query: {} } })),
  myHistory: () => unwrap(client.GET('/api/v1/me/squad-scores')),
  milestoneDone: (milestoneId: number, photo: File) => api.upload<Task>(`/me/squad/milestones/${milestoneId}/done`, photo),
  myCandidates: (q: string) => unwrap(client.GET('/api/v1/me/squad/candidates', { params: { query: { q, pageSize: 20 } } })),
  propose: (body: Body<'/api/v1/me/squad/proposals', 'post'>) => unwrap(client.POST('/api/v1/me/squad/proposals', { body })),
  submitMyTask: (taskId: number) => unwrap(client.POST('/api/v1/me/squad/tasks/{id}/submit', path(taskId))),
};

export function fmtScore(v: number | string | null | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  return Number(v).toFixed(1);
}
