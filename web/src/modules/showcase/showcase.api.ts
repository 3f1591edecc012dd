import { client, unwrap, type Body, type Query, type Schema } from '../../kernel/api-client.js';

/* Innovation case competitions as the pages use them: the committee under /showcase/competitions, reviewers under /showcase/review. */
export type Competition = Schema<'ShowcaseCompetition'>;
export type Results = Schema<'ShowcaseResults'>;
export type BlindAssignment = Schema<'ShowcaseBlindAssignment'>;
export type BlindCase = Schema<'ShowcaseBlindCase'>;
export type CompetitionQuery = Query<'/api/v1/showcase/competitions', 'get'>;
export type WorkbenchQuery = Query<'/api/v1/showcase/review/assignments', 'get'>;
export type Method = Body<'/api/v1/showcase/competitions/{id}/results', 'post'>['method'];

const id = (n: number) => ({ params: { path: { id: n } } });

export const showcaseKey = ['showcase'] as const;

export const showcaseApi = {
  competitions: (query: CompetitionQuery) => unwrap(client.GET('/api/v1/showcase/competitions', { params: { query } })),
  move: (n: number, to: 'open' | 'reviewing') => unwrap(client.POST('/api/v1/showcase/competitions/{id}/status', { ...id(n), body: { to } })),
  competition: (n: number) => unwrap(client.GET('/api/v1/showcase/competitions/{id}', id(n))),
  compute: (n: number, round: number) => unwrap(client.POST('/api/v1/showcase/competitions/{id}/assignments/compute', { ...id(n), body: { round } })),
  progress: (n: number) => unwrap(client.GET('/api/v1/showcase/competitions/{id}/progress', { params: { path: { id: n }, query: { round: 1 } } })),
  remind: (n: number, round: number) => unwrap(client.POST('/api/v1/showcase/competitions/{id}/reminders', { ...id(n), body: { round } })),
  normalise: (n: number, round: number, method: Method) => unwrap(client.POST('/api/v1/showcase/competitions/{id}/results', { ...id(n), body: { round, method } })),
  shortlist: (n: number, runId: number) => unwrap(client.POST('/api/v1/showcase/competitions/{id}/round2', { ...id(n), body: { runId } })),
  results: (n: number, query: Query<'/api/v1/showcase/competitions/{id}/results', 'get'>) => unwrap(client.GET('/api/v1/showcase/competitions/{id}/results', { params: { path: { id: n }, query } })),
  decide: (n: number, runId: number) => unwrap(client.POST('/api/v1/showcase/competitions/{id}/decisions', { ...id(n), body: { runId } })),
  publish: (n: number) => unwrap(client.POST('/api/v1/showcase/competitions/{id}/publish', id(n))),

  myAssignments: (query: WorkbenchQuery) => unwrap(client.GET('/api/v1/showcase/review/assignments', { params: { query } })),
  myAssignment: (n: number) => unwrap(client.GET('/api/v1/showcase/review/assignments/{id}', id(n))),
  score: (n: number, body: Body<'/api/v1/showcase/review/assignments/{id}/score', 'put'>) => unwrap(client.PUT('/api/v1/showcase/review/assignments/{id}/score', { ...id(n), body })),
};
