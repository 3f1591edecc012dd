import { createHash } from 'node:crypto';
import pg from 'pg';

/** Named statements kept per connection; past this, the least recently used is closed (or, in a shared session, further statements run unnamed). */
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

const readsSeen = new Set<string>();

/**
 * A read without parameters is named too (a list whose scope and page are written into its text has none) when its
 * text is one SELECT (a text without ';' cannot hold several commands, as the simple protocol allows) and this
 * process has sent it before: a text built once around its values is not kept on every connection.
 */
function repeatedRead(text: string): boolean {
  if (!/^\s*(SELECT|WITH)\b/i.test(text) || text.includes(';')) return false;
  if (readsSeen.has(text)) return true;
  if (readsSeen.size >= 5_000) readsSeen.clear();
  readsSeen.add(text);
  return false;
}

type QueryConfig = { text?: string; name?: string; values?: unknown[]; [k: string]: unknown };
type Statements = { parsedStatements: Record<string, string>; submittedNamedStatements: Record<string, string> };

/**
 * A node-postgres client that sends every parameterised statement, and every single read it has sent before, as a
 * named prepared statement, so the server parses and analyses each text once per connection instead of on every request.
 * Past MAX_NAMED_PER_CONNECTION names it closes the least recently used one, so the texts in use stay prepared however
 * many others (an agency's scope written into a text makes one per agency) a long-running process has sent.
 */
export class PreparingClient extends pg.Client {
  /** The names this connection has sent, least recently used first. */
  private named = new Map<string, true>();
  /** Whether a dropped name is closed on the server: not where clients share one session (PGlite's worker). */
  protected closesDropped = true;

  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const prepared = this.withName(config, values);
    return (super.query as (...a: unknown[]) => never).call(this, prepared, values, callback);
  }

  private withName(config: unknown, values: unknown): unknown {
    const params = (Array.isArray(values) ? values : undefined) ?? (config as QueryConfig | null)?.values;
    if (params && params.length > MAX_PARAMS) return config;
    const cfg: QueryConfig = typeof config === 'string' ? { text: config } : (config as QueryConfig);
    if (typeof cfg !== 'object' || cfg === null || cfg.name || typeof cfg.text !== 'string' || cfg.text.length > MAX_TEXT) return config;
    if ((!params || params.length === 0) && !repeatedRead(cfg.text)) return config;
    if (typeof (cfg as { submit?: unknown }).submit === 'function') return config; // a Query or Cursor object
    const name = statementName(cfg.text);
    if (this.named.delete(name)) this.named.set(name, true);
    else {
      if (this.named.size >= MAX_NAMED_PER_CONNECTION && !this.dropLeastUsed()) return config;
      this.named.set(name, true);
    }
    return { ...cfg, name };
  }

  /**
   * Closes the least recently used name on the server (DEALLOCATE, queued behind what this connection was already
   * asked to run, so a query sent earlier under that name still finds it) and forgets it once the server has.
   */
  private dropLeastUsed(): boolean {
    if (!this.closesDropped) return false;
    const statements = (this as unknown as { connection: Statements }).connection;
    for (const name of this.named.keys()) {
      const parsed = statements.parsedStatements[name] !== undefined;
      // Its Parse is on its way: the name is in use.
      if (!parsed && statements.submittedNamedStatements[name] !== undefined) continue;
      this.named.delete(name);
      // Not parsed yet (its query waits in the queue) or its Parse failed: nothing to close.
      if (!parsed) return true;
      // Pipelined, a statement sent after the DEALLOCATE reaches the server after it, whatever the answer: it must parse again.
      const pipelined = (this as unknown as { pipeline: boolean }).pipeline;
      if (pipelined) {
        delete statements.parsedStatements[name];
        delete statements.submittedNamedStatements[name];
      }
      (pg.Client.prototype.query as (...a: unknown[]) => unknown).call(this, `DEALLOCATE "${name}"`, (err: (Error & { code?: string }) | null) => {
        if (pipelined) return;
        if (!err || err.code === '26000' /* no such statement */) {
          delete statements.parsedStatements[name];
          delete statements.submittedNamedStatements[name];
        } else if (!this.named.has(name)) this.named.set(name, true); // refused (an aborted transaction): still on the server
      });
      return true;
    }
    return false;
  }
}

/** For clients that share one session (PGlite's worker): a name one client closed may be in use by another. */
export class SharedSessionPreparingClient extends PreparingClient {
  protected override closesDropped = false;
}
