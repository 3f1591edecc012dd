import { auditActionLabels, auditEntityLabels, auditSummaryTerms, isAuditAction } from '../../../../common/audit-actions/index.js';
import type { Lang } from '../../kernel/i18n.js';

/** The action's label in the reader's language; an unknown (older) code is shown as it is. */
export const actionLabel = (code: string, lang: Lang): string => (isAuditAction(code) ? auditActionLabels[code][lang] : code);

/** What the entry is about, in the reader's language (an unknown code as it is). */
export const entityLabel = (code: string, lang: Lang): string => (Object.hasOwn(auditEntityLabels, code) ? auditEntityLabels[code as keyof typeof auditEntityLabels][lang] : code);

/** 9636 → "9.4 KB" (1024-based, one decimal below 10). */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

const mimeNames: Record<string, { zh: string; en: string }> = {
  'image/jpeg': { zh: 'JPEG 图片', en: 'JPEG image' },
  'image/png': { zh: 'PNG 图片', en: 'PNG image' },
  'image/webp': { zh: 'WebP 图片', en: 'WebP image' },
  'application/pdf': { zh: 'PDF 文件', en: 'PDF file' },
};

/** Audit summaries are written by the server in codes ("answered → in_progress", "image/jpeg 9636 B"): read them out. */
export function humaniseSummary(summary: string, lang: Lang): string {
  return summary
    .replace(/\b(\d+) B\b/g, (_, n: string) => formatBytes(Number(n)))
    .replace(/\b[a-z]+\/[a-z0-9.+-]+\b/g, (mime) => mimeNames[mime]?.[lang] ?? mime)
    .replace(/\b([a-z_]+) → ([a-z_]+)\b/g, (all, from: string, to: string) =>
      Object.hasOwn(auditSummaryTerms, from) && Object.hasOwn(auditSummaryTerms, to) ? `${auditSummaryTerms[from][lang]} → ${auditSummaryTerms[to][lang]}` : all,
    );
}

/** Suggestions for the action filter: module prefixes and every code, each shown with its label. */
export function actionOptions(lang: Lang) {
  return Object.entries(auditActionLabels).map(([code, label]) => ({ value: code, label: `${label[lang]} · ${code}` }));
}
