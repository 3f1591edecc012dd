import { client, unwrap, type Body, type Query, type Schema } from '../../../kernel/api-client.js';

/** 共学: the entrepreneur's co-study sessions (/me/co-study) and the admin's attendees by side. */

export type CoSession = Schema<'PairingCoSession'>;
export type Attendees = Schema<'PairingCoSessionAttendees'>;
export type CoView = 'upcoming' | 'mine' | 'past';
export type CoCheckin = Body<'/api/v1/me/co-study/checkin', 'post'>;

const id = (n: number) => ({ params: { path: { id: n } } });

export const coStudyApi = {
  sessions: (view: CoView, page: number) => unwrap(client.GET('/api/v1/me/co-study', { params: { query: { view, page, pageSize: 20 } } })),
  signUp: (n: number) => unwrap(client.POST('/api/v1/me/co-study/{id}/signup', id(n))),
  cancel: (n: number) => unwrap(client.DELETE('/api/v1/me/co-study/{id}/signup', id(n))),
  checkin: (body: CoCheckin) => unwrap(client.POST('/api/v1/me/co-study/checkin', { body })),

  /** Co-study sessions of the caller's scope under pairing.read, with sign-ups, waitlist and attendance by side. */
  activities: (query: Query<'/api/v1/pairing/co-study', 'get'>) => unwrap(client.GET('/api/v1/pairing/co-study', { params: { query } })),
  attendees: (n: number) => unwrap(client.GET('/api/v1/pairing/co-study/{id}/attendees', id(n))),
};

export const coStudyKey = ['pairing', 'co-study'] as const;
