import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { Lang } from '../../kernel/i18n.js';
import { communityApi, communityKey } from './community.api.js';

/** Need types (助老, 助残, 环境整治 …), reference data. */
export function useNeedTypes() {
  return useQuery({ queryKey: [...communityKey, 'need-types'], queryFn: communityApi.needTypes, staleTime: 3600_000 });
}

/** Qingdao's districts and streets with their official codes. */
export function useAreas() {
  return useQuery({ queryKey: [...communityKey, 'regions'], queryFn: communityApi.regions, staleTime: 3600_000 });
}

/** The member's 报到: the current one and the history. */
export function useMyRegistration() {
  return useQuery({ queryKey: [...communityKey, 'me', 'registration'], queryFn: communityApi.myRegistration });
}

/** The teams the member is in (and captains). */
export function useMyTeams() {
  return useQuery({ queryKey: [...communityKey, 'me', 'teams'], queryFn: communityApi.myTeams });
}

/** ListPage's `sort` (`key` or `-key`) as the routes that take `sort` and `order` want it. */
export function sortOrder<K extends string>(sort: string | undefined): { sort?: K; order?: 'asc' | 'desc' } {
  if (!sort) return {};
  return sort.startsWith('-') ? { sort: sort.slice(1) as K, order: 'desc' } : { sort: sort as K, order: 'asc' };
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

/** Who holds a claim: the team, else the organisation. */
export const claimantName = (c: { teamName: string | null; orgName: string }) => c.teamName ?? c.orgName;
