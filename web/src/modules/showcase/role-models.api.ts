import { client, unwrap, type Body, type Query, type Schema } from '../../kernel/api-client.js';

/* 树典型 and 我们的答卷 as the pages use them. */
export type Exemplar = Schema<'ShowcaseExemplar'>;
export type VoteRound = Schema<'ShowcaseVoteRound'>;
export type Nomination = Schema<'ShowcaseNomination'>;
export type Ballot = Schema<'ShowcaseBallot'>;
export type Answer = Schema<'ShowcaseAnswer'>;
export type FeedItem = Schema<'ShowcaseFeedItem'>;
export type RoundQuery = Query<'/api/v1/showcase/rounds', 'get'>;
export type AnswerQuery = Query<'/api/v1/showcase/answers', 'get'>;
export type FeedQuery = Query<'/api/v1/showcase/feed', 'get'>;

const id = (n: number) => ({ params: { path: { id: n } } });
export const mediaUrl = (mediaId: number, poster = false) => `/api/v1/showcase/media/${mediaId}/${poster ? 'poster' : 'file'}`;
export const roleKey = ['showcase', 'roles'] as const;

export const roleApi = {
  wall: (query: Query<'/api/v1/showcase/wall', 'get'>) => unwrap(client.GET('/api/v1/showcase/wall', { params: { query } })),
  series: () => unwrap(client.GET('/api/v1/showcase/series')),
  seriesDetail: (n: number) => unwrap(client.GET('/api/v1/showcase/series/{id}', id(n))),
  rounds: (query: RoundQuery) => unwrap(client.GET('/api/v1/showcase/rounds', { params: { query } })),
  createRound: (body: Body<'/api/v1/showcase/rounds', 'post'>) => unwrap(client.POST('/api/v1/showcase/rounds', { body })),
  moveRound: (n: number, to: 'nominating' | 'voting' | 'closed') => unwrap(client.POST('/api/v1/showcase/rounds/{id}/status', { ...id(n), body: { to } })),
  roundNominations: (n: number) => unwrap(client.GET('/api/v1/showcase/rounds/{id}/nominations', { params: { path: { id: n }, query: { pageSize: 200 } } })),
  reviewNomination: (n: number, decision: 'approved' | 'rejected') => unwrap(client.POST('/api/v1/showcase/nominations/{id}/review', { ...id(n), body: { decision } })),
  votingRounds: () => unwrap(client.GET('/api/v1/showcase/voting')),
  ballot: (n: number) => unwrap(client.GET('/api/v1/showcase/voting/{id}', id(n))),
  vote: (n: number, nominationId: number) => unwrap(client.POST('/api/v1/showcase/voting/{id}/votes', { ...id(n), body: { nominationId } })),

  myAnswers: (query: AnswerQuery) => unwrap(client.GET('/api/v1/showcase/answers', { params: { query } })),
  createAnswer: (body: Body<'/api/v1/showcase/answers', 'post'>) => unwrap(client.POST('/api/v1/showcase/answers', { body })),
  submitAnswer: (n: number) => unwrap(client.POST('/api/v1/showcase/answers/{id}/submit', id(n))),
  reviewAnswer: (n: number, decision: 'published' | 'rejected') => unwrap(client.POST('/api/v1/showcase/answers/{id}/review', { ...id(n), body: { decision } })),
  feed: (query: FeedQuery) => unwrap(client.GET('/api/v1/showcase/feed', { params: { query } })),
  feedItem: (n: number) => unwrap(client.GET('/api/v1/showcase/feed/{id}', id(n))),
  like: (n: number, on: boolean) => unwrap(on ? client.PUT('/api/v1/showcase/feed/{id}/like', id(n)) : client.DELETE('/api/v1/showcase/feed/{id}/like', id(n))),
  comment: (n: number, body: string) => unwrap(client.POST('/api/v1/showcase/feed/{id}/comments', { ...id(n), body: { body } })),
  comments: () => unwrap(client.GET('/api/v1/showcase/comments', { params: { query: { status: 'pending' } } })),
  moderate: (n: number, to: 'visible' | 'hidden') => unwrap(client.POST('/api/v1/showcase/comments/{id}/moderate', { ...id(n), body: { to } })),
  feedFigures: () => unwrap(client.GET('/api/v1/showcase/feed-figures', { params: { query: {} } })),
};
