import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { shanghaiDay } from '../../../kernel/time.js';
import { currentPeriod, periodLabel, type Period } from './periods.js';
import { computePeriod, type RankedSquad } from './service.js';

const num = (r: Record<string, unknown>, k: string) => Number(r[k]);

/**
 * A squad over the periods (the radar per period and the rank history): every closed period it was ranked in, oldest
 * first, and the live line of the open period the competition is in today, if any.
 */
export async function squadHistory(ctx: ModuleContext, squadId: number) {
  const closed = await rows<Record<string, unknown>>(
    ctx.db,
    sql`SELECT p.id AS "periodId", p.year, p.kind, p.seq, p.starts_on AS "startsOn", p.ends_on AS "endsOn",
               x.learning, x.skill, x.innovation, x.duty, x.performance, x.total, x.rank, x.previous_rank AS "previousRank", x.movement, x.badge,
               (SELECT count(*)::int FROM squad_score_snapshots y WHERE y.period_id = p.id) AS ranked
          FROM squad_score_snapshots x JOIN squad_periods p ON p.id = x.period_id WHERE x.squad_id = ${squadId} ORDER BY p.starts_on, p.id`,
  );
  const items = closed.map((r) => ({
    periodId: r.periodId as number,
    label: periodLabel(r as unknown as Period),
    startsOn: r.startsOn as string,
    endsOn: r.endsOn as string,
    status: 'closed' as 'open' | 'closed',
    learning: num(r, 'learning'),
    skill: num(r, 'skill'),
    innovation: num(r, 'innovation'),
    duty: num(r, 'duty'),
    performance: num(r, 'performance'),
    total: num(r, 'total'),
    rank: r.rank as number,
    previousRank: (r.previousRank as number | null) ?? null,
    movement: (r.movement as number | null) ?? null,
    badge: r.badge as boolean,
    ranked: r.ranked as number,
  }));
  const now = await currentPeriod(ctx.db, shanghaiDay(new Date()));
  if (now && now.status === 'open') {
    const all = await computePeriod(ctx, now);
    const mine = all.find((r) => r.squadId === squadId);
    if (mine) items.push({ periodId: now.id, label: periodLabel(now), startsOn: now.startsOn, endsOn: now.endsOn, status: 'open', ...pick(mine), ranked: all.length });
  }
  return { items };
}

const pick = (r: RankedSquad) => ({
  learning: r.learning,
  skill: r.skill,
  innovation: r.innovation,
  duty: r.duty,
  performance: r.performance,
  total: r.total,
  rank: r.rank,
  previousRank: r.previousRank,
  movement: r.movement,
  badge: r.badge,
});

/** The ranking of a period as a workbook (the lines given: the caller's scope). */
export async function rankingWorkbook(title: string, items: Array<Omit<RankedSquad, 'orgPath'> & { orgName: string }>) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('五比一做排名');
  ws.addRow([title]);
  ws.addRow(['排名', '尖刀班', '所属组织', '人数', '比学习', '比本领', '比创新', '比担当', '比作为', '总分', '上期排名', '名次变化', '一做']);
  ws.getRow(2).font = { bold: true };
  for (const r of items) {
    ws.addRow([r.rank, r.name, r.orgName, r.memberCount, r.learning, r.skill, r.innovation, r.duty, r.performance, r.total, r.previousRank ?? '', r.movement ?? '', r.badge ? '一做' : '']);
  }
  ws.columns.forEach((c, i) => (c.width = i === 1 || i === 2 ? 28 : 10));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
