import { api } from '../../kernel/api.js';
import type { Text } from '../../kernel/i18n.js';

/*
 * The figures API (GET /api/v1/figures…) as the cockpit reads it. Every shape the cockpit uses is declared here,
 * once. When the server's figure routes are in the generated document (web/src/api/openapi.ts), these calls move
 * to the typed client (`unwrap(client.GET('/api/v1/figures', …))`) and the shapes to `Answer<…>`.
 */

export type Theme = 'courses' | 'carriers' | 'mechanisms' | 'orientations';
export const themes: readonly Theme[] = ['courses', 'carriers', 'mechanisms', 'orientations'];
export type Bucket = 'day' | 'week' | 'month' | 'year';
export type BreakdownBy = 'org' | 'district' | 'category';

/** The caller's organisation and period the answer is about (the server decides the scope). */
export interface FigureScope {
  orgId: number;
  orgName: string;
  from: string | null;
  to: string | null;
}

export interface FigureItem {
  name: string;
  label: Text;
  unit: string | null;
  module: string;
  theme: Theme;
  kind: 'org' | 'person';
  additive: boolean;
  series: boolean;
  groupBy: string[];
  drillDown: boolean;
  caseFigure: string | null;
  value: number | null;
}

/** A headline figure of the case: the case's own value, and the live one when a metric stands for it (else "未启用"). */
export interface CaseFigure {
  code: string;
  label: Text;
  caseValue: number;
  unit: string | null;
  metric: string | null;
  value: number | null;
}

export interface FiguresAnswer {
  scope: FigureScope;
  items: FigureItem[];
  caseFigures: CaseFigure[];
}

export interface SeriesAnswer {
  name: string;
  bucket: Bucket;
  items: { start: string; value: number }[];
  total: number;
}

export interface BreakdownAnswer {
  name: string;
  by: BreakdownBy;
  items: { key: string; label: string; orgId: number | null; value: number }[];
  total: number;
}

export interface RecordsAnswer {
  items: Record<string, unknown>[];
  total: number;
}

export interface MyFiguresAnswer {
  items: { name: string; label: Text; unit: string | null; value: number | null }[];
}

/** What a figure is asked for: an organisation in the caller's scope (none = the caller's own) and a period. */
export interface FigureQuery {
  orgId?: number;
  from?: string;
  to?: string;
}

const path = (name: string) => `/figures/${encodeURIComponent(name)}`;

export const figuresApi = {
  list: (q: FigureQuery & { names?: string[] }) => api.get<FiguresAnswer>('/figures', { ...q, names: q.names?.join(',') }),
  series: (name: string, q: FigureQuery & { bucket: Bucket }) => api.get<SeriesAnswer>(`${path(name)}/series`, { ...q }),
  breakdown: (name: string, q: FigureQuery & { by: BreakdownBy }) => api.get<BreakdownAnswer>(`${path(name)}/breakdown`, { ...q }),
  records: (name: string, q: FigureQuery & { page: number; pageSize: number }) => api.get<RecordsAnswer>(`${path(name)}/records`, { ...q }),
  exportRecords: (name: string, q: FigureQuery) => api.download(`${path(name)}/records.xlsx`, { ...q }, `${name}.xlsx`),
  mine: () => api.get<MyFiguresAnswer>('/figures/me'),
};

/** The server-sent stream of changes: event `figures` with the topics that changed. */
export const FIGURES_STREAM_URL = '/api/v1/figures/stream';
export type FiguresEvent = { topics: string[] };

/** A live round as the contests module lists it (GET /contests, /contests/:id), only what the big screen shows. */
export interface ContestListItem {
  id: number;
  name: string;
}
export interface ContestDetail {
  id: number;
  name: string;
  rounds: { id: number; name: string; kind: 'async' | 'live'; code: string | null; phase: string; players: number }[];
}

export const contestsApi = {
  recent: () => api.get<{ items: ContestListItem[] }>('/contests', { page: 1, pageSize: 5 }),
  get: (id: number) => api.get<ContestDetail>(`/contests/${id}`),
};

/** Root query key of everything the cockpit reads, so one invalidation refreshes it all. */
export const cockpitKey = ['cockpit'] as const;
