import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, rows } from '../server/src/kernel/db/client.js';
import { isValidIdNumber } from '../server/src/kernel/org/id-number.js';
import { seedDemoCity, type SeedCityOptions } from '../server/src/seed/demo-city.js';
import { seedAll } from '../server/src/seed/run.js';
import { buildApp } from '../server/src/app.js';
import { DEMO_PASSWORD, testEnv } from './harness.js';

async function city(opts: Partial<SeedCityOptions> & Pick<SeedCityOptions, 'scale'>) {
  const database = await openDatabase({});
  await migrateDatabase(database);
  const accounts = await seedDemoCity(database.db, { demoPassword: 'Vanguard@2026', today: '2026-07-01', ...opts });
  const people = await rows<{ name: string; birth_date: string; id_number: string; path: string; party_status: string }>(
    database.db,
    sql`SELECT p.name, p.birth_date::text AS birth_date, p.id_number, o.path, p.party_status FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.id`,
  );
  const kinds = await rows<{ kind: string; n: number }>(database.db, sql`SELECT kind, count(*)::int AS n FROM orgs GROUP BY kind`);
  const again = await seedDemoCity(database.db, { demoPassword: 'Vanguard@2026', ...opts });
  const [{ n: total }] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM people`);
  await database.close();
  const digest = createHash('sha256').update(JSON.stringify(people)).digest('hex');
  const young = people.filter((p) => p.birth_date > '1990-07-01').length / people.length;
  return { accounts, people, digest, kinds: Object.fromEntries(kinds.map((k) => [k.kind, k.n])), young, again, total };
}

describe('demo city generator', () => {
  it('is deterministic for a seed, different for another, and idempotent', async () => {
    const a = await city({ scale: 'tiny', seed: 7 });
    const b = await city({ scale: 'tiny', seed: 7 });
    const c = await city({ scale: 'tiny', seed: 8 });
    expect(a.digest).toBe(b.digest);
    expect(c.digest).not.toBe(a.digest);
    expect(a.again).toEqual([]); // a second run finds the marker and adds nothing
    expect(a.total).toBe(a.people.length);
    expect(a.accounts.map((x) => x.role).sort()).toEqual(
      ['branch_secretary', 'committee_admin', 'community_staff', 'entrepreneur', 'handler', 'member', 'org_admin', 'org_admin', 'reviewer'].sort(),
    );
  });

  it('builds a city of about 60 agencies, 1,000 branches and 20,000 members with valid ID numbers and the young-cadre share asked for', async () => {
    const x = await city({ scale: 'city', youngRatio: 0.4 });
    expect(x.kinds.committee).toBe(1);
    expect(x.kinds.party_committee).toBeGreaterThanOrEqual(55);
    expect(x.kinds.branch).toBe(1000);
    expect(x.people.length).toBeGreaterThan(18_000);
    expect(x.people.length).toBeLessThan(22_000);
    expect(x.people.every((p) => isValidIdNumber(p.id_number))).toBe(true);
    expect(new Set(x.people.map((p) => p.id_number)).size).toBe(x.people.length);
    expect(x.young).toBeGreaterThan(0.36);
    expect(x.young).toBeLessThan(0.44);
    expect(x.people.filter((p) => p.party_status === '正式党员').length / x.people.length).toBeGreaterThan(0.75);
    const fewer = await city({ scale: 'small', youngRatio: 0.1 });
    expect(fewer.young).toBeLessThan(0.14);
  });
});

/** The living city as `npm start` seeds it (every module's year of records), at the tiny scale; checked from its database. */
describe('the living demo city (tiny scale)', () => {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  let built: Awaited<ReturnType<typeof buildApp>>;
  let dataDir: string;
  const one = async (query: ReturnType<typeof sql>) => (await rows<{ n: number }>(database.db, query))[0].n;
  async function login(username: string) {
    const res = await built.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    expect(res.statusCode, `${username} signs in`).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    return { get: (url: string) => built.app.inject({ method: 'GET', url, headers: { cookie } }) };
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vg-living-'));
    database = await openDatabase({});
    await migrateDatabase(database);
    built = await buildApp({ database, env: testEnv({ DATA_DIR: dataDir, DEMO_PASSWORD }), logger: false });
    await built.app.ready();
    await seedAll(built.ctx, 'tiny', () => {}, 2026, { living: true });
  }, 600_000);
  afterAll(async () => {
    await built?.app.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has exams sat with scores, passes and failures, and members who have not sat them; a required course completed by some', async () => {
    const [e] = await rows<{ exams: number; attempts: number; passed: number; failed: number; answers: number; members: number; closedSat: number; closed: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM learning_exams) AS exams, (SELECT count(*)::int FROM learning_exam_attempts WHERE submitted_at IS NOT NULL) AS attempts,
                 (SELECT count(*)::int FROM learning_exam_attempts t JOIN learning_exams x ON x.id = t.exam_id WHERE t.score >= x.pass_score) AS passed,
                 (SELECT count(*)::int FROM learning_exam_attempts t JOIN learning_exams x ON x.id = t.exam_id WHERE t.score < x.pass_score) AS failed,
                 (SELECT count(*)::int FROM learning_exam_answers) AS answers, (SELECT count(*)::int FROM people) AS members,
                 (SELECT count(*)::int FROM learning_exam_attempts t JOIN learning_exams x ON x.id = t.exam_id WHERE x.closes_at < now()) AS "closedSat",
                 (SELECT count(*)::int FROM learning_exams WHERE closes_at < now()) AS closed`,
    );
    expect(e.attempts).toBeGreaterThan(0);
    expect(e.passed).toBeGreaterThan(0);
    expect(e.failed).toBeGreaterThan(0);
    expect(e.answers).toBe(await one(sql`SELECT sum(jsonb_array_length(items))::int AS n FROM learning_exam_attempts`));
    expect(e.closed).toBeGreaterThan(0);
    expect(e.closedSat).toBeLessThan(e.closed * e.members); // some members have not sat them
    // Scores are what the answers add up to.
    expect(await one(sql`SELECT count(*)::int AS n FROM learning_exam_attempts t WHERE t.score <> (SELECT coalesce(sum(points), 0) FROM learning_exam_answers a WHERE a.attempt_id = t.id)`)).toBe(0);
    const admin = await login('admin');
    const completion = (await admin.get('/api/v1/figures/learning.course_completion')).json();
    expect(completion.value).toBeGreaterThan(0);
    expect(await one(sql`SELECT count(*)::int AS n FROM learning_lesson_completions`)).toBeGreaterThan(0);
    // The demo member sat the closed exams.
    expect(await one(sql`SELECT count(*)::int AS n FROM learning_exam_attempts t JOIN accounts a ON a.person_id = t.person_id WHERE a.username = 'member'`)).toBe(e.closed);
  });

  it('has videos and PDFs besides articles, with their files, and reading of each kind', async () => {
    const kinds = await rows<{ kind: string; items: number; reads: number }>(
      database.db,
      sql`SELECT c.kind, count(DISTINCT c.id)::int AS items, count(r.item_id)::int AS reads FROM content_items c LEFT JOIN content_reads r ON r.item_id = c.id
           WHERE c.status = 'published' GROUP BY c.kind ORDER BY c.kind`,
    );
    expect(kinds.map((k) => k.kind)).toEqual(['article', 'pdf', 'video']);
    for (const k of kinds) expect(k.reads, k.kind).toBeGreaterThan(0);
    const files = await rows<{ slot: string; storage_key: string; size: number }>(database.db, sql`SELECT slot, storage_key, size FROM content_files ORDER BY id`);
    expect(new Set(files.map((f) => f.slot))).toEqual(new Set(['poster', 'pdf']));
    for (const f of files) {
      const bytes = readFileSync(join(dataDir, 'uploads', 'content', f.storage_key));
      expect(bytes.length).toBe(Number(f.size));
      if (f.slot === 'pdf') expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      else expect((await sharp(bytes).metadata()).width).toBeGreaterThan(0);
    }
  });

  it('has practice reports from every agency, upcoming activities with sign-ups and photos of held ones', async () => {
    const agencies = await one(sql`SELECT count(*)::int AS n FROM orgs WHERE kind = 'party_committee'`);
    expect(await one(sql`SELECT count(DISTINCT split_part(org_path, '/', 3))::int AS n FROM practice_reports`)).toBe(agencies);
    const upcoming = await rows<{ id: number; confirmed_count: number; confirmed: number }>(
      database.db,
      sql`SELECT a.id, a.confirmed_count, (SELECT count(*)::int FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'confirmed') AS confirmed
            FROM activities a WHERE a.starts_at > now() ORDER BY a.id`,
    );
    expect(upcoming.filter((a) => a.confirmed > 0).length).toBeGreaterThan(0);
    // Co-study sessions (pairing) also count the entrepreneurs who signed up.
    for (const a of upcoming) expect(a.confirmed_count, `activity ${a.id}`).toBeGreaterThanOrEqual(a.confirmed);
    const photos = await rows<{ id: number; file_key: string }>(database.db, sql`SELECT p.id, p.file_key FROM activity_photos p JOIN activities a ON a.id = p.activity_id WHERE a.starts_at < now() ORDER BY p.id`);
    expect(photos.length).toBeGreaterThan(0);
    expect(await one(sql`SELECT count(*)::int AS n FROM activity_photos p JOIN activities a ON a.id = p.activity_id WHERE a.starts_at > now()`)).toBe(0);
    const admin = await login('admin');
    for (const p of photos) {
      const res = await admin.get(`/api/v1/activity-photos/${p.id}?w=320`);
      expect(res.statusCode).toBe(200);
      expect((await sharp(res.rawPayload).metadata()).format).toBe('webp');
    }
  });

  it('has Open311 keys, extensions and 督办 with their notices, and the audit entries of the seeded actions', async () => {
    const [d] = await rows<{ keys: number; extensions: number; supervisions: number; told: number; notices: number; reminders: number; claims: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM open311_api_keys) AS keys, (SELECT count(*)::int FROM demand_extensions) AS extensions,
                 (SELECT count(*)::int FROM demand_supervisions) AS supervisions, (SELECT coalesce(sum(notified_accounts), 0)::int FROM demand_supervisions) AS told,
                 (SELECT count(*)::int FROM notifications WHERE kind IN ('demand_supervision_yellow', 'demand_supervision_red')) AS notices,
                 (SELECT count(*)::int FROM notifications WHERE kind = 'activity_reminder') AS reminders,
                 (SELECT count(*)::int FROM notifications WHERE kind = 'community_need_claimed') AS claims`,
    );
    expect(d.keys).toBeGreaterThan(0);
    expect(d.extensions).toBeGreaterThan(0);
    expect(d.supervisions).toBeGreaterThan(0);
    expect(d.notices).toBe(d.told);
    expect(d.notices).toBeGreaterThan(0);
    expect(d.reminders).toBeGreaterThan(0);
    expect(d.claims).toBeGreaterThan(0);
    // Every 督办 has its event on the demand's timeline.
    expect(await one(sql`SELECT count(*)::int AS n FROM demand_supervisions s WHERE NOT EXISTS (SELECT 1 FROM demand_events e
      WHERE e.district_code = s.district_code AND e.demand_id = s.demand_id AND e.action = 'supervise' AND e.data->>'level' = s.level)`)).toBe(0);
    expect(await one(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'learning.exam_create'`)).toBe(await one(sql`SELECT count(*)::int AS n FROM learning_exams`));
    expect(await one(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'demands.api_key_create'`)).toBe(d.keys);
    expect(await one(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'activities.photo_upload'`)).toBeGreaterThan(0);
    expect(await one(sql`SELECT count(*)::int AS n FROM audit_log l WHERE l.entity = 'practice_report' AND NOT EXISTS (SELECT 1 FROM practice_reports r WHERE r.id::text = l.entity_id)`)).toBe(0);
  });

  it('gives the community, entrepreneur and reviewer demo accounts work to do when they sign in', async () => {
    const community = await (await login('community')).get('/api/v1/community-staff/needs');
    expect(community.statusCode).toBe(200);
    expect(community.json().total).toBeGreaterThan(0);
    const entrepreneur = await (await login('entrepreneur')).get('/api/v1/me/concerns');
    expect(entrepreneur.statusCode).toBe(200);
    expect(entrepreneur.json().total).toBeGreaterThan(0);
    const reviewer = await (await login('reviewer')).get('/api/v1/showcase/review/assignments?pending=false');
    expect(reviewer.statusCode).toBe(200);
    expect(reviewer.json().total).toBeGreaterThan(0);
  });
});
