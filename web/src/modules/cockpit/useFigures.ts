import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { cockpitKey, figuresApi, type BreakdownBy, type Bucket, type FigureQuery } from './cockpit.api.js';

/** Every org figure of the scope and period in one request, with the case figures. */
export function useFigures(q: FigureQuery) {
  return useQuery({ queryKey: [...cockpitKey, 'figures', q], queryFn: () => figuresApi.list(q), placeholderData: keepPreviousData });
}

export function useSeries(name: string, q: FigureQuery, bucket: Bucket, enabled = true) {
  return useQuery({
    queryKey: [...cockpitKey, 'series', name, q, bucket],
    queryFn: () => figuresApi.series(name, { ...q, bucket }),
    enabled,
    staleTime: 30_000,
    // A missing trend leaves its figure readable: no error toast for a sparkline.
    meta: { silent: true },
  });
}

export function useBreakdown(name: string | null, q: FigureQuery, by: BreakdownBy) {
  return useQuery({
    queryKey: [...cockpitKey, 'breakdown', name, q, by],
    queryFn: () => figuresApi.breakdown(name!, { ...q, by }),
    enabled: name != null,
  });
}

export function useRecords(name: string | null, q: FigureQuery, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...cockpitKey, 'records', name, q, page, pageSize],
    queryFn: () => figuresApi.records(name!, { ...q, page, pageSize }),
    enabled: name != null,
    placeholderData: keepPreviousData,
  });
}
