import { createHash } from 'node:crypto';
import pg from 'pg';

/** Named statements kept per connection; past this, further statements run unnamed (parsed each time). */
export const MAX_NAMED_PER_CONNECTION = 500;
/** Longer texts (bulk inserts with many rows) run unnamed: they seldom repeat and would hold memory on the server. */
const MAX_TEXT = 16_000;
const MAX_PARAMS = 200;

const names = new Map<string, string>();

/** The statement's name is a hash of its text, so the same text always has the same name on any connection. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = 'vg_' + createHash('sha1').update(text).digest('base64url').slice(0, 20);
    if (names.size >= 5_000) names.clear();
    names.set(text, name);
  }
  return name;
}

type QueryConfig = { text?: string; name?: string; values?: unknown[]; [k: string]: unknown };

/**
 * A node-postgres client that sends every parameterised statement as a named prepared statement, so
 * the server parses and analyses each text once per connection instead of on every request.
 * Statements without parameters keep the simple protocol: their text may hold several commands.
 */
export class PreparingClient extends pg.Client {
  private named = new Set<string>();

  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const prepared = this.withName(config, values);
    return (super.query as (...a: unknown[]) => never).call(this, prepared, values, callback);
  }

  private withName(config: unknown, values: unknown): unknown {
    const params = (Array.isArray(values) ? values : undefined) ?? (config as QueryConfig | null)?.values;
    if (!params || params.length === 0 || params.length > MAX_PARAMS) return config;
    const cfg: QueryConfig = typeof config === 'string' ? { text: config } : (config as QueryConfig);
    if (typeof cfg !== 'object' || cfg === null || cfg.name || typeof cfg.text !== 'string' || cfg.text.length > MAX_TEXT) return config;
    if (typeof (cfg as { submit?: unknown }).submit === 'function') return config; // a Query or Cursor object
    const name = statementName(cfg.text);
    if (!this.named.has(name)) {
      if (this.named.size >= MAX_NAMED_PER_CONNECTION) return config;
      this.named.add(name);
    }
    return { ...cfg, name };
  }
}
