import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import type { DomainEvents } from '../../kernel/events.js';
import { demoOrgs, publishItem, createItem, type Client } from '../content/content.fixtures.js';
import { learningModule } from './module.js';

describe(`learning: courses, required assignments, progress and completion rates (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client, orgadmin: Client, orgadmin2: Client, member: Client;
  let orgs: Awaited<ReturnType<typeof demoOrgs>>;
  let memberPersonId: number;
  let lessons: number[];
  let courseId: number;
  const completed: DomainEvents['learning.course_completed'][] = [];

  const read = async (itemId: number) => {
    const beat = () => member.post(`/api/v1/content/${itemId}/heartbeat`, { visible: true });
    expect((await beat()).statusCode).toBe(200);
    for (let i = 0; i < 2; i++) {
      await t.db.execute(sql`UPDATE content_reads SET last_beat_at = now() - interval '30 seconds' WHERE item_id = ${itemId} AND person_id = ${memberPersonId}`);
      await beat();
    }
    const res = await beat();
    expect(res.json().completed).toBe(true);
  };

  beforeAll(async () => {
    t = await createTestApp();
    [admin, orgadmin, orgadmin2, member] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'member'].map((u) => t.login(u)));
    orgs = await demoOrgs(t);
    [{ person_id: memberPersonId }] = await rows<{ person_id: number }>(t.db, sql`SELECT person_id FROM accounts WHERE username = 'member'`);
    lessons = [];
    for (const title of ['第一课：党章', '第二课：党史']) lessons.push((await publishItem(orgadmin, orgadmin, { orgId: orgs.agency1, title })).id);
    t.ctx.events.on('learning.course_completed', (p) => void completed.push(p));
  });
  afterAll(() => t.close());

  it('seeds a required course assigned city-wide and a lifelong one, built from the demo articles', async () => {
    const list = (await admin.get('/api/v1/learning/courses')).json();
    expect(list.items.map((c: { kind: string }) => c.kind).sort()).toEqual(['lifelong', 'required']);
    const mine = (await member.get('/api/v1/learning/me/courses')).json();
    expect(mine.total).toBe(2);
    expect(mine.items[0]).toMatchObject({ kind: 'required', done: 0, total: 3, completed: false, progress: 0 });
    expect(mine.items[0].deadline).toBeTruthy();
  });

  it('validates lessons and refuses assigning a lifelong course', async () => {
    const draft = await createItem(orgadmin, { orgId: orgs.agency1, title: '草稿' });
    const bad = await orgadmin.post('/api/v1/learning/courses', { title: '错误课程', kind: 'required', orgId: orgs.agency1, lessonIds: [lessons[0], draft.id] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('lessonIds.1');
    const dup = await orgadmin.post('/api/v1/learning/courses', { title: '重复', kind: 'required', orgId: orgs.agency1, lessonIds: [lessons[0], lessons[0]] });
    expect(dup.statusCode).toBe(400);
    const foreign = await orgadmin.post('/api/v1/learning/courses', { title: '越权', kind: 'required', orgId: orgs.agency2, lessonIds: [lessons[0]] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0].field).toBe('orgId');

    const life = await orgadmin.post('/api/v1/learning/courses', { title: '终身课', kind: 'lifelong', orgId: orgs.agency1, lessonIds: [lessons[1]] });
    expect(life.statusCode, life.body).toBe(201);
    const assign = await orgadmin.put(`/api/v1/learning/courses/${life.json().id}/assignments`, { orgId: orgs.agency1, deadline: '2030-01-01T00:00:00Z' });
    expect(assign.statusCode).toBe(400);
    expect(assign.json().error.details[0].field).toBe('kind');
  });

  it('creates a required course, assigns it with a deadline, and scopes it to the subtree', async () => {
    const res = await orgadmin.post('/api/v1/learning/courses', { title: '机关必修课', kind: 'required', tags: ['党章'], orgId: orgs.agency1, lessonIds: lessons });
    expect(res.statusCode, res.body).toBe(201);
    courseId = res.json().id;
    expect(res.json().lessons.map((l: { contentId: number }) => l.contentId)).toEqual(lessons);
    expect((await member.get(`/api/v1/learning/me/courses/${courseId}`)).statusCode).toBe(404); // not assigned yet

    const assigned = await orgadmin.put(`/api/v1/learning/courses/${courseId}/assignments`, { orgId: orgs.agency1, deadline: '2030-06-30T16:00:00Z' });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json().assignments).toEqual([expect.objectContaining({ orgId: orgs.agency1 })]);
    const [log] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'learning.course_assign' AND entity_id = ${String(courseId)}`);
    expect(log.n).toBe(1);

    expect((await orgadmin2.get(`/api/v1/learning/courses/${courseId}`)).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/learning/courses/${courseId}/completion`)).statusCode).toBe(404);
    expect((await member.get('/api/v1/learning/courses')).statusCode).toBe(403);
    const seeded = (await orgadmin.get('/api/v1/learning/courses?kind=required')).json().items.find((c: { orgId: number }) => c.orgId === orgs.root);
    expect(seeded.editable).toBe(false); // the committee's course: readable, assignable, not editable
    expect((await orgadmin.patch(`/api/v1/learning/courses/${seeded.id}`, { title: 'x' })).statusCode).toBe(403);
  });

  it('completes lessons from content events, publishes course_completed once, and is idempotent', async () => {
    const before = (await member.get(`/api/v1/learning/me/courses/${courseId}`)).json();
    expect(before).toMatchObject({ done: 0, total: 2, completed: false, deadline: expect.any(String) });

    await read(lessons[0]);
    const half = (await member.get(`/api/v1/learning/me/courses/${courseId}`)).json();
    expect(half).toMatchObject({ done: 1, progress: 50 });
    expect(half.lessons.map((l: { completed: boolean }) => l.completed)).toEqual([true, false]);
    expect(completed).toHaveLength(0);

    await read(lessons[1]);
    const ours = completed.filter((c) => c.courseId === courseId);
    expect(ours).toEqual([{ personId: memberPersonId, courseId, kind: 'required' }]);
    // The lifelong course holding lesson 2 completes too (same member, its only lesson).
    expect(completed.map((c) => c.kind).sort()).toEqual(['lifelong', 'required']);

    await t.ctx.events.publish('content.read_completed', { personId: memberPersonId, contentId: lessons[1], seconds: 60 });
    expect(completed).toHaveLength(2);
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM learning_lesson_completions WHERE person_id = ${memberPersonId}`);
    expect(n).toBe(2);
    const done = (await member.get(`/api/v1/learning/me/courses/${courseId}`)).json();
    expect(done).toMatchObject({ done: 2, completed: true, progress: 100, completedAt: expect.any(String) });
    const [{ k }] = await rows<{ k: number }>(t.db, sql`SELECT count(*)::int AS k FROM points_ledger WHERE person_id = ${memberPersonId} AND idempotency_key = ${`course_completed:course:${courseId}`}`);
    expect(k).toBe(1); // finishing a course earns its points once, through the rules
  });

  it('reports completion per child organisation with drill-down to who has not finished', async () => {
    const [{ n: assigned }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE (SELECT path FROM orgs WHERE id = ${orgs.agency1}) || '%'`);
    const res = await orgadmin.get(`/api/v1/learning/courses/${courseId}/completion`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.org.id).toBe(orgs.agency1);
    expect(report.total).toEqual({ assigned, completed: 1, rate: Math.round((1 / assigned) * 10000) / 10000 });
    expect(report.children.reduce((s: number, c: { assigned: number }) => s + c.assigned, 0)).toBeLessThanOrEqual(assigned);
    const withMember = report.children.find((c: { completed: number }) => c.completed === 1);
    expect(withMember).toBeTruthy();

    const drill = (await orgadmin.get(`/api/v1/learning/courses/${courseId}/unfinished?orgId=${withMember.orgId}&pageSize=5`)).json();
    expect(drill.total).toBe(withMember.assigned - 1);
    expect(drill.items.length).toBeLessThanOrEqual(5);
    expect(drill.items.every((p: { personId: number; done: number; total: number }) => p.personId !== memberPersonId && p.total === 2)).toBe(true);
    const page2 = (await orgadmin.get(`/api/v1/learning/courses/${courseId}/unfinished?orgId=${withMember.orgId}&pageSize=5&page=2`)).json();
    expect(page2.items.map((p: { personId: number }) => p.personId)).not.toContain(drill.items[0]?.personId);

    // The committee's seeded course, seen by an agency admin: only their own people count.
    const seeded = (await orgadmin.get('/api/v1/learning/courses?kind=required')).json().items.find((c: { orgId: number }) => c.orgId === orgs.root);
    const scoped = (await orgadmin.get(`/api/v1/learning/courses/${seeded.id}/completion`)).json();
    expect(scoped.total.assigned).toBe(assigned);
    const outside = await orgadmin.get(`/api/v1/learning/courses/${seeded.id}/unfinished?orgId=${orgs.agency2}`);
    expect(outside.statusCode).toBe(400);
    const city = (await admin.get(`/api/v1/learning/courses/${seeded.id}/completion`)).json();
    expect(city.total.assigned).toBeGreaterThan(assigned);
  });

  it('registers the study metrics: course completion, quiz participants, exams taken', async () => {
    const byName = new Map(learningModule.metrics!.map((m) => [m.name, m]));
    expect([...byName.keys()].sort()).toEqual([
      'learning.course_completion',
      'learning.daily_quiz_participants',
      'learning.exams_taken',
      'learning.my_exams',
      'learning.my_quiz_accuracy',
      'learning.my_required_progress',
    ]);
    expect(byName.get('learning.my_exams')!.kind).toBe('person');
    const [{ path }] = await rows<{ path: string }>(t.db, sql`SELECT path FROM orgs WHERE id = ${orgs.agency1}`);
    const completion = byName.get('learning.course_completion')!;
    const value = await completion.value(t.ctx, { orgPath: path });
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(100);
    const recs = await completion.records!(t.ctx, { orgPath: path, page: 1, pageSize: 500 });
    expect(recs.items.filter((r) => r.completed)).toEqual([expect.objectContaining({ personId: memberPersonId, courseId })]);

    for (const stem of ['甲', '乙', '丙', '丁', '戊']) await admin.post('/api/v1/learning/questions', { type: 'judge', stem: `判断题${stem}`, answer: ['true'], orgId: orgs.root });
    const quiz = (await member.get('/api/v1/learning/me/daily-quiz')).json();
    const submit = await member.post(`/api/v1/learning/me/daily-quiz/${quiz.id}/submit`, { answers: quiz.questions.map((q: { id: number }) => ({ questionId: q.id, answer: ['A'] })) });
    expect(submit.statusCode, submit.body).toBe(200);
    const participants = byName.get('learning.daily_quiz_participants')!;
    expect(await participants.value(t.ctx, { orgPath: path })).toBe(1);
    expect((await participants.records!(t.ctx, { orgPath: path, page: 1, pageSize: 10 })).items).toEqual([expect.objectContaining({ personId: memberPersonId, days: 1 })]);
    expect(await participants.value(t.ctx, { orgPath: path, from: new Date(Date.now() + 86400_000) })).toBe(0);
    expect(await byName.get('learning.exams_taken')!.value(t.ctx, { orgPath: path })).toBe(0);

    // Person figures (squads' 比学习), for one person and for many at once: the same numbers.
    const [mine] = await rows<{ correct: number; total: number }>(t.db, sql`SELECT correct, total FROM learning_daily_quizzes WHERE person_id = ${memberPersonId} AND submitted_at IS NOT NULL`);
    const accuracy = byName.get('learning.my_quiz_accuracy')!;
    expect(await accuracy.value(t.ctx, { orgPath: '/', personId: memberPersonId })).toBe(Math.round((1000 * mine.correct) / mine.total) / 10);
    expect(await accuracy.value(t.ctx, { orgPath: '/', personId: memberPersonId, from: new Date(Date.now() + 86400_000) })).toBe(0);
    const progress = byName.get('learning.my_required_progress')!;
    const one = await progress.value(t.ctx, { orgPath: '/', personId: memberPersonId });
    expect(one).toBeGreaterThan(0);
    const others = await rows<{ id: number }>(t.db, sql`SELECT id FROM people WHERE org_id = (SELECT org_id FROM people WHERE id = ${memberPersonId}) ORDER BY id LIMIT 5`);
    const many = await progress.byPeople!(t.ctx, { orgPath: '/', personIds: [memberPersonId, ...others.map((o) => o.id)] });
    for (const o of others) expect(many.get(o.id) ?? 0).toBe(await progress.value(t.ctx, { orgPath: '/', personId: o.id }));
    expect(many.get(memberPersonId)).toBe(one);
  });

  it('offers published items as lessons, edits a course and removes an assignment', async () => {
    const candidates = await orgadmin.get(`/api/v1/learning/lesson-candidates?orgId=${orgs.agency1}&pageSize=50`);
    expect(candidates.statusCode, candidates.body).toBe(200);
    expect(candidates.json().items.map((i: { id: number }) => i.id)).toEqual(expect.arrayContaining(lessons));
    expect(candidates.json().items[0]).toEqual({ id: expect.any(Number), kind: expect.any(String), title: expect.any(String), orgName: expect.any(String), publishedAt: expect.any(String) });

    const created = (await orgadmin.post('/api/v1/learning/courses', { title: '选学课', kind: 'required', orgId: orgs.agency1, lessonIds: lessons })).json();
    const edited = await orgadmin.patch(`/api/v1/learning/courses/${created.id}`, { title: '选学课（修订）', lessonIds: [...lessons].reverse() });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: '选学课（修订）', lessonCount: 2, editable: true });
    expect(edited.json().lessons.map((l: { contentId: number }) => l.contentId)).toEqual([...lessons].reverse());
    await orgadmin.put(`/api/v1/learning/courses/${created.id}/assignments`, { orgId: orgs.agency1, deadline: '2030-01-01T00:00:00Z' });
    const removed = await orgadmin.delete(`/api/v1/learning/courses/${created.id}/assignments/${orgs.agency1}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().assignments).toEqual([]);
  });
});
