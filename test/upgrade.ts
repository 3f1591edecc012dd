import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsFolder, rows, transaction, type Db } from '../server/src/kernel/db/client.js';

/** What a database built by the released baseline migration (0000) holds, read from drizzle-kit's snapshot of it. */
export interface BaselineTable {
  name: string;
  /** Columns a row is written with (generated columns excluded). */
  columns: string[];
  /** Columns filled from a sequence (serial or identity), to move on after a copy. */
  sequenced: string[];
  /** Primary key, to order rows. */
  key: string[];
}

interface SnapshotColumn {
  name: string;
  type: string;
  primaryKey?: boolean;
  generated?: unknown;
  identity?: unknown;
}
interface Snapshot {
  tables: Record<string, { name: string; columns: Record<string, SnapshotColumn>; compositePrimaryKeys?: Record<string, { columns: string[] }> }>;
}

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}
const journal = (folder: string): { entries: JournalEntry[] } => JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8'));

export const releasedMigrations = (): JournalEntry[] => journal(migrationsFolder).entries;

/** The tables of the schema after the released migration at `at` (default: the baseline, migration 0000). */
export function baselineTables(at = 0): BaselineTable[] {
  const baseline = releasedMigrations()[at];
  const snapshot: Snapshot = JSON.parse(readFileSync(join(migrationsFolder, 'meta', `${String(baseline.idx).padStart(4, '0')}_snapshot.json`), 'utf8'));
  return Object.values(snapshot.tables).map((t) => {
    const cols = Object.values(t.columns);
    const composite = Object.values(t.compositePrimaryKeys ?? {})[0]?.columns;
    return {
      name: t.name,
      columns: cols.filter((c) => !c.generated).map((c) => c.name),
      sequenced: cols.filter((c) => c.identity || c.type === 'serial' || c.type === 'bigserial').map((c) => c.name),
      key: composite ?? cols.filter((c) => c.primaryKey).map((c) => c.name),
    };
  });
}

/**
 * A temporary copy of the migrations folder holding the first `upTo` released migrations,
 * followed by `extra` ones (as a later `npm run db:generate` would append them).
 */
export function migrationsCopy(opts: { upTo?: number; extra?: Array<{ tag: string; sql: string }> } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vg-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const all = journal(migrationsFolder);
  const entries = all.entries.slice(0, opts.upTo ?? all.entries.length);
  for (const e of entries) copyFileSync(join(migrationsFolder, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  for (const f of readdirSync(join(migrationsFolder, 'meta'))) if (f.endsWith('_snapshot.json')) copyFileSync(join(migrationsFolder, 'meta', f), join(dir, 'meta', f));
  let when = entries[entries.length - 1].when;
  for (const x of opts.extra ?? []) {
    writeFileSync(join(dir, `${x.tag}.sql`), x.sql);
    entries.push({ ...entries[0], idx: entries.length, when: ++when, tag: x.tag });
  }
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify({ ...all, entries }, null, 2));
  return dir;
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
const list = (names: string[]) => names.map(q).join(', ');

/**
 * Copies the rows of the baseline tables, baseline columns only, from a database of the current
 * schema into one built by the baseline migration alone. Foreign keys are checked by neither
 * order nor trigger (session_replication_role = replica), as in a restore.
 */
export async function copyBaselineData(from: Db, to: Db, tables: BaselineTable[]): Promise<void> {
  await transaction(to, async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    for (const t of tables) {
      const [{ j }] = await rows<{ j: string }>(from, sql.raw(`SELECT coalesce(json_agg(r), '[]'::json)::text AS j FROM (SELECT ${list(t.columns)} FROM ${q(t.name)}) r`));
      await tx.execute(
        sql`${sql.raw(`INSERT INTO ${q(t.name)} (${list(t.columns)}) OVERRIDING SYSTEM VALUE SELECT ${list(t.columns)} FROM json_populate_recordset(NULL::${q(t.name)}, `)}${j}::json)`,
      );
      for (const c of t.sequenced) {
        await tx.execute(
          sql.raw(`SELECT setval(pg_get_serial_sequence('${q(t.name)}', '${c}'), m) FROM (SELECT max(${q(c)}) AS m FROM ${q(t.name)}) x WHERE m IS NOT NULL`),
        );
      }
    }
  });
}

/** Per baseline table: its row count and a digest of each baseline column in key order (null: the table or column is gone). */
export type Fingerprint = Record<string, { rows: number | null; columns: Record<string, string | null> }>;

export async function fingerprint(db: Db, tables: BaselineTable[]): Promise<Fingerprint> {
  const present = await rows<{ table_name: string; column_name: string }>(
    db,
    sql`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const has = new Set(present.map((p) => `${p.table_name}.${p.column_name}`));
  const out: Fingerprint = {};
  for (const t of tables) {
    const cols = t.columns.filter((c) => has.has(`${t.name}.${c}`));
    const key = t.key.filter((c) => has.has(`${t.name}.${c}`));
    if (!cols.length) {
      out[t.name] = { rows: null, columns: Object.fromEntries(t.columns.map((c) => [c, null])) };
      continue;
    }
    const order = (key.length ? key : cols).map(q).join(', ');
    const digests = cols.map((c, i) => `md5(coalesce(string_agg(quote_nullable(${q(c)}::text), ',' ORDER BY ${order}), '')) AS c${i}`);
    const [r] = await rows<Record<string, string | number>>(db, sql.raw(`SELECT count(*)::int AS n, ${digests.join(', ')} FROM ${q(t.name)}`));
    out[t.name] = {
      rows: Number(r.n),
      columns: Object.fromEntries(t.columns.map((c) => [c, cols.includes(c) ? String(r[`c${cols.indexOf(c)}`]) : null])),
    };
  }
  return out;
}

/**
 * What an upgrade lost or changed, one line each: missing tables or columns, row counts that moved,
 * columns whose values changed. `rewrites` lists "table.column" a migration deliberately rewrites.
 */
export function dataChanges(before: Fingerprint, after: Fingerprint, rewrites: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  for (const [table, b] of Object.entries(before)) {
    const a = after[table];
    if (!a || a.rows === null) {
      problems.push(`${table}: table dropped (${b.rows} rows)`);
      continue;
    }
    if (a.rows !== b.rows) problems.push(`${table}: ${b.rows} rows before, ${a.rows} after`);
    for (const [column, digest] of Object.entries(b.columns)) {
      if (a.columns[column] === null) problems.push(`${table}.${column}: column dropped`);
      else if (a.rows === b.rows && a.columns[column] !== digest && !rewrites.has(`${table}.${column}`)) problems.push(`${table}.${column}: values changed`);
    }
  }
  return problems;
}
