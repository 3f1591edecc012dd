import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../test/harness.js';
import { multipartBody } from '../../../../test/multipart.js';
import { sampleFiles } from '../../../../test/sample-files.js';
import { rows } from '../../kernel/db/client.js';
import { shanghaiDay } from '../../kernel/time.js';
import type { ModuleContext } from '../../kernel/module.js';
import { notifyOverdueMilestones } from './tasks/overdue.job.js';
import { addMembers, createSquad, setBirthDate, squadsTestApp, youngPeople, type Client } from './squads.fixtures.js';

type Milestone = { id: number; status: string; onTime: boolean | null; overdue: boolean; evidence: { id: number; url: string; mime: string }[] };
type Task = { id: number; status: string; onTime: boolean | null; doneAt: string | null; returnReason: string | null; milestones: Milestone[]; evidence: { id: number; url: string }[] };

const dayOffset = (days: number) => shanghaiDay(new Date(Date.now() + days * 86_400_000));

describe(`squads: hard tasks, milestones, evidence and innovations (${dbKind})`, () => {
  let t: TestApp;
  let orgadmin: Client, orgadmin2: Client, member: Client, secretary: Client;
  let squadId: number;
  let people: number[];
  let memberPersonId: number;
  let photo: Buffer;
  let dataDir: string;

  const storedFiles = () => {
    const dir = join(dataDir, 'uploads', 'squads');
    return existsSync(dir) ? readdirSync(dir).sort() : [];
  };
  const upload = (client: Client, url: string, file: Buffer, name: string, type: string) => client.request({ method: 'POST', url, ...multipartBody(file, name, type) });
  const newTask = async (body: Record<string, unknown>) => {
    const res = await orgadmin.post(`/api/v1/squads/${squadId}/tasks`, { title: '重点产业链招商攻坚', difficulty: 3, dueOn: dayOffset(30), ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Task;
  };
  const markDone = (milestoneId: number, client = member) => upload(client, `/api/v1/me/squad/milestones/${milestoneId}/done?caption=${encodeURIComponent('现场照片')}`, photo, 'IMG_0001.jpg', 'image/jpeg');

  beforeAll(async () => {
    const s = await squadsTestApp();
    ({ t, orgadmin, orgadmin2, member, secretary, memberPersonId, dataDir } = s);
    await setBirthDate(t, memberPersonId, '1996-03-10');
    people = await youngPeople(t, s.orgs.agency1.path, 3, [memberPersonId, s.secretaryPersonId]);
    squadId = await createSquad(orgadmin, { name: '招商引资青年尖刀班', orgId: s.orgs.agency1.id, leaderPersonId: memberPersonId });
    await addMembers(orgadmin, squadId, people.slice(0, 2));
    photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#c8161d' } }).jpeg().toBuffer();
  });
  afterAll(() => t.close());

  it('tasks are assigned to members of the squad, in scope only', async () => {
    const notMember = await orgadmin.post(`/api/v1/squads/${squadId}/tasks`, { title: '越界任务', dueOn: dayOffset(30), ownerPersonIds: [people[0], people[2]] });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().error.details).toEqual([{ field: 'ownerPersonIds.1', message: '不是本队在队队员' }]);
    const lateMilestone = await orgadmin.post(`/api/v1/squads/${squadId}/tasks`, { title: '里程碑晚于任务', dueOn: dayOffset(5), milestones: [{ title: '晚', dueOn: dayOffset(6) }] });
    expect(lateMilestone.statusCode).toBe(400);
    expect((await orgadmin2.post(`/api/v1/squads/${squadId}/tasks`, { title: '越权任务', dueOn: dayOffset(30) })).statusCode).toBe(404);

    const task = await newTask({ ownerPersonIds: [people[0]], milestones: [{ title: '完成产业链图谱梳理', dueOn: dayOffset(10) }, { title: '走访目标企业 20 家', dueOn: dayOffset(20) }] });
    expect(task).toMatchObject({ status: 'open', owners: [{ personId: people[0] }], milestones: [{ seq: 1, status: 'open', overdue: false }, { seq: 2 }] });
    expect((await orgadmin2.get(`/api/v1/squad-tasks/${task.id}`)).statusCode).toBe(404);
    expect((await orgadmin2.post(`/api/v1/squad-tasks/${task.id}/accept`)).statusCode).toBe(404);
    const board = (await orgadmin.get(`/api/v1/squads/${squadId}/tasks`)).json().items as Task[];
    expect(board.map((x) => x.id)).toEqual([task.id]);
    expect((await member.get('/api/v1/me/squad/tasks')).json().items).toHaveLength(1);
    expect((await member.get('/api/v1/me/squad/tasks?mine=true')).json().items).toHaveLength(0);
  });

  it('state machine: illegal transitions are refused with 409', async () => {
    const task = await newTask({ milestones: [{ title: '阶段一', dueOn: dayOffset(3) }] });
    expect((await orgadmin.post(`/api/v1/squad-tasks/${task.id}/accept`)).statusCode).toBe(409);
    expect((await orgadmin.post(`/api/v1/squad-tasks/${task.id}/return`, { reason: '材料不全' })).statusCode).toBe(409);
    const early = await member.post(`/api/v1/me/squad/tasks/${task.id}/submit`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.openMilestones).toEqual([task.milestones[0].id]);
    expect((await orgadmin.post(`/api/v1/squad-milestones/${task.milestones[0].id}/reopen`, { reason: '未完成' })).statusCode).toBe(409);

    expect((await markDone(task.milestones[0].id)).statusCode).toBe(200);
    expect((await markDone(task.milestones[0].id)).statusCode).toBe(409);
    // someone outside the squad cannot submit; the leader can
    const plain = await t.login('secretary');
    expect((await plain.post(`/api/v1/me/squad/tasks/${task.id}/submit`)).statusCode).toBe(404);
    const submitted = await member.post(`/api/v1/me/squad/tasks/${task.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await member.post(`/api/v1/me/squad/tasks/${task.id}/submit`)).statusCode).toBe(409);
    expect((await orgadmin.patch(`/api/v1/squad-tasks/${task.id}`, { title: '提交后修改' })).statusCode).toBe(409);
    expect((await orgadmin.post(`/api/v1/squad-tasks/${task.id}/return`, {})).statusCode).toBe(400);
    const returned = await orgadmin.post(`/api/v1/squad-tasks/${task.id}/return`, { reason: '佐证材料不全' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '佐证材料不全' });
    expect((await orgadmin.post(`/api/v1/squad-tasks/${task.id}/submit`)).json().status).toBe('submitted');
    const accepted = (await orgadmin.post(`/api/v1/squad-tasks/${task.id}/accept`)).json() as Task;
    expect(accepted).toMatchObject({ status: 'accepted', onTime: true });
    expect(accepted.doneAt).not.toBeNull();
    // accepted is final
    for (const [url, body] of [
      [`/api/v1/squad-tasks/${task.id}/accept`, undefined],
      [`/api/v1/squad-tasks/${task.id}/return`, { reason: '再退回' }],
      [`/api/v1/squad-tasks/${task.id}/submit`, undefined],
      [`/api/v1/squad-milestones/${task.milestones[0].id}/reopen`, { reason: '再打开' }],
    ] as const) expect((await orgadmin.post(url, body)).statusCode, url).toBe(409);
    expect((await orgadmin.patch(`/api/v1/squad-tasks/${task.id}`, { title: '验收后修改' })).statusCode).toBe(409);
    const actions = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE entity = 'squad_task' AND entity_id = ${String(task.id)} ORDER BY id`);
    expect(actions.map((a) => a.action)).toEqual(['squads.task_create', 'squads.milestone_done', 'squads.task_submit', 'squads.task_return', 'squads.task_submit', 'squads.task_accept']);
  });

  it('on time vs late, in Asia/Shanghai days', async () => {
    const late = await newTask({ dueOn: dayOffset(-2), milestones: [{ title: '已逾期的里程碑', dueOn: dayOffset(-3) }] });
    expect(late.milestones[0].overdue).toBe(true);
    const done = (await markDone(late.milestones[0].id)).json() as Task;
    expect(done.milestones[0]).toMatchObject({ status: 'done', onTime: false, overdue: false });
    expect((await member.post(`/api/v1/me/squad/tasks/${late.id}/submit`)).statusCode).toBe(200);
    expect((await orgadmin.post(`/api/v1/squad-tasks/${late.id}/accept`)).json()).toMatchObject({ status: 'accepted', onTime: false });

    // the boundary: 23:30 in Qingdao on the due day is on time, 01:30 the next day is late (both are the 10th in UTC)
    const edge = async (submittedAt: string) => {
      const task = await newTask({ dueOn: '2026-01-10' });
      await orgadmin.post(`/api/v1/squad-tasks/${task.id}/submit`);
      await t.db.execute(sql`UPDATE squad_tasks SET submitted_at = ${submittedAt}::timestamptz WHERE id = ${task.id}`);
      return ((await orgadmin.post(`/api/v1/squad-tasks/${task.id}/accept`)).json() as Task).onTime;
    };
    expect(await edge('2026-01-10T15:30:00Z')).toBe(true);
    expect(await edge('2026-01-10T17:30:00Z')).toBe(false);

    const summary = (await orgadmin.get(`/api/v1/squads/${squadId}`)).json().tasks;
    expect(summary).toMatchObject({ accepted: 4, onTime: 2, late: 2 });
  });

  it('a member marks a milestone done with a photo; a non-member and a non-image are refused; the org may reopen', async () => {
    const task = await newTask({ ownerPersonIds: [people[0]], milestones: [{ title: '签约一个项目', dueOn: dayOffset(5) }] });
    const m = task.milestones[0];
    // the secretary is in the same agency but not in the squad
    expect((await markDone(m.id, secretary)).statusCode).toBe(404);
    const pdf = await upload(member, `/api/v1/me/squad/milestones/${m.id}/done`, sampleFiles.pdf(), 'scan.pdf', 'application/pdf');
    expect(pdf.statusCode).toBe(400);
    const fake = await upload(member, `/api/v1/me/squad/milestones/${m.id}/done`, sampleFiles.text(), 'photo.jpg', 'image/jpeg');
    expect(fake.statusCode).toBe(400);
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM squad_evidence WHERE milestone_id = ${m.id}`);
    expect(n).toBe(0);

    // a body cut short: 400, no row, no file left behind, the milestone still open
    const filesBefore = storedFiles();
    const cut = multipartBody(photo, 'IMG_0002.jpg', 'image/jpeg');
    const truncated = await member.request({ method: 'POST', url: `/api/v1/me/squad/milestones/${m.id}/done`, headers: cut.headers, payload: cut.payload.subarray(0, cut.payload.length - 60) });
    expect(truncated.statusCode).toBe(400);
    expect(storedFiles()).toEqual(filesBefore);
    expect(((await orgadmin.get(`/api/v1/squad-tasks/${task.id}`)).json() as Task).milestones[0].status).toBe('open');

    const owner = await t.login('member');
    const res = await markDone(m.id, owner);
    expect(res.statusCode, res.body).toBe(200);
    const after = (res.json() as Task).milestones[0];
    expect(after).toMatchObject({ status: 'done', onTime: true });
    expect(after.evidence).toEqual([expect.objectContaining({ mime: 'image/jpeg', caption: '现场照片', originalName: 'IMG_0001.jpg' })]);
    const evidenceUrl = after.evidence[0].url;

    // evidence: the squad's members and the supervising org open it; another agency and a non-member do not
    const file = await member.get(evidenceUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.rawPayload.equals(photo)).toBe(true);
    const thumb = await orgadmin.get(`${evidenceUrl}?w=300`);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect((await sharp(thumb.rawPayload).metadata()).width).toBe(320);
    expect((await orgadmin2.get(evidenceUrl)).statusCode).toBe(404);
    expect((await secretary.get(evidenceUrl)).statusCode).toBe(404);

    // more evidence: a PDF for the task, another photo for the milestone
    const doc = await upload(member, `/api/v1/me/squad/tasks/${task.id}/evidence?caption=${encodeURIComponent('签约协议')}`, sampleFiles.pdf(), '协议.pdf', 'application/pdf');
    expect(doc.statusCode, doc.body).toBe(201);
    expect((doc.json() as Task).evidence).toHaveLength(1);
    const pdfFile = await orgadmin.get((doc.json() as Task).evidence[0].url);
    expect(pdfFile.headers['content-type']).toBe('application/pdf');
    expect(pdfFile.headers['content-disposition']).toContain('attachment');
    expect((await upload(member, `/api/v1/me/squad/milestones/${m.id}/evidence`, photo, 'b.jpg', 'image/jpeg')).statusCode).toBe(201);
    expect((await upload(secretary, `/api/v1/me/squad/tasks/${task.id}/evidence`, sampleFiles.pdf(), 'x.pdf', 'application/pdf')).statusCode).toBe(404);

    // the org reopens a done milestone; of a submitted task, the task goes back with the reason
    expect((await member.post(`/api/v1/me/squad/tasks/${task.id}/submit`)).statusCode).toBe(200);
    const reopened = await orgadmin.post(`/api/v1/squad-milestones/${m.id}/reopen`, { reason: '照片看不清签约现场' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'returned', returnReason: '照片看不清签约现场', milestones: [{ status: 'open', onTime: null }] });
    expect((await orgadmin2.post(`/api/v1/squad-milestones/${m.id}/reopen`, { reason: '越权' })).statusCode).toBe(404);

    const mine = (await member.get('/api/v1/me/squad/milestones?status=open')).json().items as Array<{ id: number; taskTitle: string; mine: boolean }>;
    expect(mine.find((x) => x.id === m.id)).toMatchObject({ taskTitle: '重点产业链招商攻坚', mine: false });
  });

  it('overdue milestones notify the leader once', async () => {
    const task = await newTask({ dueOn: dayOffset(5), milestones: [{ title: '逾期未完成', dueOn: dayOffset(-1) }, { title: '尚未到期', dueOn: dayOffset(2) }] });
    const ctx = { db: t.db } as ModuleContext;
    const count = async () =>
      (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM notifications WHERE person_id = ${memberPersonId} AND kind = 'squad_milestone_overdue' AND body LIKE ${'%逾期未完成%'}`))[0].n;
    await notifyOverdueMilestones(ctx);
    expect(await count()).toBe(1);
    await notifyOverdueMilestones(ctx);
    expect(await count()).toBe(1);
    const [m] = await rows<{ overdue_notified_at: string | null }>(t.db, sql`SELECT overdue_notified_at FROM squad_milestones WHERE id = ${task.milestones[1].id}`);
    expect(m.overdue_notified_at).toBeNull();
    const inbox = (await member.get('/api/v1/notifications')).json();
    expect(JSON.stringify(inbox)).toContain('里程碑逾期');
  });

  it('innovations: members submit with evidence; the org accepts or declines with a reason', async () => {
    const sent = await member.post('/api/v1/me/squad/innovations', { kind: 'method', title: '“链长+班长”双链招商工作法', description: '一链一图一班' });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().id as number;
    const withFile = await upload(member, `/api/v1/me/squad/innovations/${id}/evidence`, sampleFiles.pdf(), '工作法.pdf', 'application/pdf');
    expect(withFile.statusCode, withFile.body).toBe(201);
    expect(withFile.json().evidence).toHaveLength(1);
    expect((await secretary.post('/api/v1/me/squad/innovations', { kind: 'tool', title: '非队员提交' })).statusCode).toBe(404);
    expect((await orgadmin2.post(`/api/v1/squad-innovations/${id}/accept`, {})).statusCode).toBe(404);
    expect((await orgadmin.post(`/api/v1/squad-innovations/${id}/decline`, {})).statusCode).toBe(400);
    const accepted = await orgadmin.post(`/api/v1/squad-innovations/${id}/accept`, {});
    expect(accepted.json()).toMatchObject({ status: 'accepted', decidedByName: expect.any(String) });
    expect((await orgadmin.post(`/api/v1/squad-innovations/${id}/decline`, { reason: '改主意' })).statusCode).toBe(409);
    expect((await upload(member, `/api/v1/me/squad/innovations/${id}/evidence`, sampleFiles.pdf(), 'late.pdf', 'application/pdf')).statusCode).toBe(409);

    const second = (await member.post('/api/v1/me/squad/innovations', { kind: 'policy', title: '关于优化招商政策兑现流程的建议' })).json();
    const declined = await orgadmin.post(`/api/v1/squad-innovations/${second.id}/decline`, { reason: '与已采纳成果重复' });
    expect(declined.json()).toMatchObject({ status: 'declined', decisionReason: '与已采纳成果重复' });
    expect((await orgadmin.get(`/api/v1/squads/${squadId}`)).json().innovations).toEqual({ submitted: 0, accepted: 1, declined: 1 });
    expect((await orgadmin.get(`/api/v1/squads/${squadId}/innovations?status=accepted`)).json().items.map((i: { id: number }) => i.id)).toEqual([id]);
    expect((await member.get('/api/v1/me/squad/innovations')).json().items).toHaveLength(2);
  });

  it('each owner of an accepted task earns the squad_task points once (the rule of squads.task_accepted)', async () => {
    const owners = people.slice(0, 2);
    const task = await newTask({ ownerPersonIds: owners });
    expect((await orgadmin.post(`/api/v1/squad-tasks/${task.id}/submit`)).json().status).toBe('submitted');
    const earned = () =>
      rows<{ person_id: number; points: number }>(t.db, sql`SELECT person_id, points FROM points_ledger WHERE rule_code = 'squad_task' AND idempotency_key = ${`squad_task:squad_task:${task.id}`} ORDER BY person_id`);
    expect(await earned()).toEqual([]);
    expect((await orgadmin.post(`/api/v1/squad-tasks/${task.id}/accept`)).statusCode).toBe(200);
    expect(await earned()).toEqual([...owners].sort((a, b) => a - b).map((id) => ({ person_id: id, points: 10 })));
    await t.ctx.events.publish('squads.task_changed', { squadId, taskId: task.id, change: 'accepted' });
    expect(await earned()).toHaveLength(2);
  });
});
