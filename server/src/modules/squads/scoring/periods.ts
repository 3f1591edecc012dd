import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import type { PeriodKind } from '../squads.schema.js';
import type { PeriodStatus } from '../squad-scoring.schema.js';
import { equalWeights, type Weights } from './compute.js';

export interface YearSettings {
  year: number;
  periodKind: PeriodKind;
  weights: Weights;
  youngMaxAge: number;
  badgeTopN: number;
  /** false: the year has no row yet, these are the defaults. */
  saved: boolean;
}

export interface Period {
  id: number;
  year: number;
  kind: PeriodKind;
  seq: number;
  startsOn: string;
  endsOn: string;
  status: PeriodStatus;
  weights: Weights | null;
  closedAt: Date | string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The days of period `seq` of `year` (inclusive): a month, or a quarter of three months. */
export function periodDays(year: number, kind: PeriodKind, seq: number): { startsOn: string; endsOn: string } {
  const first = kind === 'month' ? seq : (seq - 1) * 3 + 1;
  const last = kind === 'month' ? seq : first + 2;
  return { startsOn: `${year}-${pad(first)}-01`, endsOn: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

export const periodLabel = (p: Pick<Period, 'year' | 'kind' | 'seq'>) => (p.kind === 'month' ? `${p.year}年${p.seq}月` : `${p.year}年第${p.seq}季度`);

/** The period as instants: from its first day 00:00 to the day after its last, Asia/Shanghai (UTC+8). */
export function periodWindow(p: Pick<Period, 'startsOn' | 'endsOn'>): { from: Date; to: Date } {
  const to = new Date(`${p.endsOn}T00:00:00+08:00`);
  to.setUTCDate(to.getUTCDate() + 1);
  return { from: new Date(`${p.startsOn}T00:00:00+08:00`), to };
}

export async function yearSettings(db: Db, year: number): Promise<YearSettings> {
  const [r] = await rows<Record<string, string | number>>(
    db,
    sql`SELECT period_kind, weight_learning, weight_skill, weight_innovation, weight_duty, weight_performance, young_max_age, badge_top_n FROM squad_years WHERE year = ${year}`,
  );
  if (!r) return { year, periodKind: 'quarter', weights: { ...equalWeights }, youngMaxAge: 35, badgeTopN: 3, saved: false };
  return {
    year,
    periodKind: r.period_kind as PeriodKind,
    weights: {
      learning: Number(r.weight_learning),
      skill: Number(r.weight_skill),
      innovation: Number(r.weight_innovation),
      duty: Number(r.weight_duty),
      performance: Number(r.weight_performance),
    },
    youngMaxAge: Number(r.young_max_age),
    badgeTopN: Number(r.badge_top_n),
    saved: true,
  };
}

const periodColumns = sql`id, year, kind, seq, starts_on AS "startsOn", ends_on AS "endsOn", status, weights, closed_at AS "closedAt"`;

export async function getPeriod(db: Db, id: number): Promise<Period | undefined> {
  const [p] = await rows<Period>(db, sql`SELECT ${periodColumns} FROM squad_periods WHERE id = ${id}`);
  return p;
}

export async function listPeriods(db: Db, year?: number): Promise<Period[]> {
  return rows<Period>(db, sql`SELECT ${periodColumns} FROM squad_periods ${year ? sql`WHERE year = ${year}` : sql``} ORDER BY starts_on DESC, id DESC`);
}

/** The latest closed period that starts before `p` (its ranks are the "previous rank"). */
export async function previousClosed(db: Db, p: Pick<Period, 'startsOn'>): Promise<Period | undefined> {
  const [prev] = await rows<Period>(db, sql`SELECT ${periodColumns} FROM squad_periods WHERE status = 'closed' AND starts_on < ${p.startsOn} ORDER BY starts_on DESC, id DESC LIMIT 1`);
  return prev;
}

/** The period the competition is in today: the open one containing today, else the latest closed one. */
export async function currentPeriod(db: Db, today: string): Promise<Period | undefined> {
  const [open] = await rows<Period>(db, sql`SELECT ${periodColumns} FROM squad_periods WHERE status = 'open' AND starts_on <= ${today} AND ends_on >= ${today} ORDER BY starts_on DESC LIMIT 1`);
  if (open) return open;
  const [closed] = await rows<Period>(db, sql`SELECT ${periodColumns} FROM squad_periods WHERE status = 'closed' ORDER BY starts_on DESC, id DESC LIMIT 1`);
  return closed;
}
