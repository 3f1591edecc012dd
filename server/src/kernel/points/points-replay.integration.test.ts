import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { replayBatch, replayLive, replayableEvents } from './replay.js';
import { defaultRules } from './points.defaults.js';

type LedgerRow = { person_id: number; org_id: number; org_path: string; rule_code: string; points: number; idempotency_key: string; note: string | null; day: string; at: string };

/** For each ledger row, whether the record its key names exists and is that person's (one branch per shipped rule's key). */
const orphans = sql`
  SELECT l.rule_code, l.idempotency_key, l.person_id FROM points_ledger l
   WHERE NOT CASE
     WHEN l.rule_code = 'daily_login' THEN EXISTS (SELECT 1 FROM audit_log a JOIN accounts c ON c.id = a.account_id WHERE a.action = 'auth.login' AND c.person_id = l.person_id
                                                     AND to_char(a.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') = split_part(l.idempotency_key, ':', 2))
     WHEN l.rule_code IN ('article_read', 'media_study') THEN EXISTS (SELECT 1 FROM content_reads r JOIN content_items i ON i.id = r.item_id WHERE r.person_id = l.person_id
                                                     AND r.item_id::text = split_part(l.idempotency_key, ':', 3) AND r.completed_at IS NOT NULL AND (i.kind = 'video') = (l.rule_code = 'media_study'))
     WHEN l.rule_code = 'daily_quiz' THEN EXISTS (SELECT 1 FROM learning_daily_quizzes q WHERE q.person_id = l.person_id AND q.id::text = split_part(l.idempotency_key, ':', 3) AND q.submitted_at IS NOT NULL)
     WHEN l.rule_code = 'course_completed' THEN EXISTS (SELECT 1 FROM learning_course_completions c WHERE c.person_id = l.person_id AND c.course_id::text = split_part(l.idempotency_key, ':', 3))
     WHEN l.rule_code = 'activity_attend' THEN EXISTS (SELECT 1 FROM activity_attendance a WHERE a.person_id = l.person_id AND a.activity_id::text = split_part(l.idempotency_key, ':', 3))
     WHEN l.rule_code = 'volunteer_hour' THEN EXISTS (SELECT 1 FROM community_service_hours h WHERE h.person_id = l.person_id AND h.id::text = split_part(l.idempotency_key, ':', 3) AND h.status = 'confirmed')
     WHEN l.rule_code = 'exam_taken' THEN EXISTS (SELECT 1 FROM learning_exam_attempts e WHERE e.person_id = l.person_id AND e.exam_id::text = split_part(l.idempotency_key, ':', 3) AND e.submitted_at IS NOT NULL)
     WHEN l.rule_code = 'contest_correct' THEN EXISTS (SELECT 1 FROM contest_answers a JOIN contest_players p ON p.id = a.player_id WHERE p.person_id = l.person_id AND a.correct
                                                     AND a.round_id::text = split_part(l.idempotency_key, ':', 3) AND a.question_index::text = split_part(l.idempotency_key, ':', 4))
     WHEN l.rule_code = 'contest_award' THEN EXISTS (SELECT 1 FROM contest_awards a WHERE a.person_id = l.person_id AND a.round_id::text = split_part(l.idempotency_key, ':', 3))
     WHEN l.rule_code = 'practice_report' THEN EXISTS (SELECT 1 FROM practice_reports r WHERE r.person_id = l.person_id AND r.id::text = split_part(l.idempotency_key, ':', 3) AND r.status = 'approved')
     WHEN l.rule_code = 'squad_task' THEN EXISTS (SELECT 1 FROM squad_tasks t JOIN squad_task_owners o ON o.task_id = t.id WHERE o.person_id = l.person_id
                                                     AND t.id::text = split_part(l.idempotency_key, ':', 3) AND t.status = 'accepted')
     ELSE false END`;

const ledger = (t: TestApp) =>
  rows<LedgerRow>(
    t.db,
    sql`SELECT person_id, org_id, org_path, rule_code, points, idempotency_key, note, day, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS at
          FROM points_ledger ORDER BY person_id, idempotency_key`,
  );

describe(`points earned from records: the demo ledger replays the seeded records (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('every shipped rule listens to an event whose records can be replayed', () => {
    for (const r of defaultRules) expect(replayableEvents(), r.code).toContain(r.eventType);
  });

  it('the seed leaves the ledger with every index its schema declares (three are built after the replay)', async () => {
    const found = await rows<{ indexname: string }>(t.db, sql`SELECT indexname FROM pg_indexes WHERE tablename = 'points_ledger' ORDER BY 1`);
    expect(found.map((i) => i.indexname)).toEqual(['points_ledger_day_idx', 'points_ledger_idem_uq', 'points_ledger_org_idx', 'points_ledger_person_id_id_pk']);
  });

  it('on the demo city every ledger row has its record behind it, no day passes a cap, and every attendance earned its points at check-in', async () => {
    const byRule = await rows<{ rule_code: string; n: number }>(t.db, sql`SELECT rule_code, count(*)::int AS n FROM points_ledger GROUP BY 1 ORDER BY 1`);
    const count = new Map(byRule.map((r) => [r.rule_code, r.n]));
    for (const code of ['daily_login', 'activity_attend', 'volunteer_hour']) expect(count.get(code) ?? 0, code).toBeGreaterThan(0);
    expect(await rows(t.db, orphans)).toEqual([]);

    const over = await rows(
      t.db,
      sql`SELECT l.person_id, l.rule_code, l.day, sum(l.points)::int AS n, r.daily_cap FROM points_ledger l JOIN points_rules r ON r.code = l.rule_code
           WHERE r.daily_cap IS NOT NULL GROUP BY 1, 2, 3, 5 HAVING sum(l.points) > r.daily_cap`,
    );
    expect(over).toEqual([]);

    const [attend] = await rows<{ records: number; earned: number; wrong_time: number }>(
      t.db,
      sql`SELECT count(*)::int AS records, count(l.person_id)::int AS earned,
                 count(*) FILTER (WHERE l.at IS DISTINCT FROM a.checked_in_at OR l.points <> 2)::int AS wrong_time
            FROM activity_attendance a
            LEFT JOIN points_ledger l ON l.person_id = a.person_id AND l.idempotency_key = 'activity_attend:activity:' || a.activity_id`,
    );
    expect(attend.records).toBeGreaterThan(100);
    expect(attend).toEqual({ records: attend.records, earned: attend.records, wrong_time: 0 });

    // Sign-ins are records (the audit trail), one point on each Asia/Shanghai day a member signed in.
    const [logins] = await rows<{ days: number; points: number }>(
      t.db,
      sql`SELECT (SELECT count(DISTINCT (c.person_id, to_char(a.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')))::int FROM audit_log a JOIN accounts c ON c.id = a.account_id
                   WHERE a.action = 'auth.login' AND c.person_id IS NOT NULL) AS days,
                 (SELECT coalesce(sum(points), 0)::int FROM points_ledger WHERE rule_code = 'daily_login') AS points`,
    );
    expect(logins.days).toBeGreaterThan(50);
    expect(logins.points).toBe(logins.days);
  });

  it('replaying through the live award() path and through the batch path gives the same ledger, and a second replay adds nothing', async () => {
    // Records that meet the caps: eight articles and a video finished by one person on one day (cap 6 each rule), and
    // a quiz; plus one record of a person whose reading another rule also earns from (an admin's rule with a cap of 3).
    const [person] = await rows<{ id: number }>(t.db, sql`SELECT id FROM people ORDER BY id DESC LIMIT 1`);
    const items = await rows<{ id: number }>(t.db, sql`SELECT id FROM content_items WHERE status = 'published' AND kind = 'article' ORDER BY id LIMIT 8`);
    expect(items).toHaveLength(8);
    const [video] = await rows<{ id: number }>(t.db, sql`INSERT INTO content_items (kind, title, status, org_id, org_path) SELECT 'video', '视听', 'published', id, path FROM orgs WHERE parent_id IS NULL RETURNING id`);
    for (const [i, item] of [...items, video].entries()) {
      const at = new Date(`2026-03-02T${String(8 + i).padStart(2, '0')}:15:00+08:00`);
      await t.db.execute(sql`INSERT INTO content_reads (item_id, person_id, seconds, last_beat_at, completed_at) VALUES (${item.id}, ${person.id}, 600, ${at.toISOString()}, ${at.toISOString()})`);
    }
    await t.db.execute(sql`INSERT INTO learning_daily_quizzes (person_id, day, question_ids, total, correct, submitted_at) VALUES (${person.id}, '2026-03-02', '{}', 5, 4, '2026-03-02T23:50:00+08:00')`);
    await t.db.execute(sql`INSERT INTO points_rules (code, name, event_type, points, daily_cap, active) VALUES ('read_bonus', '阅读加分', 'content.read_completed', 2, 3, true)`);

    await t.db.execute(sql`DELETE FROM points_ledger`);
    const batchInserted = await replayBatch(t.db);
    const batch = await ledger(t);
    expect(batch).toHaveLength(batchInserted);
    expect(await replayBatch(t.db)).toBe(0);

    await t.db.execute(sql`DELETE FROM points_ledger`);
    await replayLive(t.db);
    const live = await ledger(t);
    expect(batch).toEqual(live);
    expect(await replayBatch(t.db)).toBe(0);

    const mine = batch.filter((r) => r.person_id === person.id && r.day === '2026-03-02').sort((a, b) => a.at.localeCompare(b.at));
    const sum = (code: string) => mine.filter((r) => r.rule_code === code).reduce((s, r) => s + r.points, 0);
    expect({ article_read: sum('article_read'), read_bonus: sum('read_bonus'), media_study: sum('media_study'), daily_quiz: sum('daily_quiz') }).toEqual({
      article_read: 6,
      read_bonus: 3,
      media_study: 1,
      daily_quiz: 5,
    });
    // The cap is filled in the order of the records: the two read last that day earn nothing; the bonus rule is partly paid on its second read.
    expect(mine.filter((r) => r.rule_code === 'article_read').map((r) => r.idempotency_key)).toEqual(items.slice(0, 6).map((i) => `article_read:content:${i.id}`));
    expect(mine.filter((r) => r.rule_code === 'read_bonus').map((r) => r.points)).toEqual([2, 1]);
    expect(mine.find((r) => r.rule_code === 'daily_quiz')!.at).toBe('2026-03-02T15:50:00.000');
  }, 300_000); // the live path awards the tiny city's few thousand records one transaction each
});
