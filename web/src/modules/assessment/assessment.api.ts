import { api } from '../../kernel/api.js';
import { client, unwrap, type Answer, type Body, type Query, type Schema } from '../../kernel/api-client.js';

/** The react-query key of everything in the module (invalidated after any change). */
export const assessmentKey = ['assessment'] as const;

export type TreeNode = Schema<'AssessmentIndicator1'>;
export type Tree = Schema<'AssessmentTree'>;
export type LeafDef = NonNullable<TreeNode['leaf']>;
export type SystemListItem = Answer<'/api/v1/assessment/systems', 'get'>['items'][number];
export type SystemDetail = Answer<'/api/v1/assessment/systems/{id}', 'get'>;
export type Version = Answer<'/api/v1/assessment/systems/{id}/versions/{version}', 'get'>;
export type TargetKind = SystemListItem['targetKind'];
export type Round = Answer<'/api/v1/assessment/rounds/{id}', 'get'>;
export type RoundStatus = Round['status'];
export type RoundBody = Body<'/api/v1/assessment/rounds', 'post'>;
export type Results = Answer<'/api/v1/assessment/rounds/{id}/results', 'get'>;
export type ResultRow = Results['items'][number];
export type Grade = ResultRow['grade'];
export type ResultsQuery = Query<'/api/v1/assessment/rounds/{id}/results', 'get'>;
export type TargetDetail = Answer<'/api/v1/assessment/rounds/{id}/targets/{targetId}', 'get'>;
export type Task = Answer<'/api/v1/me/assessment/tasks', 'get'>['items'][number];
export type Growth = Schema<'GrowthProfile'>;
export type Ballot = Answer<'/api/v1/me/assessment/ballot', 'get'>['items'][number];
export type VoteGrade = NonNullable<Ballot['targets'][number]['myGrade']>;
export type MeetingResults = Answer<'/api/v1/me/assessment/ballot/results', 'get'>['items'][number];
export type VoteGroup = Answer<'/api/v1/assessment/rounds/{id}/vote-groups', 'get'>['items'][number];
export type Aggregates = Answer<'/api/v1/assessment/rounds/{id}/votes', 'get'>['items'];
export const voteGrades: readonly VoteGrade[] = ['good', 'fairly_good', 'average', 'poor'];
export type GrowthItem = Growth['timeline'][number];

export const grades: readonly Grade[] = ['excellent', 'good', 'fair', 'poor'];

const id = (n: number) => ({ params: { path: { id: n } } });

export const assessmentApi = {
  systems: (targetKind?: TargetKind) => unwrap(client.GET('/api/v1/assessment/systems', { params: { query: { targetKind } } })),
  system: (n: number) => unwrap(client.GET('/api/v1/assessment/systems/{id}', id(n))),
  version: (n: number, version: number) => unwrap(client.GET('/api/v1/assessment/systems/{id}/versions/{version}', { params: { path: { id: n, version } } })),
  createSystem: (body: Body<'/api/v1/assessment/systems', 'post'>) => unwrap(client.POST('/api/v1/assessment/systems', { body })),
  saveDraft: (n: number, body: Body<'/api/v1/assessment/systems/{id}/draft', 'put'>) => unwrap(client.PUT('/api/v1/assessment/systems/{id}/draft', { ...id(n), body })),
  publish: (n: number) => unwrap(client.POST('/api/v1/assessment/systems/{id}/publish', id(n))),

  rounds: (q: Query<'/api/v1/assessment/rounds', 'get'>) => unwrap(client.GET('/api/v1/assessment/rounds', { params: { query: q } })),
  round: (n: number) => unwrap(client.GET('/api/v1/assessment/rounds/{id}', id(n))),
  createRound: (body: RoundBody) => unwrap(client.POST('/api/v1/assessment/rounds', { body })),
  start: (n: number) => unwrap(client.POST('/api/v1/assessment/rounds/{id}/start', id(n))),
  compute: (n: number) => unwrap(client.POST('/api/v1/assessment/rounds/{id}/compute', id(n))),
  close: (n: number) => unwrap(client.POST('/api/v1/assessment/rounds/{id}/close', id(n))),
  confirm: (n: number) => unwrap(client.POST('/api/v1/assessment/rounds/{id}/confirm', id(n))),
  results: (n: number, query: ResultsQuery) => unwrap(client.GET('/api/v1/assessment/rounds/{id}/results', { params: { path: { id: n }, query } })),
  target: (n: number, targetId: number) => unwrap(client.GET('/api/v1/assessment/rounds/{id}/targets/{targetId}', { params: { path: { id: n, targetId } } })),
  assignRaters: (n: number, body: Body<'/api/v1/assessment/rounds/{id}/raters', 'post'>) => unwrap(client.POST('/api/v1/assessment/rounds/{id}/raters', { ...id(n), body })),

  myTasks: (query: Query<'/api/v1/me/assessment/tasks', 'get'>) => unwrap(client.GET('/api/v1/me/assessment/tasks', { params: { query } })),
  rate: (n: number, body: Body<'/api/v1/me/assessment/tasks/{id}', 'put'>) => unwrap(client.PUT('/api/v1/me/assessment/tasks/{id}', { ...id(n), body })),

  ballot: (roundId?: number) => unwrap(client.GET('/api/v1/me/assessment/ballot', { params: { query: { roundId } } })),
  vote: (body: Body<'/api/v1/me/assessment/votes', 'post'>) => unwrap(client.POST('/api/v1/me/assessment/votes', { body })),
  meetingResults: (roundId: number) => unwrap(client.GET('/api/v1/me/assessment/ballot/results', { params: { query: { roundId } } })),
  voteGroups: (n: number) => unwrap(client.GET('/api/v1/assessment/rounds/{id}/vote-groups', id(n))),
  createGroup: (n: number, body: Body<'/api/v1/assessment/rounds/{id}/vote-groups', 'post'>) => unwrap(client.POST('/api/v1/assessment/rounds/{id}/vote-groups', { ...id(n), body })),
  addVoters: (n: number, groupId: number, accountIds: number[]) =>
    unwrap(client.POST('/api/v1/assessment/rounds/{id}/vote-groups/{groupId}/voters', { params: { path: { id: n, groupId } }, body: { accountIds } })),
  voting: (n: number, step: 'open' | 'close') => unwrap(step === 'open' ? client.POST('/api/v1/assessment/rounds/{id}/voting/open', id(n)) : client.POST('/api/v1/assessment/rounds/{id}/voting/close', id(n))),
  aggregates: (n: number) => unwrap(client.GET('/api/v1/assessment/rounds/{id}/votes', id(n))),

  growth: (personId: number) => unwrap(client.GET('/api/v1/assessment/growth/{personId}', { params: { path: { personId } } })),
  myGrowth: () => unwrap(client.GET('/api/v1/me/assessment/growth')),
  growthPdf: (personId: number, name: string) => api.download(`/assessment/growth/${personId}/profile.pdf`, {}, `成长档案-${name}.pdf`),
};
