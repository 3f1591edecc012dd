import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { figuresApi } from '../cockpit/cockpit.api.js';
import { assessmentKey } from './assessment.api.js';

export interface MetricOption {
  name: string;
  label: { zh: string; en: string };
  kind: 'org' | 'person';
  unit: string | null;
  drillDown: boolean;
  /** The organisation metrics' current value in the caller's scope (the cockpit's listing), as a live hint. */
  value: number | null;
}

/** Every registered metric a computed leaf may use (GET /api/v1/assessment/metrics), with the org metrics' current values. */
export function useMetrics() {
  return useQuery({
    queryKey: [...assessmentKey, 'metrics'],
    queryFn: async (): Promise<MetricOption[]> => {
      const [catalogue, values] = await Promise.all([
        unwrap(client.GET('/api/v1/assessment/metrics')),
        figuresApi.list({}).catch(() => null),
      ]);
      const now = new Map((values?.items ?? []).map((i) => [i.name, i.value]));
      return catalogue.items.map((i) => ({ ...i, value: now.get(i.name) ?? null }));
    },
    staleTime: 60_000,
  });
}
