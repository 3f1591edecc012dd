import { client, unwrap, type Body, type Query, type Schema } from '../../kernel/api-client.js';

/* 阵地矩阵 as the pages use it, through the typed client (web/src/api/openapi.ts). */

export type Venue = Schema<'BasesVenue'>;
export type Booking = Schema<'BasesBooking'>;
export type Schedule = Schema<'BasesVenueSchedule'>;
export type ProjectSummary = Schema<'BasesProjectSummary'>;
export type Project = Schema<'BasesProject'>;
export type BrandSummary = Schema<'BasesBrandSummary'>;
export type Brand = Schema<'BasesBrand'>;
export type VenueQuery = Query<'/api/v1/bases/venues', 'get'>;
export type BookingQuery = Query<'/api/v1/bases/bookings', 'get'>;
export type QueueQuery = Query<'/api/v1/bases/booking-queue', 'get'>;
export type ProjectQuery = Query<'/api/v1/bases/projects', 'get'>;
export type VenueBody = Body<'/api/v1/bases/venues', 'post'>;
export type BookingBody = Body<'/api/v1/bases/venues/{id}/bookings', 'post'>;

const id = (n: number) => ({ params: { path: { id: n } } });

export const basesApi = {
  venues: (query: VenueQuery) => unwrap(client.GET('/api/v1/bases/venues', { params: { query } })),
  bookable: (q?: string) => unwrap(client.GET('/api/v1/bases/bookable-venues', { params: { query: { q, pageSize: 200 } } })),
  venue: (n: number) => unwrap(client.GET('/api/v1/bases/venues/{id}', id(n))),
  createVenue: (body: VenueBody) => unwrap(client.POST('/api/v1/bases/venues', { body })),
  updateVenue: (n: number, body: Body<'/api/v1/bases/venues/{id}', 'patch'>) => unwrap(client.PATCH('/api/v1/bases/venues/{id}', { ...id(n), body })),
  retireVenue: (n: number) => unwrap(client.POST('/api/v1/bases/venues/{id}/retire', id(n))),
  photos: (n: number) => unwrap(client.GET('/api/v1/bases/venues/{id}/photos', id(n))),
  closures: (n: number) => unwrap(client.GET('/api/v1/bases/venues/{id}/closures', id(n))),
  addClosure: (n: number, body: Body<'/api/v1/bases/venues/{id}/closures', 'post'>) => unwrap(client.POST('/api/v1/bases/venues/{id}/closures', { ...id(n), body })),
  calendarUrl: (n: number) => unwrap(client.GET('/api/v1/bases/venues/{id}/calendar-url', id(n))),
  schedule: (n: number, from: string, to: string) => unwrap(client.GET('/api/v1/bases/venues/{id}/schedule', { params: { path: { id: n }, query: { from, to } } })),
  book: (n: number, body: BookingBody) => unwrap(client.POST('/api/v1/bases/venues/{id}/bookings', { ...id(n), body })),
  bookings: (query: BookingQuery) => unwrap(client.GET('/api/v1/bases/bookings', { params: { query } })),
  queue: (query: QueueQuery) => unwrap(client.GET('/api/v1/bases/booking-queue', { params: { query } })),
  approve: (n: number, note = '') => unwrap(client.POST('/api/v1/bases/bookings/{id}/approve', { ...id(n), body: { note } })),
  reject: (n: number, note: string) => unwrap(client.POST('/api/v1/bases/bookings/{id}/reject', { ...id(n), body: { note } })),
  cancel: (n: number, reason: string) => unwrap(client.POST('/api/v1/bases/bookings/{id}/cancel', { ...id(n), body: { reason } })),
  projects: (query: ProjectQuery) => unwrap(client.GET('/api/v1/bases/projects', { params: { query } })),
  project: (n: number) => unwrap(client.GET('/api/v1/bases/projects/{id}', id(n))),
  brands: () => unwrap(client.GET('/api/v1/bases/brands')),
  brand: (n: number) => unwrap(client.GET('/api/v1/bases/brands/{id}', id(n))),
};

export const basesKey = ['bases'] as const;
