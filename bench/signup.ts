// npm run bench -- signup [--n 2000] [--capacity 200] [--concurrency 100] [--scale small]
// A burst of sign-ups through HTTP (session, guard, row lock on the activity, audit, event)
// against raw single-row inserts of sign-ups into the same database, in the same run.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.js';
import { rows } from '../server/src/kernel/db/client.js';
import type { SeedScale } from '../server/src/seed/demo-city.js';
import { bulkMembers } from '../test/bulk-members.js';
import { openSeededDatabase } from './lib/seeded-db.js';

async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

export async function main(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      n: { type: 'string', default: '2000' },
      capacity: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '100' },
      scale: { type: 'string', default: 'small' },
    },
  });
  const n = Number(values.n);
  const capacity = Number(values.capacity);
  const concurrency = Number(values.concurrency);
  const { database, env } = await openSeededDatabase(values.scale as SeedScale, (m) => console.log(m));
  const { app } = await buildApp({ database, env, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  try {
    const [root] = await rows<{ id: number; path: string }>(database.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
    const [branch] = await rows<{ id: number }>(database.db, sql`SELECT id FROM orgs WHERE kind = 'branch' ORDER BY id LIMIT 1`);
    const members = await bulkMembers(database.db, branch.id, n, `bench${Date.now().toString(36)}`);
    const newActivity = async (title: string) => {
      const [a] = await rows<{ id: number }>(
        database.db,
        sql`INSERT INTO activities (type_code, title, org_id, org_path, starts_at, ends_at, capacity, checkin_secret)
            VALUES ('health_lecture', ${title}, ${root.id}, ${root.path}, now() + interval '1 day', now() + interval '1 day 2 hours', ${capacity}, 'bench')
            RETURNING id`,
      );
      return a.id;
    };

    const viaHttp = await newActivity('bench: sign-up through HTTP');
    let t = performance.now();
    const statuses: Record<string, number> = {};
    await pool(members, concurrency, async (m) => {
      const res = await fetch(`${base}/api/v1/me/activities/${viaHttp}/signup`, { method: 'POST', headers: { cookie: m.cookie, 'x-csrf-token': m.csrfToken } });
      const key = res.status === 200 ? ((await res.json()) as { status: string }).status : `http ${res.status}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
    });
    const httpSeconds = (performance.now() - t) / 1000;

    const raw = await newActivity('bench: raw inserts');
    t = performance.now();
    await pool(members, concurrency, (m) =>
      database.db.execute(sql`INSERT INTO activity_signups (activity_id, person_id, status) VALUES (${raw}, ${m.personId}, 'confirmed')`),
    );
    const rawSeconds = (performance.now() - t) / 1000;

    const [check] = await rows<{ confirmed: number }>(database.db, sql`SELECT count(*)::int AS confirmed FROM activity_signups WHERE activity_id = ${viaHttp} AND status = 'confirmed'`);
    const httpRate = n / httpSeconds;
    const rawRate = n / rawSeconds;
    console.log(`database: ${database.kind}; ${n} sign-ups, ${concurrency} at a time, capacity ${capacity}`);
    console.log(`HTTP sign-up (lock, audit, event): ${httpRate.toFixed(0)} /s  (${httpSeconds.toFixed(2)} s)  outcome ${JSON.stringify(statuses)}`);
    console.log(`raw single-row inserts:            ${rawRate.toFixed(0)} /s  (${rawSeconds.toFixed(2)} s)`);
    console.log(`confirmed ${check.confirmed} of capacity ${capacity} ${check.confirmed === capacity ? '(no overbooking)' : '(MISMATCH)'}`);
    console.log(`ratio (HTTP / raw): ${(httpRate / rawRate).toFixed(3)}`);
    console.log(JSON.stringify({ bench: 'signup', ratio: Number((httpRate / rawRate).toFixed(3)), rate: Math.round(httpRate), baselineRate: Math.round(rawRate), n, capacity, confirmed: check.confirmed, concurrency, database: database.kind }));
    if (check.confirmed !== capacity) process.exitCode = 1;
  } finally {
    await app.close();
    await database.close();
  }
}
