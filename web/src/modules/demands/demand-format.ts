import type { Lang } from '../../kernel/i18n.js';

/** Formatting shared by the staff pages and the citizen's (which load no query library). */
export function fmtDateTime(iso: string | null | undefined, lang: Lang) {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
}

export const categoryLabel = (lang: Lang, c: { name: string; nameEn: string }) => (lang === 'en' && c.nameEn ? c.nameEn : c.name);
