import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { numArray, textArray } from '../../../kernel/db/array-literals.js';
import { loadCalendar, resolveDepartment, rootPath } from '../demands.access.js';
import { qingdao } from '../config/demands.reference.js';
import { rebuildRollup, rollupOffForTransaction } from './demands.rollup.js';
import { dailyVolumes, historyGenerator, type HistoryCategory, type HistoryDepartment, type HistoryRow } from './demands.history.js';

export interface LoadOptions {
  years: number;
  perYear: number;
  seed?: number;
  /** Last day of history (YYYY-MM-DD); default yesterday in Asia/Shanghai. */
  endDay?: string;
  batchSize?: number;
  log?: (m: string) => void;
}


const ts = (c: string) => `to_timestamp(s.${c} / 1000.0)`;

/** One multi-row INSERT … SELECT FROM unnest(arrays): each column travels as one array literal. */
async function insertBatch(db: Db, batch: HistoryRow[]) {
  const col = <K extends keyof HistoryRow>(k: K) => batch.map((r) => r[k]);
  const texts = (['district', 'street', 'channel', 'category', 'description', 'address', 'status', 'orgPath', 'satisfaction', 'searchTokens'] as const).map((k) => textArray(col(k) as (string | null)[]));
  const nums = (['orgId', 'received', 'dispatched', 'accepted', 'answered', 'closed', 'responseDue', 'resolutionDue', 'reopenCount', 'supervisionLevel'] as const).map((k) => numArray(col(k) as (number | null)[]));
  await transaction(db, async (tx) => {
    await rollupOffForTransaction(tx);
    await tx.execute(sql`INSERT INTO demands (id, district_code, street_code, tracking_code, channel, category_code, title, description, address, status, org_id, org_path,
        received_at, dispatched_at, accepted_at, answered_at, closed_at, response_due_at, resolution_due_at, answer, satisfaction, reopen_count, supervision_level,
        search_text, search_tokens, updated_at)
      OVERRIDING SYSTEM VALUE
      SELECT s.id, s.district, s.street, 'QH' || lpad(s.id::text, 12, '0'), s.channel, s.category, left(s.description, 30), s.description, s.address, s.status, s.org_id, s.org_path,
        ${sql.raw(['received', 'dispatched', 'accepted', 'answered', 'closed', 'response_due', 'resolution_due'].map(ts).join(', '))},
        CASE WHEN s.answered IS NOT NULL THEN '已按诉求办理并答复市民。' END, s.satisfaction, s.reopen_count, s.supervision_level,
        left(s.description, 30) || ' ' || s.description || ' ' || s.address, s.search_tokens, ${sql.raw(`to_timestamp(COALESCE(s.closed, s.answered, s.accepted, s.dispatched, s.received) / 1000.0)`)}
      FROM (SELECT nextval(pg_get_serial_sequence('demands', 'id')) AS id, u.* FROM unnest(
        ${texts[0]}::text[], ${texts[1]}::text[], ${texts[2]}::text[], ${texts[3]}::text[], ${texts[4]}::text[], ${texts[5]}::text[], ${texts[6]}::text[], ${texts[7]}::text[],
        ${texts[8]}::text[], ${texts[9]}::text[], ${nums[0]}::int[], ${nums[1]}::float8[], ${nums[2]}::float8[], ${nums[3]}::float8[], ${nums[4]}::float8[], ${nums[5]}::float8[],
        ${nums[6]}::float8[], ${nums[7]}::float8[], ${nums[8]}::int[], ${nums[9]}::int[])
        AS u(district, street, channel, category, description, address, status, org_path, satisfaction, search_tokens, org_id, received, dispatched, accepted, answered,
             closed, response_due, resolution_due, reopen_count, supervision_level)) s`);
  });
}

/** What the generator needs from the database: categories with deadlines, each (category, district)'s department, the calendar. */
export async function historyContext(db: Db, fromDay: string, now: number) {
  const categories = await rows<HistoryCategory>(db, sql`SELECT code, name, response_value, response_unit, resolution_value, resolution_unit FROM demand_categories WHERE active AND audience = 'public' ORDER BY sort, code`);
  const departments = new Map<string, HistoryDepartment>();
  for (const c of categories) {
    for (const d of qingdao.districts) {
      const dept = await resolveDepartment(db, c.code, d.code);
      if (dept) departments.set(`${c.code}:${d.code}`, { id: dept.id, path: dept.path });
    }
  }
  const calendar = await loadCalendar(db, new Date(Date.parse(`${fromDay}T00:00:00+08:00`)));
  return { categories, departments, rootPath: await rootPath(db), calendar, now };
}

/**
 * Bulk-loads `years` × `perYear` demands ending at `endDay`, then rebuilds the rollup for the
 * loaded days and refreshes planner statistics. The next batch is generated while the
 * database writes the previous one.
 */
export async function loadHistory(db: Db, opts: LoadOptions) {
  const log = opts.log ?? (() => {});
  const batchSize = opts.batchSize ?? 20000;
  const end = opts.endDay ?? new Date(Date.now() + 8 * 3600_000 - 86400_000).toISOString().slice(0, 10);
  const days = Math.round(opts.years * 365);
  const start = new Date(Date.parse(`${end}T00:00:00Z`) - (days - 1) * 86400_000).toISOString().slice(0, 10);
  const gen = historyGenerator(await historyContext(db, start, Date.now()), opts.seed ?? 2026);
  const volumes = dailyVolumes(start, days, opts.perYear);
  const total = volumes.reduce((s, v) => s + v.count, 0);
  log(`generating ${total.toLocaleString('en')} demands, ${start} … ${end}`);

  const t0 = performance.now();
  let done = 0;
  let lastLog = t0;
  let pending: Promise<void> | null = null;
  let batch: HistoryRow[] = [];
  const flush = async () => {
    const rowsNow = batch;
    batch = [];
    if (pending) await pending;
    pending = insertBatch(db, rowsNow).then(() => {
      done += rowsNow.length;
      const t = performance.now();
      if (t - lastLog > 5000 || done === total) {
        lastLog = t;
        log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}  ${Math.round(done / ((t - t0) / 1000)).toLocaleString('en')} rows/s`);
      }
    });
  };
  for (const v of volumes) {
    batch.push(...gen(v.day, v.count));
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  if (pending) await pending;
  const loadSeconds = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  const rollupRows = await rebuildRollup(db, start, end);
  const rollupSeconds = (performance.now() - t1) / 1000;
  const t2 = performance.now();
  await db.execute(sql`ANALYZE demands`);
  await db.execute(sql`VACUUM ANALYZE demand_daily_rollup`);
  await db.execute(sql`VACUUM ANALYZE demand_monthly_rollup`);
  const analyzeSeconds = (performance.now() - t2) / 1000;
  log(`loaded ${total.toLocaleString('en')} in ${loadSeconds.toFixed(1)} s (${Math.round(total / loadSeconds).toLocaleString('en')} rows/s); rollup ${rollupRows} rows in ${rollupSeconds.toFixed(1)} s; ANALYZE ${analyzeSeconds.toFixed(1)} s`);
  return { from: start, to: end, rows: total, loadSeconds, rollupSeconds, rollupRows, analyzeSeconds, rowsPerSecond: total / loadSeconds };
}
