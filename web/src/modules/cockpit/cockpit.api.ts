import { api } from '../../kernel/api.js';
import { client, unwrap, type Answer, type Schema } from '../../kernel/api-client.js';

/** The figures API (GET /api/v1/figures…) as the cockpit reads it, typed by the server's schemas (web/src/api/openapi.ts). */

export type FiguresAnswer = Schema<'Figures'>;
export type FigureScope = FiguresAnswer['scope'];
export type FigureItem = FiguresAnswer['items'][number];
/** A headline figure of the case: the case's own value, and the live one when a metric stands for it (else "未启用"). */
export type CaseFigure = FiguresAnswer['caseFigures'][number];
export type SeriesAnswer = Schema<'FigureSeries'>;
export type BreakdownAnswer = Schema<'FigureBreakdown'>;
export type RecordsAnswer = Answer<'/api/v1/figures/{name}/records', 'get'>;
export type MyFiguresAnswer = Schema<'MyFigures'>;
export type Theme = FigureItem['theme'];
export const themes: readonly Theme[] = ['courses', 'carriers', 'mechanisms', 'orientations'];
export type Bucket = SeriesAnswer['bucket'];
export type BreakdownBy = BreakdownAnswer['by'];

/** What a figure is asked for: an organisation in the caller's scope (none = the caller's own) and a period. */
export interface FigureQuery {
  orgId?: number;
  from?: string;
  to?: string;
}

const path = (name: string) => `/figures/${encodeURIComponent(name)}`;

export const figuresApi = {
  list: (q: FigureQuery & { names?: string[]; trend?: Bucket }) => unwrap(client.GET('/api/v1/figures', { params: { query: { ...q, names: q.names?.join(',') } } })),
  series: (name: string, q: FigureQuery & { bucket: Bucket }) => unwrap(client.GET('/api/v1/figures/{name}/series', { params: { path: { name }, query: q } })),
  breakdown: (name: string, q: FigureQuery & { by: BreakdownBy }) => unwrap(client.GET('/api/v1/figures/{name}/breakdown', { params: { path: { name }, query: q } })),
  records: (name: string, q: FigureQuery & { page: number; pageSize: number }) => unwrap(client.GET('/api/v1/figures/{name}/records', { params: { path: { name }, query: q } })),
  exportRecords: (name: string, q: FigureQuery) => api.download(`${path(name)}/records.xlsx`, { ...q }, `${name}.xlsx`),
  mine: () => unwrap(client.GET('/api/v1/figures/me')),
};

/** The server-sent stream of changes: event `figures` with the topics that changed. */
export const FIGURES_STREAM_URL = '/api/v1/figures/stream';
export type FiguresEvent = { topics: string[] };

/** A live round as the contests module lists it (GET /contests, /contests/:id). */
export type ContestListItem = Answer<'/api/v1/contests', 'get'>['items'][number];
export type ContestDetail = Schema<'Contest'>;

export const contestsApi = {
  recent: () => unwrap(client.GET('/api/v1/contests', { params: { query: { page: 1, pageSize: 5 } } })),
  get: (id: number) => unwrap(client.GET('/api/v1/contests/{id}', { params: { path: { id } } })),
};

/** Root query key of everything the cockpit reads, so one invalidation refreshes it all. */
export const cockpitKey = ['cockpit'] as const;
