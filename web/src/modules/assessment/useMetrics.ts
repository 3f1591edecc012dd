import { useQuery } from '@tanstack/react-query';
import { figuresApi, type FigureItem } from '../cockpit/cockpit.api.js';
import { assessmentKey } from './assessment.api.js';

export type MetricOption = Pick<FigureItem, 'name' | 'label' | 'kind' | 'unit' | 'value' | 'drillDown'>;

/** The registered metrics (GET /api/v1/figures) with their current value in the caller's scope: the metric picker. */
export function useMetrics() {
  return useQuery({
    queryKey: [...assessmentKey, 'metrics'],
    queryFn: async () => (await figuresApi.list({})).items.map((i): MetricOption => ({ name: i.name, label: i.label, kind: i.kind, unit: i.unit, value: i.value, drillDown: i.drillDown })),
    staleTime: 60_000,
  });
}
