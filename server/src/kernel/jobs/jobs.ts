import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/client.js';

export interface JobRow {
  id: number;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

/** Queues a job; with a dedupe key, a second enqueue of the same (name, key) is a no-op. */
export async function enqueue(db: Db, name: string, payload: unknown = {}, opts: { runAt?: Date; dedupeKey?: string; maxAttempts?: number } = {}) {
  await db.execute(sql`
    INSERT INTO jobs (name, payload, run_at, dedupe_key, max_attempts)
    VALUES (${name}, ${JSON.stringify(payload)}::jsonb, ${(opts.runAt ?? new Date()).toISOString()}::timestamptz, ${opts.dedupeKey ?? null}, ${opts.maxAttempts ?? 5})
    ON CONFLICT (name, dedupe_key) DO NOTHING`);
}

/** Claims due jobs for `lockSeconds`; another process skips them until then. */
export async function claimJobs(db: Db, names: string[], limit: number, lockSeconds = 300): Promise<JobRow[]> {
  if (names.length === 0) return [];
  return rows<JobRow>(
    db,
    sql`UPDATE jobs SET locked_until = now() + make_interval(secs => ${lockSeconds}::int), attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM jobs
           WHERE done_at IS NULL AND run_at <= now() AND attempts < max_attempts
             AND (locked_until IS NULL OR locked_until < now())
             AND name IN (${sql.join(names.map((n) => sql`${n}`), sql`, `)})
           ORDER BY run_at LIMIT ${limit}
           FOR UPDATE SKIP LOCKED)
        RETURNING id, name, payload, attempts, max_attempts`,
  );
}

export async function completeJob(db: Db, id: number) {
  await db.execute(sql`UPDATE jobs SET done_at = now(), locked_until = NULL WHERE id = ${id}`);
}

/** Retries later with exponential backoff until max_attempts. */
export async function failJob(db: Db, job: JobRow, error: unknown) {
  const delay = Math.min(3600, 2 ** job.attempts * 10);
  await db.execute(sql`UPDATE jobs SET locked_until = NULL, last_error = ${String(error).slice(0, 1000)},
                          run_at = now() + make_interval(secs => ${delay}::int) WHERE id = ${job.id}`);
}
