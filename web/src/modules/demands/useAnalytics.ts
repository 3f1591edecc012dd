import { useQuery } from '@tanstack/react-query';
import { api } from '../../kernel/api.js';
import { demandsKey } from './useDemands.js';

/** GET /api/v1/demand-analytics/* (docs/demands-analytics.md): read from the daily rollup, scoped to the caller. */
export interface Counts {
  received: number;
  responded: number;
  respondedInTime: number;
  answered: number;
  answeredInTime: number;
  closed: number;
  closedInTime: number;
  rated: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  reopened: number;
  overdue: number;
  merged: number;
}

export interface Group {
  key: string;
  label: string;
  counts: Counts;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  avgResponseHours: number | null;
}

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
    queryFn: async () => (await api.get<{ items: Group[] }>('/demand-analytics/rates', { by: 'none', ...p })).items[0] ?? null,
  });
}

export function useRatesBy(by: 'org' | 'category' | 'district', p: Period) {
  return useQuery({ queryKey: key('rates', by, p), queryFn: async () => (await api.get<{ items: Group[] }>('/demand-analytics/rates', { by, ...p })).items });
}

export function useDistricts(p: Period) {
  return useQuery({ queryKey: key('districts', p), queryFn: async () => (await api.get<{ items: Group[] }>('/demand-analytics/districts', { ...p })).items });
}

export function useTrend(p: Period) {
  return useQuery({
    queryKey: key('trend', p),
    queryFn: async () => (await api.get<{ items: (Omit<Group, 'key' | 'label'> & { period: string })[] }>('/demand-analytics/trend', { interval: 'week', ...p })).items,
  });
}

export function useHotTopics(p: Period) {
  return useQuery({
    queryKey: key('hot', p),
    queryFn: () => api.get<{ total: number; categories: { code: string; name: string; count: number; share: number | null }[]; keywords: { word: string; count: number }[] }>('/demand-analytics/hot-topics', { limit: 10, ...p }),
  });
}
