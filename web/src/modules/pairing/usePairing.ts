import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { Lang } from '../../kernel/i18n.js';
import { pairingApi, pairingKey, type Options } from './pairing.api.js';

/** Sectors, districts, sizes and concern categories (the same lists the public form offers); they never change in a session. */
export function usePairingOptions() {
  return useQuery({ queryKey: [...pairingKey, 'options'], queryFn: pairingApi.options, staleTime: Infinity });
}

/** `{ code → name }` of one of the option lists. */
export function namesOf(options: Options | undefined, list: keyof Options): Record<string, string> {
  return Object.fromEntries((options?.[list] ?? []).map((o) => [o.code, o.name]));
}

export const fmtDay = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD') : '—');
export const fmtTime = (v: string | null | undefined, lang: Lang) => (v ? dayjs(v).format(lang === 'zh' ? 'YYYY-MM-DD HH:mm' : 'D MMM YYYY HH:mm') : '—');

/** A row id from the URL (`?open=12`), or null. */
export const idParam = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : null);

export { validValues } from '../../kernel/form-values.js';
