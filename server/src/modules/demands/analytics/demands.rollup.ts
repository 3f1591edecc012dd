import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';

/*
 * What one demand contributes to its row of demand_daily_rollup, as SQL over a demand row `d`.
 * The same expressions feed the trigger (incremental: −old +new), the rebuild (GROUP BY over
 * demands) and the drill-down (the demands behind a number), so the three always agree.
 * Only the row's own columns are read — never now() — which is what makes the rollup exact.
 */
const live = 'd.merged_into_id IS NULL';
export const measures = {
  received: live,
  merged: 'd.merged_into_id IS NOT NULL',
  dispatched: `${live} AND d.dispatched_at IS NOT NULL`,
  responded: `${live} AND d.accepted_at IS NOT NULL`,
  responded_in_time: `${live} AND d.accepted_at <= d.response_due_at`,
  answered: `${live} AND d.answered_at IS NOT NULL`,
  answered_in_time: `${live} AND d.answered_at <= d.resolution_due_at`,
  closed: `${live} AND d.status = 'closed'`,
  closed_in_time: `${live} AND d.status = 'closed' AND d.closed_at <= d.resolution_due_at`,
  rated: `${live} AND d.satisfaction IS NOT NULL`,
  satisfied: `${live} AND d.satisfaction = 'satisfied'`,
  basically_satisfied: `${live} AND d.satisfaction = 'basically_satisfied'`,
  dissatisfied: `${live} AND d.satisfaction = 'dissatisfied'`,
  reopened: `${live} AND d.reopen_count > 0`,
  overdue: `${live} AND d.supervision_level >= 2`,
} as const;
export type Measure = keyof typeof measures;
export const measureNames = Object.keys(measures) as Measure[];

/** Sums of minutes, for average response and answer times. */
const minutes = {
  response_minutes: `CASE WHEN ${live} AND d.accepted_at IS NOT NULL THEN GREATEST(0, floor(extract(epoch FROM d.accepted_at - d.received_at) / 60))::bigint ELSE 0 END`,
  answer_minutes: `CASE WHEN ${live} AND d.answered_at IS NOT NULL THEN GREATEST(0, floor(extract(epoch FROM d.answered_at - d.received_at) / 60))::bigint ELSE 0 END`,
};

export const dayExpr = `(d.received_at AT TIME ZONE 'Asia/Shanghai')::date`;
const keyCols = 'day, district_code, category_code, org_id';
export const countCols = [...measureNames, ...Object.keys(minutes)];
const contribution = (sign: string) =>
  [...measureNames.map((m) => `${sign}(CASE WHEN ${measures[m]} THEN 1 ELSE 0 END)`), ...Object.values(minutes).map((e) => `${sign}(${e})`)];

/** Columns of demands the expressions read; an update touching none of them changes no count. */
const watched = ['received_at', 'district_code', 'category_code', 'org_id', 'org_path', 'merged_into_id', 'dispatched_at', 'accepted_at', 'response_due_at',
  'answered_at', 'resolution_due_at', 'status', 'closed_at', 'satisfaction', 'reopen_count', 'supervision_level'];

const rowSelect = (rec: 'OLD' | 'NEW', sign: string) =>
  `SELECT ${dayExpr} AS day, d.district_code, d.category_code, COALESCE(d.org_id, 0) AS org_id, d.org_path, ${contribution(sign).map((e, i) => `${e} AS ${countCols[i]}`).join(', ')}
     FROM (SELECT ${rec}.*) d`;

const upsertTail = (key: string) => `ON CONFLICT (${key}) DO UPDATE SET org_path = EXCLUDED.org_path, ${countCols.map((c) => `${c} = r.${c} + EXCLUDED.${c}`).join(', ')}`;
const monthKeyCols = 'month, district_code, category_code, org_id';
const changes = `${rowSelect('OLD', '-')} WHERE TG_OP <> 'INSERT' UNION ALL ${rowSelect('NEW', '')} WHERE TG_OP <> 'DELETE'`;

const VERSION = 'rollup-v2';

// Rows are merged and ordered by key, so two transactions touching the same two rows lock them in the same order.
const functionSql = `CREATE OR REPLACE FUNCTION demand_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('vanguard.rollup_off', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND (${watched.map((c) => `OLD.${c}`).join(', ')}) IS NOT DISTINCT FROM (${watched.map((c) => `NEW.${c}`).join(', ')}) THEN RETURN NULL; END IF;
  INSERT INTO demand_daily_rollup AS r (${keyCols}, org_path, ${countCols.join(', ')})
  SELECT ${keyCols}, max(org_path), ${countCols.map((c) => `sum(${c})`).join(', ')}
    FROM (${changes}) x
   GROUP BY ${keyCols} ORDER BY ${keyCols}
  ${upsertTail(keyCols)};
  INSERT INTO demand_monthly_rollup AS r (${monthKeyCols}, org_path, ${countCols.join(', ')})
  SELECT date_trunc('month', day)::date AS month, district_code, category_code, org_id, max(org_path), ${countCols.map((c) => `sum(${c})`).join(', ')}
    FROM (${changes}) x
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ${upsertTail(monthKeyCols)};
  RETURN NULL;
END $fn$`;

/** Installs (or upgrades) the trigger; idempotent and safe when several processes start at once. */
export async function ensureRollupTrigger(db: Db) {
  await transaction(db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(725004)`);
    const [have] = await rows<{ v: string | null }>(tx, sql`SELECT obj_description(p.oid, 'pg_proc') AS v FROM pg_proc p WHERE p.proname = 'demand_rollup_apply'`);
    if (have?.v === VERSION) return;
    await tx.execute(sql.raw(functionSql));
    await tx.execute(sql.raw(`COMMENT ON FUNCTION demand_rollup_apply() IS '${VERSION}'`));
    await tx.execute(sql.raw(`DROP TRIGGER IF EXISTS demands_rollup ON demands`));
    await tx.execute(sql.raw(`CREATE TRIGGER demands_rollup AFTER INSERT OR UPDATE OR DELETE ON demands FOR EACH ROW EXECUTE FUNCTION demand_rollup_apply()`));
  });
}

/** Disables the trigger for the rest of the transaction (bulk loads, followed by rebuildRollup). */
export const rollupOffForTransaction = (tx: Db) => tx.execute(sql`SELECT set_config('vanguard.rollup_off', 'on', true)`);

/** The aggregate of the demands table itself, the definition the incremental rollup must equal. */
export const recomputeSql = (where: string) =>
  `SELECT ${dayExpr} AS day, d.district_code, d.category_code, COALESCE(d.org_id, 0) AS org_id, max(d.org_path) AS org_path,
          ${contribution('sum').map((e, i) => `${e} AS ${countCols[i]}`).join(', ')}
     FROM demands d WHERE ${where} GROUP BY 1, 2, 3, 4`;

/**
 * Recomputes the rollup rows of days [from, to] (YYYY-MM-DD, Asia/Shanghai) from the demands table.
 * The table lock waits for transactions whose trigger already wrote, and holds back new ones until
 * this commits, so nothing is counted twice or lost.
 */
export async function rebuildRollup(db: Db, from: string, to: string): Promise<number> {
  return transaction(db, async (tx) => {
    await tx.execute(sql`LOCK TABLE demand_daily_rollup IN SHARE ROW EXCLUSIVE MODE`);
    await tx.execute(sql`DELETE FROM demand_daily_rollup WHERE day BETWEEN ${from}::date AND ${to}::date`);
    const range = `d.received_at >= ('${from}'::date::timestamp AT TIME ZONE 'Asia/Shanghai') AND d.received_at < (('${to}'::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
    const [r] = await rows<{ n: number }>(tx, sql.raw(`WITH ins AS (INSERT INTO demand_daily_rollup (${keyCols}, org_path, ${countCols.join(', ')}) ${recomputeSql(range)} RETURNING 1)
      SELECT count(*)::int AS n FROM ins`));
    // Whole months touched by the range, re-added from the (now exact) daily rows.
    await tx.execute(sql`LOCK TABLE demand_monthly_rollup IN SHARE ROW EXCLUSIVE MODE`);
    const months = `month >= date_trunc('month', '${from}'::date)::date AND month <= date_trunc('month', '${to}'::date)::date`;
    await tx.execute(sql.raw(`DELETE FROM demand_monthly_rollup WHERE ${months}`));
    await tx.execute(sql.raw(`INSERT INTO demand_monthly_rollup (${monthKeyCols}, org_path, ${countCols.join(', ')})
      SELECT date_trunc('month', day)::date, district_code, category_code, org_id, max(org_path), ${countCols.map((c) => `sum(${c})`).join(', ')}
        FROM demand_daily_rollup WHERE day >= date_trunc('month', '${from}'::date) AND day < date_trunc('month', '${to}'::date) + interval '1 month'
       GROUP BY 1, 2, 3, 4`));
    return r.n;
  });
}

/** Date range (Asia/Shanghai) of all demands, for a full rebuild. */
export async function demandDayRange(db: Db): Promise<{ from: string; to: string } | null> {
  const [r] = await rows<{ from: string | null; to: string | null }>(db, sql.raw(`SELECT to_char(min(${dayExpr}), 'YYYY-MM-DD') AS "from", to_char(max(${dayExpr}), 'YYYY-MM-DD') AS "to" FROM demands d`));
  return r?.from && r.to ? { from: r.from, to: r.to } : null;
}

/** Rows of the rollup that differ from a recomputation (empty when consistent). */
export async function rollupDifferences(db: Db) {
  const cols = ['org_path', ...countCols];
  const cmp = cols.map((c) => `a.${c} IS DISTINCT FROM b.${c}`).join(' OR ');
  return rows(db, sql.raw(`WITH a AS (SELECT * FROM demand_daily_rollup WHERE ${countCols.map((c) => `${c} <> 0`).join(' OR ')}), b AS (${recomputeSql('true')})
    SELECT a.day AS a_day, b.day AS b_day, a.org_id AS a_org, b.org_id AS b_org, a.received AS a_received, b.received AS b_received
      FROM a FULL JOIN b USING (${keyCols}) WHERE a.day IS NULL OR b.day IS NULL OR ${cmp} LIMIT 20`));
}

/** Monthly rows that differ from the sum of their daily rows (empty when consistent). */
export async function monthlyDifferences(db: Db) {
  const nonZero = countCols.map((c) => `${c} <> 0`).join(' OR ');
  const cmp = countCols.map((c) => `a.${c} IS DISTINCT FROM b.${c}`).join(' OR ');
  return rows(db, sql.raw(`WITH a AS (SELECT * FROM demand_monthly_rollup WHERE ${nonZero}),
      b AS (SELECT date_trunc('month', day)::date AS month, district_code, category_code, org_id, ${countCols.map((c) => `sum(${c}) AS ${c}`).join(', ')}
              FROM demand_daily_rollup GROUP BY 1, 2, 3, 4 HAVING ${countCols.map((c) => `sum(${c}) <> 0`).join(' OR ')})
    SELECT a.month AS a_month, b.month AS b_month, a.org_id AS a_org, b.org_id AS b_org FROM a FULL JOIN b USING (${monthKeyCols})
     WHERE a.month IS NULL OR b.month IS NULL OR ${cmp} LIMIT 20`));
}
