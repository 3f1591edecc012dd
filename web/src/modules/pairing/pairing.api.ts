import { client, unwrap, type Body, type Query, type Schema } from '../../kernel/api-client.js';

/*
 * 青创π / 两青共进 as the pages use it, through the typed client (web/src/api/openapi.ts): admins under
 * /pairing/…, the cadre and the entrepreneur under /me/…, the public registration under /public/pairing/….
 */

export type Entrepreneur = Schema<'PairingEntrepreneur'>;
export type Pair = Schema<'PairingPair'>;
export type Contact = Schema<'PairingContact'>;
export type Concern = Schema<'PairingConcern'>;
export type Options = Schema<'PairingOptions'>;
export type Reviewed = Schema<'PairingReviewed'>;
export type IssuedAccount = NonNullable<Reviewed['account']>;
export type EntrepreneurQuery = Query<'/api/v1/pairing/entrepreneurs', 'get'>;
export type PairQuery = Query<'/api/v1/pairing/pairs', 'get'>;
export type ConcernQuery = Query<'/api/v1/pairing/concerns', 'get'>;
export type RegisterBody = Body<'/api/v1/pairing/entrepreneurs', 'post'>;
export type PublicRegistration = Body<'/api/v1/public/pairing/registrations', 'post'>;
export type ContactBody = Body<'/api/v1/me/pairs/{id}/contacts', 'post'>;
export type ConcernBody = Body<'/api/v1/me/concerns', 'post'>;
export type Rating = Body<'/api/v1/me/concerns/{demandId}/rating', 'post'>;
export type ConcernStatus = Concern['status'];

const id = (n: number) => ({ params: { path: { id: n } } });

export const pairingApi = {
  options: () => unwrap(client.GET('/api/v1/public/pairing/options')),
  registerPublic: (body: PublicRegistration) => unwrap(client.POST('/api/v1/public/pairing/registrations', { body })),

  entrepreneurs: (query: EntrepreneurQuery) => unwrap(client.GET('/api/v1/pairing/entrepreneurs', { params: { query } })),
  entrepreneur: (n: number) => unwrap(client.GET('/api/v1/pairing/entrepreneurs/{id}', id(n))),
  /** The record with the full phone number; the server audits the read. */
  entrepreneurFull: (n: number) => unwrap(client.GET('/api/v1/pairing/entrepreneurs/{id}/full', id(n))),
  register: (body: RegisterBody) => unwrap(client.POST('/api/v1/pairing/entrepreneurs', { body })),
  approve: (n: number, body: Body<'/api/v1/pairing/entrepreneurs/{id}/approve', 'post'>) => unwrap(client.POST('/api/v1/pairing/entrepreneurs/{id}/approve', { ...id(n), body })),
  reject: (n: number, reason: string) => unwrap(client.POST('/api/v1/pairing/entrepreneurs/{id}/reject', { ...id(n), body: { reason } })),

  pairs: (query: PairQuery) => unwrap(client.GET('/api/v1/pairing/pairs', { params: { query } })),
  createPair: (body: Body<'/api/v1/pairing/pairs', 'post'>) => unwrap(client.POST('/api/v1/pairing/pairs', { body })),
  endPair: (n: number, reason: string) => unwrap(client.POST('/api/v1/pairing/pairs/{id}/end', { ...id(n), body: { reason } })),
  pairContacts: (n: number, page: number) => unwrap(client.GET('/api/v1/pairing/pairs/{id}/contacts', { params: { path: { id: n }, query: { page, pageSize: 10 } } })),

  concerns: (query: ConcernQuery) => unwrap(client.GET('/api/v1/pairing/concerns', { params: { query } })),

  myPairs: () => unwrap(client.GET('/api/v1/me/pairs', { params: { query: { active: 'true', pageSize: 100 } } })),
  myPairContacts: (n: number) => unwrap(client.GET('/api/v1/me/pairs/{id}/contacts', { params: { path: { id: n }, query: { pageSize: 50 } } })),
  logContact: (n: number, body: ContactBody) => unwrap(client.POST('/api/v1/me/pairs/{id}/contacts', { ...id(n), body })),
  raiseForPair: (n: number, body: ConcernBody) => unwrap(client.POST('/api/v1/me/pairs/{id}/concerns', { ...id(n), body })),
  followedConcerns: () => unwrap(client.GET('/api/v1/me/followed-concerns', { params: { query: { pageSize: 100 } } })),

  myRecord: () => unwrap(client.GET('/api/v1/me/entrepreneur')),
  myConcerns: () => unwrap(client.GET('/api/v1/me/concerns', { params: { query: { pageSize: 100 } } })),
  raise: (body: ConcernBody) => unwrap(client.POST('/api/v1/me/concerns', { body })),
  rate: (demandId: number, body: Rating) => unwrap(client.POST('/api/v1/me/concerns/{demandId}/rating', { params: { path: { demandId } }, body })),
};

export const pairingKey = ['pairing'] as const;
