/** A figure's value for display: thousands separated, at most one decimal. */
export function formatValue(v: number | null | undefined, lang: 'zh' | 'en'): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 });
}
