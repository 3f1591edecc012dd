import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import type { Lang } from '../../kernel/i18n.js';

export const activitiesKey = ['activities'];

/** Types and categories are data; they change rarely. */
export function useActivityTypes() {
  return useQuery({
    queryKey: [...activitiesKey, 'types'],
    queryFn: () => unwrap(client.GET('/api/v1/activity-types')),
    staleTime: 10 * 60_000,
  });
}

export function useActivity(id: number) {
  return useQuery({ queryKey: [...activitiesKey, 'detail', id], queryFn: () => unwrap(client.GET('/api/v1/activities/{id}', { params: { path: { id } } })) });
}

export const named = (lang: Lang, r: { name: string; nameEn: string }) => (lang === 'en' ? r.nameEn : r.name);

/** An activity's type in the reader's language (its English name comes with the types; the code is never shown). */
export function useTypeName(lang: Lang) {
  const types = useActivityTypes();
  return (a: { typeCode: string; typeName: string }) => {
    const ty = types.data?.types.find((x) => x.code === a.typeCode);
    return ty ? named(lang, ty) : a.typeName;
  };
}

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

export function fmtDateTime(iso: string | null | undefined, lang: Lang) {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(locale(lang), { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
}

/** "2026-05-01 09:00 – 11:30", or both dates when it spans days. */
export function fmtRange(from: string, to: string, lang: Lang) {
  const a = new Date(from);
  const b = new Date(to);
  const sameDay = a.toDateString() === b.toDateString();
  const end = sameDay ? b.toLocaleTimeString(locale(lang), { hour: '2-digit', minute: '2-digit', hour12: false }) : fmtDateTime(to, lang);
  return `${fmtDateTime(from, lang)} – ${end}`;
}
