// The analytics bench's --trgm comparison: the segmented tsvector search of demands.search.ts against
// a pg_trgm GIN index on the raw text (search_text LIKE '%term%'), on the same database and queries.
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../server/src/kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../server/src/kernel/access/scope.js';
import { searchDemands, segmentWords } from '../../server/src/modules/demands/intake/demands.search.js';
import { median, p95, round, timed } from './timing.js';

const TRGM_INDEX = 'demands_search_trgm_idx';
const TSV_INDEX = 'demands_search_idx';
/** Same bound on the first pass as demands.search.ts. */
const RECENT = 20000;
const LIMIT = 50;

/**
 * Queries beyond the bench's own: terms of 3+ characters a trigram index can serve, words the
 * segmenter splits differently in the text (助餐 in 助|餐点, 气味 in 燃|气|味道), addresses, one
 * demand's street number, and a 2- and a 3-character word that occur nowhere.
 */
export const trigramExtraQueries = ['房产证', '稳岗补贴', '十四五度', '井盖', '助餐', '气味', '香港中路', '重庆南路162号', '地铁', '地铁站'];

const select = sql`d.id, d.tracking_code, d.title, d.status, d.category_code, d.district_code, d.org_id, d.citizen_name, d.received_at`;

// tsquery lexemes quoted as in demands.search.ts.
const lexeme = (w: string) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const tsvMatch = (q: string) => sql`d.search_vector @@ to_tsquery('simple', ${segmentWords(q).slice(0, 16).map(lexeme).join(' & ')})`;

/** Every whitespace-separated term of the query as a substring of the raw text. */
const likeTerms = (q: string) => q.trim().split(/\s+/).filter(Boolean).slice(0, 16);
const likeMatch = (q: string) => sql`(${sql.join(likeTerms(q).map((t) => sql`d.search_text LIKE ${'%' + escapeLike(t) + '%'}`), sql` AND `)})`;

/** The fallback pass of the production search: every match in scope, newest 50. */
const allMatchPass = (match: SQL, scope: Scope) =>
  sql`WITH m AS MATERIALIZED (SELECT ${select} FROM demands d WHERE ${match} AND ${inScope(sql`d.org_path`, scope)})
      SELECT * FROM m ORDER BY received_at DESC, id DESC LIMIT ${LIMIT}`;

/** The production search's two passes with the LIKE condition in place of the tsquery. */
async function trigramSearch(db: Db, scope: Scope, q: string) {
  let list = await rows<{ id: string }>(
    db,
    sql`SELECT * FROM (SELECT ${select}, d.search_text FROM demands d WHERE ${inScope(sql`d.org_path`, scope)} ORDER BY d.received_at DESC LIMIT ${RECENT}) d
         WHERE ${likeMatch(q)} ORDER BY d.received_at DESC, d.id DESC LIMIT ${LIMIT}`,
  );
  if (list.length < LIMIT) list = await rows<{ id: string }>(db, allMatchPass(likeMatch(q), scope));
  return list;
}

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; 'Actual Rows': number; 'Actual Loops': number; 'Rows Removed by Filter'?: number; 'Rows Removed by Index Recheck'?: number; Plans?: PlanNode[] };

/** The scans of a query's plan, and how many table rows they read (returned or thrown away by a recheck or filter). */
async function planOf(db: Db, query: SQL): Promise<{ scans: string[]; rowsRead: number }> {
  const [row] = await rows<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(db, sql`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${query}`);
  const out = { scans: [] as string[], rowsRead: 0 };
  const walk = (n: PlanNode) => {
    const target = n['Index Name'] ?? n['Relation Name'];
    if (n['Node Type'].endsWith('Scan') && target) out.scans.push(`${n['Node Type']} on ${target}`);
    if (n['Relation Name'] === 'demands') out.rowsRead += n['Actual Loops'] * (n['Actual Rows'] + (n['Rows Removed by Filter'] ?? 0) + (n['Rows Removed by Index Recheck'] ?? 0));
    for (const c of n.Plans ?? []) walk(c);
  };
  walk(row['QUERY PLAN'][0].Plan);
  return out;
}

const bytes = async (db: Db, index: string) => Number((await rows<{ n: string }>(db, sql`SELECT pg_relation_size(${index}::regclass) AS n`))[0].n);
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** Creates the trigram index unless a valid one exists; returns the build time, or null when it was already there. */
async function ensureTrigramIndex(db: Db): Promise<number | null> {
  const [existing] = await rows<{ valid: boolean }>(db, sql`SELECT i.indisvalid AS valid FROM pg_index i WHERE i.indexrelid = to_regclass(${TRGM_INDEX})`);
  if (existing?.valid) return null;
  // An interrupted CONCURRENTLY build leaves an invalid index that IF NOT EXISTS would keep.
  if (existing) await db.execute(sql.raw(`DROP INDEX CONCURRENTLY ${TRGM_INDEX}`));
  const [ms] = await timed(() => db.execute(sql.raw(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${TRGM_INDEX} ON demands USING gin (search_text gin_trgm_ops)`)));
  return ms;
}

type Side = 'tsv' | 'trgm';
interface QueryReport {
  q: string; words: string[]; matches: Record<Side, number>; both: number; top: Record<Side, number>;
  plan: Record<Side, { scans: string[]; rowsRead: number }>; served: Record<Side, number[]>; allMatch: Record<Side, number[]>;
}

/** Prints the comparison and returns the figures for the bench's JSON line. */
export async function compareTrigram(db: Db, scope: Scope, queries: string[], rounds: number): Promise<Record<string, unknown>> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  const [{ lc_ctype: lcCtype }] = await rows<{ lc_ctype: string }>(db, sql`SHOW lc_ctype`);
  const [{ n: cjkTrigrams }] = await rows<{ n: number | null }>(db, sql`SELECT cardinality(show_trgm('青岛市')) AS n`);
  if (!cjkTrigrams) {
    console.log(`pg_trgm: show_trgm('青岛市') is empty under lc_ctype ${lcCtype}: Chinese characters are not word characters here, a trigram index cannot serve Chinese keyword search on this database, so there is nothing to compare.`);
    return { lcCtype, cjkTrigrams: 0 };
  }
  console.log(`pg_trgm: lc_ctype ${lcCtype}; show_trgm('青岛市') has ${cjkTrigrams} trigrams`);

  const buildMs = await ensureTrigramIndex(db);
  const [tsvBytes, trgmBytes, tableBytes] = [await bytes(db, TSV_INDEX), await bytes(db, TRGM_INDEX), await bytes(db, 'demands')];
  console.log(`trigram index ${TRGM_INDEX}: ${buildMs === null ? 'already there (built by an earlier run)' : `built in ${(buildMs / 1000).toFixed(1)} s (CREATE INDEX CONCURRENTLY)`}`);
  console.log(`index sizes: tsvector GIN ${mb(tsvBytes)}, trigram GIN ${mb(trgmBytes)} (table heap ${mb(tableBytes)})`);

  const match = { tsv: tsvMatch, trgm: likeMatch };
  const search = { tsv: async (q: string) => (await searchDemands(db, scope, q)).items.length, trgm: async (q: string) => (await trigramSearch(db, scope, q)).length };
  const reports: QueryReport[] = [];
  for (const q of queries) {
    // Matches over the whole table: the top 50 caps what a search shows.
    const [c] = await rows<{ tsv: string; trgm: string; both: string }>(
      db,
      sql`SELECT count(*) FILTER (WHERE ${tsvMatch(q)}) AS tsv, count(*) FILTER (WHERE ${likeMatch(q)}) AS trgm, count(*) FILTER (WHERE ${tsvMatch(q)} AND ${likeMatch(q)}) AS both
            FROM demands d WHERE ${inScope(sql`d.org_path`, scope)}`,
    );
    reports.push({
      q, words: segmentWords(q), matches: { tsv: Number(c.tsv), trgm: Number(c.trgm) }, both: Number(c.both),
      top: { tsv: await search.tsv(q), trgm: await search.trgm(q) },
      plan: { tsv: await planOf(db, allMatchPass(tsvMatch(q), scope)), trgm: await planOf(db, allMatchPass(likeMatch(q), scope)) },
      served: { tsv: [], trgm: [] }, allMatch: { tsv: [], trgm: [] },
    });
  }

  for (let i = 0; i < rounds; i++) {
    for (const r of reports) {
      const sides: Side[] = i % 2 ? ['trgm', 'tsv'] : ['tsv', 'trgm'];
      for (const side of sides) {
        r.served[side].push((await timed(() => search[side](r.q)))[0]);
        r.allMatch[side].push((await timed(() => rows(db, allMatchPass(match[side](r.q), scope))))[0]);
      }
    }
  }

  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 1 : 2), 0);
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
  const num = (x: number, n: number) => Math.round(x).toLocaleString('en').padStart(n);
  const pair = (r: Record<Side, number>, n: number) => `${num(r.tsv, n)} /${num(r.trgm, n)}`;
  console.log(`per query, segmenter / pg_trgm LIKE: matches in the table (both = found by the two), top-${LIMIT} rows shown, table rows read by the all-match pass, median ms of the search as served and of the all-match pass:`);
  for (const r of reports) {
    const med = (x: Record<Side, number[]>) => ({ tsv: median(x.tsv), trgm: median(x.trgm) });
    console.log(`  ${pad(r.q, 14)} ${pad(r.words.join('|'), 18)} matches ${pair(r.matches, 6)} both ${num(r.both, 6)}  top ${pair(r.top, 2)}  rows read ${pair({ tsv: r.plan.tsv.rowsRead, trgm: r.plan.trgm.rowsRead }, 9)}  served ${pair(med(r.served), 5)}  all-match ${pair(med(r.allMatch), 5)}`);
  }
  const trgmPlans = [...new Set(reports.map((r) => r.plan.trgm.scans.join(' + ')))];
  console.log(`trigram all-match plans: ${trgmPlans.join('; ')}`);
  const all = (side: Side, key: 'served' | 'allMatch') => reports.flatMap((r) => r[key][side]);
  const line = (label: string, xs: number[]) => `${label} median ${median(xs).toFixed(1)} ms  p95 ${p95(xs).toFixed(1)} ms  max ${Math.max(...xs).toFixed(1)} ms`;
  console.log(`search as served (newest ${RECENT} first, then every match), ${queries.length} queries × ${rounds}:`);
  console.log(`  ${line('segmenter + tsvector:', all('tsv', 'served'))}\n  ${line('pg_trgm LIKE:        ', all('trgm', 'served'))}`);
  console.log(`all-match pass alone (every match through the index, newest ${LIMIT}):`);
  console.log(`  ${line('segmenter + tsvector:', all('tsv', 'allMatch'))}\n  ${line('pg_trgm LIKE:        ', all('trgm', 'allMatch'))}`);

  const stats = (side: Side, key: 'served' | 'allMatch') => ({ medianMs: round(median(all(side, key))), p95Ms: round(p95(all(side, key))) });
  return {
    lcCtype, cjkTrigrams, buildMs: buildMs === null ? null : round(buildMs, 0), tsvIndexBytes: tsvBytes, trgmIndexBytes: trgmBytes,
    segmenter: { served: stats('tsv', 'served'), allMatch: stats('tsv', 'allMatch') }, pgTrgm: { served: stats('trgm', 'served'), allMatch: stats('trgm', 'allMatch') },
    queries: reports.map((r) => ({ q: r.q, tsv: r.matches.tsv, like: r.matches.trgm, both: r.both, tsvRowsRead: r.plan.tsv.rowsRead, trgmRowsRead: r.plan.trgm.rowsRead })),
  };
}
