import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/src/kernel/db/client.js';
import { rows } from '../../server/src/kernel/db/client.js';
import { makeIdNumber } from '../../server/src/kernel/org/id-number.js';
import { SESSION_COOKIE, tokenHash } from '../../server/src/kernel/auth/sessions.js';
import { ok, type ApiClient } from '../../test/api-client.js';

/**
 * `n` members spread over the city's branches, each with an account and a live session,
 * written with multi-row INSERTs (no password hashing): what a contest hall of phones needs.
 */
export async function bulkPlayers(db: Db, n: number, tag: string): Promise<string[]> {
  const branches = await rows<{ id: number }>(db, sql`SELECT o.id FROM orgs o WHERE NOT EXISTS (SELECT 1 FROM orgs c WHERE c.parent_id = o.id) ORDER BY o.id`);
  const cookies: string[] = [];
  const expires = new Date(Date.now() + 12 * 3600_000).toISOString();
  // A sequence number of its own per run keeps the generated ID numbers apart from earlier runs.
  const seq = 600 + (Number.parseInt(tag.slice(-4), 36) % 300);
  for (let i = 0; i < n; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, n - i) }, (_, k) => i + k);
    const people = await rows<{ id: number; org_id: number }>(
      db,
      sql`INSERT INTO people (org_id, name, gender, birth_date, id_number, party_status) VALUES ${sql.join(
        batch.map((k) => {
          const birth = new Date(Date.UTC(1970, 0, 1) + k * 86400_000).toISOString().slice(0, 10);
          return sql`(${branches[k % branches.length].id}, ${`选手${k + 1}`}, '女', ${birth}, ${makeIdNumber('370203', birth, seq, false)}, '正式党员')`;
        }),
        sql`, `,
      )} RETURNING id, org_id`,
    );
    const accounts = await rows<{ id: number; person_id: number }>(
      db,
      sql`INSERT INTO accounts (username, password_hash, person_id, display_name) VALUES ${sql.join(
        people.map((p) => sql`(${`${tag}_${p.id}`}, 'x', ${p.id}, ${`选手${p.id}`})`),
        sql`, `,
      )} RETURNING id, person_id`,
    );
    const orgOf = new Map(people.map((p) => [p.id, p.org_id]));
    await db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES ${sql.join(accounts.map((a) => sql`(${a.id}, 'member', ${orgOf.get(a.person_id)})`), sql`, `)}`);
    const tokens = accounts.map(() => randomBytes(32).toString('base64url'));
    await db.execute(
      sql`INSERT INTO sessions (id, account_id, csrf_token, expires_at) VALUES ${sql.join(
        accounts.map((a, k) => sql`(${tokenHash(tokens[k])}, ${a.id}, ${randomBytes(24).toString('base64url')}, ${expires}::timestamptz)`),
        sql`, `,
      )}`,
    );
    cookies.push(...tokens.map((t) => `${SESSION_COOKIE}=${t}`));
  }
  return cookies;
}

/** Ten single-choice questions and a live individual contest over the whole city, teams per agency. */
export async function createLiveContest(db: Db, api: ApiClient, questions: number, secondsPerQuestion: number) {
  const [root] = await rows<{ id: number }>(db, sql`SELECT id FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  const agencies = await rows<{ id: number; name: string }>(db, sql`SELECT id, name FROM orgs WHERE parent_id = ${root.id} ORDER BY id`);
  const stamp = Date.now().toString(36);
  const ids: number[] = [];
  for (let i = 0; i < questions; i++) {
    const q = await ok(
      api.POST('/api/v1/learning/questions', {
        body: {
          type: 'single',
          stem: `压力测试题 ${stamp}-${i + 1}：下列哪一项是正确的？`,
          options: ['选项一', '选项二', '选项三', '选项四'],
          answer: ['ABCD'[i % 4]],
          orgId: root.id,
        },
      }),
    );
    ids.push(q.id);
  }
  const c = await ok(
    api.POST('/api/v1/contests', {
      body: {
        name: `学思想强党性共奋斗知识挑战赛（压力测试 ${stamp}）`,
        orgId: root.id,
        questionSource: { kind: 'fixed', questionIds: ids },
        entrantKind: 'individual',
        teams: agencies.map((a) => ({ name: a.name, orgId: a.id })),
        rounds: [{ name: '现场决赛', kind: 'live', secondsPerQuestion }],
      },
    }),
  );
  return { roundId: c.rounds[0].id, code: c.rounds[0].code };
}
