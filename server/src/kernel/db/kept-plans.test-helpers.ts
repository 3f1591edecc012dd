import { sql } from 'drizzle-orm';
import { dbKind, openTestDatabase, pgliteTemplateBytes } from '../../../../test/harness.js';
import { openDatabase, rows, transaction, type Database, type Db } from './client.js';
import { createSession, loadSession } from '../auth/sessions.js';
import type { AuthContext } from '../auth/auth-context.js';
import { definePermissions } from '../access/permissions.js';
import { allModules } from '../../app.js';

/** A test database whose statements are prepared as in production: PostgreSQL, or PGlite through its worker. */
export function openPreparingDatabase(): Promise<Database> {
  return dbKind === 'pglite' ? openDatabase({ loadDataDir: pgliteTemplateBytes(), worker: true, poolSize: 2 }) : openTestDatabase();
}

export type Plans = { statement: string; custom: number; generic: number };

/**
 * Runs `read` `times` times on one connection and answers how that connection planned the newest prepared statement
 * whose text holds `marker`: PostgreSQL plans the first five calls for their values, then keeps one plan (generic)
 * if it costs no more, or plans every call again (custom).
 */
export async function plansOf(database: Database, marker: string, read: (db: Db) => Promise<unknown>, times = 10): Promise<Plans> {
  return transaction(database.db, async (tx) => {
    for (let i = 0; i < times; i++) await read(tx);
    const found = await rows<Plans>(
      tx,
      sql`SELECT statement, custom_plans::int AS custom, generic_plans::int AS generic FROM pg_prepared_statements
           WHERE strpos(statement, ${marker}) > 0 ORDER BY prepare_time DESC LIMIT 1`,
    );
    if (!found[0]) throw new Error(`no prepared statement holds ${marker}`);
    return found[0];
  });
}

/** Who `username` is, as a request would find them: a session is opened for the account and read back. */
export async function authOf(db: Db, username: string): Promise<AuthContext> {
  const [account] = await rows<{ id: number }>(db, sql`SELECT id FROM accounts WHERE username = ${username}`);
  if (!account) throw new Error(`no account ${username}`);
  const t = { idleMinutes: 60, absoluteHours: 1 };
  const { token } = await createSession(db, account.id, t, {});
  const auth = await loadSession(db, token, t);
  if (!auth || auth === 'expired') throw new Error(`no session for ${username}`);
  return auth;
}

/** The permissions every module declares, as the app registers them when it is built. */
export function definePermissionsOfAllModules() {
  for (const m of allModules) if (m.permissions) definePermissions(m.permissions);
}
