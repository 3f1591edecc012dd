import ExcelJS from 'exceljs';
import type { FastifyRequest } from 'fastify';
import type { MetricDef, MetricQuery, ModuleContext } from '../module.js';
import { audit } from '../audit/audit.js';
import { AppError } from '../errors.js';

/** Rows one export may hold; a larger drill-down is narrowed by organisation or period first. */
export const EXPORT_MAX_ROWS = 50_000;
const PAGE = 5_000;

function cell(v: unknown): ExcelJS.CellValue {
  if (v == null) return null;
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** The records behind a figure, within the scope and period already checked, as a workbook; the export is audited. */
export async function exportRecords(ctx: ModuleContext, req: FastifyRequest, def: MetricDef, q: MetricQuery, org: { id: number; path: string; name: string }): Promise<Buffer> {
  const first = await def.records!(ctx, { ...q, page: 1, pageSize: PAGE });
  if (first.total > EXPORT_MAX_ROWS) throw new AppError('payload_too_large', { total: first.total, max: EXPORT_MAX_ROWS });
  const items = [...first.items];
  for (let page = 2; items.length < first.total && (page - 1) * PAGE < first.total; page++) {
    const next = await def.records!(ctx, { ...q, page, pageSize: PAGE });
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青春之岛先锋平台';
  const sheet = workbook.addWorksheet(def.label.zh.slice(0, 31));
  const keys = [...new Set(items.flatMap((r) => Object.keys(r)))];
  sheet.columns = keys.map((k) => ({ header: k, key: k, width: Math.min(40, Math.max(10, k.length + 4)) }));
  for (const r of items) sheet.addRow(Object.fromEntries(keys.map((k) => [k, cell(r[k])])));
  await audit(ctx.db, req, {
    action: 'figures.export',
    entity: 'figures',
    entityId: def.name,
    orgId: org.id,
    orgPath: org.path,
    summary: `导出指标明细「${def.label.zh}」${items.length} 条（${org.name}）`,
    after: { metric: def.name, count: items.length, from: q.from?.toISOString() ?? null, to: q.to?.toISOString() ?? null },
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
