import { useQuery } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../kernel/api-client.js';
import { demandsKey } from './useDemands.js';

/** GET /api/v1/demand-analytics/* (docs/demands-analytics.md): read from the daily rollup, scoped to the caller. */
export type Group = Schema<'DemandRateRow'>;
export type Counts = Group['counts'];

export type RateName = 'response' | 'resolution' | 'satisfaction';
export const rateNames: RateName[] = ['response', 'resolution', 'satisfaction'];
export const rateOf = (g: Group, r: RateName) => (r === 'response' ? g.responseRate : r === 'resolution' ? g.resolutionRate : g.satisfactionRate);

/** Inclusive days (YYYY-MM-DD) in Asia/Shanghai, as the rollup counts them. */
export interface Period {
  from: string;
  to: string;
}

/** Today in Asia/Shanghai (UTC+8, no daylight saving), whatever the browser's zone. */
export const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const key = (...parts: unknown[]) => [...demandsKey, 'analytics', ...parts];

export function useTotals(p: Period) {
  return useQuery({
    queryKey: key('totals', p),
    queryFn: async () => (await unwrap(client.GET('/api/v1/demand-analytics/rates', { params: { query: { by: 'none', ...p } } }))).items[0] ?? null,
  });
}

export function useRatesBy(by: 'org' | 'category' | 'district', p: Period) {
  return useQuery({ queryKey: key('rates', by, p), queryFn: async () => (await unwrap(client.GET('/api/v1/demand-analytics/rates', { params: { query: { by, ...p } } }))).items });
}

export function useDistricts(p: Period) {
  return useQuery({ queryKey: key('districts', p), queryFn: async () => (await unwrap(client.GET('/api/v1/demand-analytics/districts', { params: { query: { ...p } } }))).items });
}

export function useTrend(p: Period) {
  return useQuery({
    queryKey: key('trend', p),
    queryFn: async () => (await unwrap(client.GET('/api/v1/demand-analytics/trend', { params: { query: { interval: 'week', ...p } } }))).items,
  });
}

export function useHotTopics(p: Period) {
  return useQuery({
    queryKey: key('hot', p),
    queryFn: () => unwrap(client.GET('/api/v1/demand-analytics/hot-topics', { params: { query: { limit: 10, ...p } } })),
  });
}
