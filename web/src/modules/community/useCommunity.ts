import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { client, unwrap } from '../../kernel/api-client.js';
import type { Lang } from '../../kernel/i18n.js';
import { communityApi, communityKey } from './community.api.js';

/** Need types (助老, 助残, 环境整治 …), reference data. */
export function useNeedTypes() {
  return useQuery({ queryKey: [...communityKey, 'need-types'], queryFn: communityApi.needTypes, staleTime: 3600_000 });
}

/** Qingdao's districts and streets with their official codes (the same reference list the citizen form uses). */
export function useAreas() {
  return useQuery({
    queryKey: ['areas'],
    queryFn: async () => {
      const o = await unwrap(client.GET('/api/v1/public/demand-options'));
      return { districts: o.districts, streets: o.streets };
    },
    staleTime: 3600_000,
  });
}

export function useMyCommunity(enabled = true) {
  return useQuery({ queryKey: [...communityKey, 'me'], queryFn: communityApi.myCommunity, enabled });
}

export const fmtDay = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');

/** "12月6日 09:00–11:00" (or two dates when it spans days). */
export function fmtWindow(from: string, to: string, lang: Lang) {
  const a = dayjs(from);
  const b = dayjs(to);
  const day = (d: dayjs.Dayjs) => (lang === 'zh' ? d.format('M月D日') : d.format('MMM D'));
  return a.isSame(b, 'day') ? `${day(a)} ${a.format('HH:mm')}–${b.format('HH:mm')}` : `${day(a)} ${a.format('HH:mm')} – ${day(b)} ${b.format('HH:mm')}`;
}

export const fmtHours = (h: number | string | null | undefined) => (h == null ? '—' : String(Number(h)));
