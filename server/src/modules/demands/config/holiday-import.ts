import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { assertCityWide } from '../../../kernel/access/city-wide.js';
import { isoDay } from '../../../kernel/dto.js';
import { holidayOut } from './config.responses.js';

/** Why a row of the pasted notice cannot be imported (the page says it in the user's language). */
export const holidayRowProblems = ['format', 'date', 'mark', 'duplicate', 'name'] as const;

export const holidayImportBody = z
  .object({
    text: z.string().max(20_000).meta({ description: '每行一天：日期 休|班 [名称]，如 “2027-01-01 休 元旦”· one day a line: date, 休 (holiday) or 班 (adjusted workday), optional name' }),
    dryRun: z.boolean().default(false).meta({ description: 'true：只预览，不写入 · preview only, write nothing' }),
  })
  .meta({ example: { text: '2027-01-01 休 元旦\n2027-02-07 班 春节调休', dryRun: true } });

const rowError = z.object({ line: z.number().int(), text: z.string(), problem: z.enum(holidayRowProblems) });
export const holidayImportOut = z.object({
  rows: z.array(holidayOut.extend({ line: z.number().int() })),
  errors: z.array(rowError),
  imported: z.number().int().meta({ description: '写入的天数（预览时为 0）· days written (0 on a preview)' }),
});
type ImportResult = z.infer<typeof holidayImportOut>;

const marks: Record<string, boolean> = { 休: false, 假: false, 班: true, 上班: true, off: false, work: true };

/** Parses the State Council's notice pasted as rows like `2027-01-01 休 元旦` / `2027-02-07 班`. */
export function parseHolidayRows(text: string): Omit<ImportResult, 'imported'> {
  const result: Omit<ImportResult, 'imported'> = { rows: [], errors: [] };
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const cells = trimmed.split(/[\s,，\t]+/).filter(Boolean);
    const fail = (problem: (typeof holidayRowProblems)[number]) => result.errors.push({ line, text: trimmed.slice(0, 80), problem });
    if (cells.length < 2) return fail('format');
    const day = cells[0].replace(/[/.]/g, '-').replace(/^(\d{4})-(\d)-/, '$1-0$2-').replace(/-(\d)$/, '-0$1');
    if (!isoDay.safeParse(day).success) return fail('date');
    const mark = marks[cells[1].toLowerCase()];
    if (mark === undefined) return fail('mark');
    const name = cells.slice(2).join(' ');
    if (name.length > 40) return fail('name');
    if (seen.has(day)) return fail('duplicate');
    seen.add(day);
    result.rows.push({ line, day, isWorkday: mark, name });
  });
  return result;
}

export function holidayImportRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  app.post(
    '/api/v1/demand-holidays/import',
    {
      config: { access: { permission: 'demands.configure' } },
      schema: { tags: ['demands-config'], summary: '导入国务院办公厅放假安排（先预览；有错误行时不写入）', body: holidayImportBody, response: { 200: holidayImportOut } },
    },
    async (req) => {
      await assertCityWide(db, req.auth, 'demands.configure');
      const parsed = parseHolidayRows(req.body.text);
      if (req.body.dryRun) return { ...parsed, imported: 0 };
      if (parsed.errors.length || !parsed.rows.length) throw new AppError('import_invalid', { ...parsed, imported: 0 });
      await transaction(db, async (tx) => {
        for (const r of parsed.rows) {
          await tx.execute(sql`INSERT INTO demand_holidays (day, is_workday, name) VALUES (${r.day}::date, ${r.isWorkday}, ${r.name})
            ON CONFLICT (day) DO UPDATE SET is_workday = EXCLUDED.is_workday, name = EXCLUDED.name`);
        }
        const days = parsed.rows.map((r) => r.day);
        await audit(tx, req, { action: 'demands.holiday_import', entity: 'demand_holiday', summary: `${days.length} 天：${days[0]} … ${days[days.length - 1]}`, after: { rows: parsed.rows.map(({ day, isWorkday, name }) => ({ day, isWorkday, name })) } });
      });
      return { ...parsed, imported: parsed.rows.length };
    },
  );
}
