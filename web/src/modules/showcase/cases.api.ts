import { api } from '../../kernel/api.js';
import { client, unwrap, type Body, type Schema } from '../../kernel/api-client.js';

/* Organisations' cases (申报), the published winners, and the committee's assignment matrix, as the pages use them. */
export type Call = Schema<'ShowcaseCompetition'>;
export type Case = Schema<'ShowcaseSubmission'>;
export type Matrix = Schema<'ShowcaseAssignmentMatrix'>;
type Draft = Body<'/api/v1/showcase/submissions', 'post'>;

const id = (n: number) => ({ params: { path: { id: n } } });

export const casesKey = ['showcase', 'cases'] as const;

export const casesApi = {
  calls: () => unwrap(client.GET('/api/v1/showcase/calls', { params: { query: { page: 1, pageSize: 50 } } })),
  mine: () => unwrap(client.GET('/api/v1/showcase/submissions', { params: { query: { page: 1, pageSize: 100 } } })),
  get: (n: number) => unwrap(client.GET('/api/v1/showcase/submissions/{id}', id(n))),
  create: (body: Draft) => unwrap(client.POST('/api/v1/showcase/submissions', { body })),
  update: (n: number, body: Body<'/api/v1/showcase/submissions/{id}', 'patch'>) => unwrap(client.PATCH('/api/v1/showcase/submissions/{id}', { ...id(n), body })),
  submit: (n: number) => unwrap(client.POST('/api/v1/showcase/submissions/{id}/submit', id(n))),
  withdraw: (n: number) => unwrap(client.POST('/api/v1/showcase/submissions/{id}/withdraw', id(n))),
  attach: (n: number, file: File) => api.upload<Case>(`/showcase/submissions/${n}/files`, file),
  detach: (n: number, fileId: number) => unwrap(client.DELETE('/api/v1/showcase/submissions/{id}/files/{fileId}', { params: { path: { id: n, fileId } } })),
  winners: () => unwrap(client.GET('/api/v1/showcase/winners', { params: { query: { page: 1, pageSize: 50 } } })),

  matrix: (n: number, round: number, page: number, q?: string) =>
    unwrap(client.GET('/api/v1/showcase/competitions/{id}/assignments', { params: { path: { id: n }, query: { round, page, pageSize: 20, q } } })),
  assign: (n: number, body: Body<'/api/v1/showcase/competitions/{id}/assignments', 'post'>) => unwrap(client.POST('/api/v1/showcase/competitions/{id}/assignments', { ...id(n), body })),
  unassign: (n: number, assignmentId: number) =>
    unwrap(client.DELETE('/api/v1/showcase/competitions/{id}/assignments/{assignmentId}', { params: { path: { id: n, assignmentId } } })),
};
