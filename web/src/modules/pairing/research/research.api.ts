import { client, unwrap, type Body, type Query, type Schema } from '../../../kernel/api-client.js';

/*
 * 共研 (joint research) as the pages use it: admins under /pairing/research/…, participants under
 * /me/research/… (cadre) or /me/entrepreneur/research/… (entrepreneur), the same shapes on both sides.
 */

export type Topic = Schema<'PairingResearchTopic'>;
export type MyTopic = Schema<'PairingMyResearchTopic'>;
export type Participant = Schema<'PairingResearchParticipant'>;
export type Meeting = Schema<'PairingResearchMeeting'>;
export type Output = Schema<'PairingResearchOutput'>;
export type OutputStatus = Output['status'];
export type OutputKind = Output['kind'];
export type TopicQuery = Query<'/api/v1/pairing/research/topics', 'get'>;
export type OutputQuery = Query<'/api/v1/pairing/research/outputs', 'get'>;
export type TopicBody = Body<'/api/v1/pairing/research/topics', 'post'>;
export type TopicPatch = Body<'/api/v1/pairing/research/topics/{id}', 'patch'>;
export type ParticipantBody = Body<'/api/v1/pairing/research/topics/{id}/participants', 'post'>;
export type MeetingBody = Body<'/api/v1/pairing/research/topics/{id}/meetings', 'post'>;
export type OutputBody = Body<'/api/v1/pairing/research/topics/{id}/outputs', 'post'>;
export type OutputPatch = Body<'/api/v1/pairing/research/outputs/{id}', 'patch'>;
export type Side = 'cadre' | 'entrepreneur';

const id = (n: number) => ({ params: { path: { id: n } } });

export const researchApi = {
  topics: (query: TopicQuery) => unwrap(client.GET('/api/v1/pairing/research/topics', { params: { query } })),
  topic: (n: number) => unwrap(client.GET('/api/v1/pairing/research/topics/{id}', id(n))),
  createTopic: (body: TopicBody) => unwrap(client.POST('/api/v1/pairing/research/topics', { body })),
  updateTopic: (n: number, body: TopicPatch) => unwrap(client.PATCH('/api/v1/pairing/research/topics/{id}', { ...id(n), body })),
  conclude: (n: number, endedOn?: string) => unwrap(client.POST('/api/v1/pairing/research/topics/{id}/conclude', { ...id(n), body: { endedOn } })),

  participants: (n: number, includeLeft: boolean) =>
    unwrap(client.GET('/api/v1/pairing/research/topics/{id}/participants', { params: { path: { id: n }, query: { includeLeft: includeLeft ? 'true' : 'false' } } })),
  addParticipant: (n: number, body: ParticipantBody) => unwrap(client.POST('/api/v1/pairing/research/topics/{id}/participants', { ...id(n), body })),
  leave: (n: number, participantId: number) =>
    unwrap(client.POST('/api/v1/pairing/research/topics/{id}/participants/{participantId}/leave', { params: { path: { id: n, participantId } } })),

  meetings: (n: number) => unwrap(client.GET('/api/v1/pairing/research/topics/{id}/meetings', { params: { path: { id: n }, query: { pageSize: 200 } } })),
  addMeeting: (n: number, body: MeetingBody) => unwrap(client.POST('/api/v1/pairing/research/topics/{id}/meetings', { ...id(n), body })),

  outputList: (query: OutputQuery) => unwrap(client.GET('/api/v1/pairing/research/outputs', { params: { query } })),
  outputs: (topicId: number) => unwrap(client.GET('/api/v1/pairing/research/outputs', { params: { query: { topicId, pageSize: 200 } } })),
  addOutput: (n: number, body: OutputBody) => unwrap(client.POST('/api/v1/pairing/research/topics/{id}/outputs', { ...id(n), body })),
  updateOutput: (n: number, body: OutputPatch) => unwrap(client.PATCH('/api/v1/pairing/research/outputs/{id}', { ...id(n), body })),
  submit: (n: number) => unwrap(client.POST('/api/v1/pairing/research/outputs/{id}/submit', id(n))),
  approve: (n: number, note?: string) => unwrap(client.POST('/api/v1/pairing/research/outputs/{id}/approve', { ...id(n), body: { note } })),
  returnOutput: (n: number, note: string) => unwrap(client.POST('/api/v1/pairing/research/outputs/{id}/return', { ...id(n), body: { note } })),
  publish: (n: number) => unwrap(client.POST('/api/v1/pairing/research/outputs/{id}/publish', id(n))),

  /** Activities the caller may link a meeting to (the engine's list, by title). */
  activities: (q: string) => unwrap(client.GET('/api/v1/activities', { params: { query: { q, pageSize: 20 } } })),
};

/** A participant's side of 共研: the cadre's and the entrepreneur's routes differ only by their base. */
export function myResearchApi(side: Side) {
  return side === 'cadre'
    ? {
        topics: () => unwrap(client.GET('/api/v1/me/research/topics', { params: { query: { pageSize: 100 } } })),
        topic: (n: number) => unwrap(client.GET('/api/v1/me/research/topics/{id}', id(n))),
        meetings: (n: number) => unwrap(client.GET('/api/v1/me/research/topics/{id}/meetings', { params: { path: { id: n }, query: { pageSize: 100 } } })),
        outputs: (n: number) => unwrap(client.GET('/api/v1/me/research/topics/{id}/outputs', { params: { path: { id: n }, query: { pageSize: 100 } } })),
        addOutput: (n: number, body: OutputBody) => unwrap(client.POST('/api/v1/me/research/topics/{id}/outputs', { ...id(n), body })),
        updateOutput: (n: number, body: OutputPatch) => unwrap(client.PATCH('/api/v1/me/research/outputs/{id}', { ...id(n), body })),
        submit: (n: number) => unwrap(client.POST('/api/v1/me/research/outputs/{id}/submit', id(n))),
      }
    : {
        topics: () => unwrap(client.GET('/api/v1/me/entrepreneur/research/topics', { params: { query: { pageSize: 100 } } })),
        topic: (n: number) => unwrap(client.GET('/api/v1/me/entrepreneur/research/topics/{id}', id(n))),
        meetings: (n: number) => unwrap(client.GET('/api/v1/me/entrepreneur/research/topics/{id}/meetings', { params: { path: { id: n }, query: { pageSize: 100 } } })),
        outputs: (n: number) => unwrap(client.GET('/api/v1/me/entrepreneur/research/topics/{id}/outputs', { params: { path: { id: n }, query: { pageSize: 100 } } })),
        addOutput: (n: number, body: OutputBody) => unwrap(client.POST('/api/v1/me/entrepreneur/research/topics/{id}/outputs', { ...id(n), body })),
        updateOutput: (n: number, body: OutputPatch) => unwrap(client.PATCH('/api/v1/me/entrepreneur/research/outputs/{id}', { ...id(n), body })),
        submit: (n: number) => unwrap(client.POST('/api/v1/me/entrepreneur/research/outputs/{id}/submit', id(n))),
      };
}

export const researchKey = ['pairing', 'research'] as const;
