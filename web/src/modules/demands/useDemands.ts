import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Lang } from '../../kernel/i18n.js';
import { client, unwrap, type Body, type Query } from '../../kernel/api-client.js';
import type { DemandStatus, Light } from './api-types.js';

export { categoryLabel, fmtDateTime } from './demand-format.js';

export const demandsKey = ['demands'];

/** Categories, districts and streets: public, so the citizen pages can use them too. */
export function useDemandOptions() {
  return useQuery({ queryKey: [...demandsKey, 'options'], queryFn: () => unwrap(client.GET('/api/v1/public/demand-options')), staleTime: 10 * 60_000 });
}

export function useCategories() {
  return useQuery({ queryKey: [...demandsKey, 'categories'], queryFn: () => unwrap(client.GET('/api/v1/demand-categories')), staleTime: 10 * 60_000 });
}

/** Handling departments: the agencies' party committees right under the city committee. */
export function useDepartments(enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...demandsKey, 'departments'],
    queryFn: async () => {
      const { nodes } = await unwrap(client.GET('/api/v1/orgs/tree'));
      const root = nodes.find((n) => n.parentId === null);
      return nodes.filter((n) => n.kind === 'party_committee' && n.parentId === root?.id);
    },
    staleTime: 10 * 60_000,
  });
}

export type ListQuery = Omit<Query<'/api/v1/demands', 'get'>, 'mine'> & { mine?: boolean };

export function useDemandList(q: ListQuery, refetchInterval = 30_000) {
  return useQuery({
    queryKey: [...demandsKey, 'list', q],
    queryFn: () => unwrap(client.GET('/api/v1/demands', { params: { query: { ...q, mine: q.mine ? 'true' : undefined } } })),
    refetchInterval,
  });
}

export function useDemandDetail(id: number | null) {
  return useQuery({ queryKey: [...demandsKey, 'detail', id], queryFn: () => unwrap(client.GET('/api/v1/demands/{id}', { params: { path: { id: id! } } })), enabled: id != null });
}

/** One workflow action (POST /demands/:id/<path>); every list and detail refreshes after it. */
export function useDemandAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, path, body }: { id: number; path: string; body?: unknown }) => {
      // The action is chosen at run time: every one answers the demand as it now stands (the Demand schema).
      const [, extensionId, decision] = /^extensions\/(\d+)\/(approve|reject)$/.exec(path) ?? [];
      const url = (extensionId ? `/api/v1/demands/{id}/extensions/{extensionId}/${decision}` : `/api/v1/demands/{id}/${path}`) as '/api/v1/demands/{id}/close';
      const params = { path: { id, ...(extensionId ? { extensionId: Number(extensionId) } : {}) } };
      return unwrap(client.POST(url, { params, body: (body ?? {}) as Body<'/api/v1/demands/{id}/close', 'post'> }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: demandsKey }),
  });
}

/** The current time, ticking every second, for live countdowns. */
export function useNow(intervalMs = 1000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [intervalMs]);
  return now;
}

/** "2天 3小时" / "3:04:05" style remaining time; negative means overdue. */
export function fmtDuration(ms: number, lang: Lang): string {
  const abs = Math.abs(ms);
  const s = Math.floor(abs / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d > 0) return lang === 'zh' ? `${d}天${h}小时` : `${d}d ${h}h`;
  return `${h}:${pad(m)}:${pad(sec)}`;
}

/** Same thresholds as the server (demands.present.ts): red when past due, yellow in the last quarter of the allowed time. */
export function lightAt(now: number, start: string, due: string): Light {
  const s = new Date(start).getTime();
  const d = new Date(due).getTime();
  if (now > d) return 'red';
  return d - now <= (d - s) * 0.25 ? 'yellow' : 'green';
}

export const waitingResponse = (s: DemandStatus) => s === 'received' || s === 'dispatched';
export const isOpen = (s: DemandStatus) => waitingResponse(s) || s === 'accepted' || s === 'in_progress';


