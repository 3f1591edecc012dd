import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { cockpitKey, figuresApi, type BreakdownBy, type Bucket, type FigureQuery } from './cockpit.api.js';

/** Every org figure of the scope and period in one request, with the case figures (and each figure's trend in `trend` buckets). */
export function useFigures(q: FigureQuery, trend?: Bucket) {
  return useQuery({ queryKey: [...cockpitKey, 'figures', q, trend], queryFn: () => figuresApi.list({ ...q, trend }), placeholderData: keepPreviousData });
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
