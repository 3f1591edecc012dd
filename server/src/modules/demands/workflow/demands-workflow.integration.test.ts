import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { demandActions, transitions, type DemandAction } from './demands.machine.js';
import { demandStatuses } from '../demands.schema.js';
import { createHandler, departments, hotlineIntake, routeAllTo } from '../demands.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

const routeOf = (id: number, action: DemandAction, extId: number): [string, Record<string, unknown>] => {
  const bodies: Record<DemandAction, [string, Record<string, unknown>]> = {
    dispatch: ['dispatch', { orgId: 0 }],
    redispatch: ['redispatch', { orgId: 0 }],
    merge: ['merge', { targetId: 0 }],
    accept: ['accept', {}],
    return: ['return', { reason: '不属于本单位职责' }],
    start: ['start', {}],
    note: ['notes', { note: '已联系现场核实' }],
    request_extension: ['extensions', { workingDays: 3, reason: '需要协调施工单位' }],
    approve_extension: [`extensions/${extId}/approve`, {}],
    reject_extension: [`extensions/${extId}/reject`, {}],
    answer: ['answer', { answer: '经现场核实，已安排维修，三日内完成路面修补。' }],
    callback: ['callback', { result: 'satisfied' }],
    close: ['close', {}],
    supervise: ['supervise', { note: '请于今日内反馈办理进展' }],
  };
  const [path, body] = bodies[action];
  return [`/api/v1/demands/${id}/${path}`, body];
};

describe(`demand workflow (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let handler: Client;
  let handlerId: number;
  let dept: { id: number; path: string };
  let other: { id: number; path: string };
  let targetId: number;

  beforeAll(async () => {
    t = await createTestApp();
    const d = await departments(t.db);
    dept = d.handlerDept;
    other = d.otherDept;
    await routeAllTo(t.db, dept.id);
    admin = await t.login('admin');
    handler = await t.login('handler');
    [{ id: handlerId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'handler'`);
    targetId = (await hotlineIntake(admin, { description: '合并目标：同一路段破损问题' })).id;
  });
  afterAll(() => t.close());

  /** A demand put straight into `status` (assigned to the handler's department from dispatch on). */
  async function demandIn(status: string, withExtension: boolean) {
    const d = await hotlineIntake(admin);
    const assigned = status !== 'received';
    const [root] = await rows<{ path: string }>(t.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL`);
    await t.db.execute(sql`UPDATE demands SET status = ${status}, org_id = ${assigned ? dept.id : null}, org_path = ${assigned ? dept.path : root.path},
      handler_account_id = ${['received', 'dispatched'].includes(status) ? null : handlerId}, answer = ${['answered', 'closed'].includes(status) ? '答复' : null} WHERE id = ${d.id}`);
    if (!withExtension) return { id: d.id, extId: 0 };
    const [ext] = await rows<{ id: number }>(t.db, sql`INSERT INTO demand_extensions (district_code, demand_id, working_days, reason) SELECT district_code, id, 2, '测试' FROM demands WHERE id = ${d.id} RETURNING id`);
    return { id: d.id, extId: Number(ext.id) };
  }

  // Every action from every status: allowed exactly where the machine says so.
  for (const action of demandActions) {
    const def = transitions[action];
    it(`${action}: allowed from ${def.from.join(', ')}; refused elsewhere`, async () => {
      const results: string[] = [];
      for (const status of demandStatuses) {
        const { id, extId } = await demandIn(status, action.endsWith('_extension') && action !== 'request_extension');
        const [url, body] = routeOf(id, action, extId);
        if ('orgId' in body) body.orgId = other.id;
        if ('targetId' in body) body.targetId = targetId;
        const client = def.permission === 'demands.handle' ? handler : admin;
        // What the detail offers the caller must be exactly what the server then lets it do.
        const shown = await client.get(`/api/v1/demands/${id}`);
        const offered = shown.statusCode === 200 && (shown.json() as { allowedActions: string[] }).allowedActions.includes(action);
        const res = await client.post(url, body);
        if (offered !== (res.statusCode === 200)) results.push(`${status}: offered ${offered}, answered ${res.statusCode}`);
        const allowed = (def.from as readonly string[]).includes(status);
        // A department action on a demand no department holds is not the handler's business at all.
        const expected = allowed ? 200 : def.department && status === 'received' ? 404 : 409;
        if (res.statusCode !== expected) results.push(`${status}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
        if (expected === 409) expect(res.json().error.code).toBe('invalid_transition');
        if (allowed && res.statusCode === 200) {
          const [after] = await rows<{ status: string }>(t.db, sql`SELECT status FROM demands WHERE id = ${id}`);
          expect(after.status).toBe(def.to ?? status);
          const [ev] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM demand_events WHERE demand_id = ${id} AND action = ${action} AND actor_account_id IS NOT NULL`);
          expect(ev.n).toBe(1);
          const [au] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'demand' AND entity_id = ${String(id)} AND action = ${`demands.${action}`}`);
          expect(au.n).toBe(1);
        }
      }
      expect(results).toEqual([]);
    });
  }

  it('walks the whole path: accept → extension → answer → dissatisfied reopens → satisfied closes', async () => {
    const d = await hotlineIntake(admin);
    expect(d.status).toBe('dispatched');
    expect(d.orgId).toBe(dept.id);
    expect((await handler.post(`/api/v1/demands/${d.id}/accept`, {})).statusCode).toBe(200);
    expect((await handler.post(`/api/v1/demands/${d.id}/start`, {})).statusCode).toBe(200);
    const before = (await handler.get(`/api/v1/demands/${d.id}`)).json();
    expect(before.acceptedAt).not.toBeNull();
    await handler.post(`/api/v1/demands/${d.id}/extensions`, { workingDays: 2, reason: '需协调多个部门' });
    const again = await handler.post(`/api/v1/demands/${d.id}/extensions`, { workingDays: 2, reason: '再次申请' });
    expect(again.statusCode).toBe(409);
    const offered = async (who: Client) => (await who.get(`/api/v1/demands/${d.id}`)).json().allowedActions as string[];
    expect(await offered(handler)).toEqual(['note', 'answer']);
    expect(await offered(admin)).toEqual(expect.arrayContaining(['approve_extension', 'reject_extension']));
    const ext = (await admin.get(`/api/v1/demands/${d.id}`)).json().extensions[0];
    expect((await admin.post(`/api/v1/demands/${d.id}/extensions/${ext.id}/approve`, {})).statusCode).toBe(200);
    expect(await offered(handler)).toEqual(['note', 'request_extension', 'answer']);
    expect(await offered(admin)).not.toContain('approve_extension');
    const extended = (await admin.get(`/api/v1/demands/${d.id}`)).json();
    expect(new Date(extended.resolutionDueAt).getTime()).toBeGreaterThan(new Date(before.resolutionDueAt).getTime());
    expect(new Date(extended.resolutionDueAt).getUTCHours()).toBe(10); // 18:00 Beijing time

    await handler.post(`/api/v1/demands/${d.id}/answer`, { answer: '经现场核实，已协调市政部门修复路面并清理现场。' });
    const reopened = (await admin.post(`/api/v1/demands/${d.id}/callback`, { result: 'dissatisfied', comment: '还有积水' })).json();
    expect(reopened.status).toBe('in_progress');
    expect(reopened.reopenCount).toBe(1);
    await handler.post(`/api/v1/demands/${d.id}/answer`, { answer: '经现场核实，已疏通排水口，积水已全部排净。' });
    const closed = (await admin.post(`/api/v1/demands/${d.id}/callback`, { result: 'satisfied' })).json();
    expect(closed.status).toBe('closed');
    expect(closed.satisfaction).toBe('satisfied');
    const detail = (await admin.get(`/api/v1/demands/${d.id}`)).json();
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['receive', 'dispatch', 'accept', 'start', 'request_extension', 'approve_extension', 'answer', 'callback', 'answer', 'callback']);
    expect(detail.callbacks).toHaveLength(2);
  });

  it('a returned demand goes back to the dispatcher, who dispatches it by hand', async () => {
    const d = await hotlineIntake(admin);
    expect((await handler.post(`/api/v1/demands/${d.id}/return`, {})).statusCode).toBe(400);
    const returned = (await handler.post(`/api/v1/demands/${d.id}/return`, { reason: '应由区政府办理' })).json();
    expect(returned.status).toBe('received');
    expect(returned.returnReason).toBe('应由区政府办理');
    // back at the committee: the handler no longer sees it
    expect((await handler.get(`/api/v1/demands/${d.id}`)).statusCode).toBe(404);
    const manual = (await admin.post(`/api/v1/demands/${d.id}/dispatch`, { orgId: other.id })).json();
    expect(manual.orgId).toBe(other.id);
    expect(manual.status).toBe('dispatched');
  });

  it('merges a duplicate into another demand', async () => {
    const d = await hotlineIntake(admin);
    expect((await admin.post(`/api/v1/demands/${d.id}/merge`, { targetId: d.id })).statusCode).toBe(400);
    const merged = (await admin.post(`/api/v1/demands/${d.id}/merge`, { targetId })).json();
    expect(merged.status).toBe('closed');
    expect(merged.mergedIntoId).toBe(targetId);
  });

  it("a supervision notice reaches the department's handlers and the trail, not the citizen's view", async () => {
    const d = await hotlineIntake(admin);
    const empty = await admin.post(`/api/v1/demands/${d.id}/supervise`, { note: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe('body.note');
    expect((await handler.post(`/api/v1/demands/${d.id}/supervise`, { note: '越权' })).statusCode).toBe(403);
    const res = await admin.post(`/api/v1/demands/${d.id}/supervise`, { note: '群众反映强烈，请今日内反馈' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('dispatched');
    const inbox = (await handler.get('/api/v1/notifications')).json().items as { kind: string; body: string; link: string }[];
    const notice = inbox.find((n) => n.kind === 'demand_supervision_notice' && n.link === `/demands/${d.id}`);
    expect(notice?.body).toContain('群众反映强烈');
    const detail = (await admin.get(`/api/v1/demands/${d.id}`)).json();
    expect(detail.events.at(-1)).toMatchObject({ action: 'supervise', note: '群众反映强烈，请今日内反馈' });
    const [audited] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'demands.supervise' AND entity_id = ${String(d.id)}`);
    expect(audited.n).toBe(1);
    const publicView = (await t.app.inject({ method: 'GET', url: `/api/v1/public/demands/${d.trackingCode}` })).json();
    expect(JSON.stringify(publicView)).not.toContain('群众反映强烈');
  });

  it('two dispatchers dispatching the same demand at once: exactly one wins', async () => {
    const d = await hotlineIntake(admin);
    const [root] = await rows<{ path: string }>(t.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL`);
    await t.db.execute(sql`UPDATE demands SET status = 'received', org_id = NULL, org_path = ${root.path} WHERE id = ${d.id}`);
    const second = await t.login('admin');
    const results = await Promise.all([admin.post(`/api/v1/demands/${d.id}/dispatch`, { orgId: dept.id }), second.post(`/api/v1/demands/${d.id}/dispatch`, { orgId: other.id })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [ev] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM demand_events WHERE demand_id = ${d.id} AND action = 'dispatch'`);
    expect(ev.n).toBe(2); // the automatic one at intake and the winner's
  });

  it("another department's handler cannot see or act on the demand (404), nor can another agency's admin", async () => {
    const d = await hotlineIntake(admin);
    const stranger = await createHandler(t, 'handler_other', other.id);
    const orgadmin = await t.login('orgadmin');
    for (const c of [stranger, orgadmin]) {
      expect((await c.get(`/api/v1/demands/${d.id}`)).statusCode).toBe(404);
      const list = (await c.get('/api/v1/demands?pageSize=100')).json();
      expect(list.items.some((x: { id: number }) => x.id === d.id)).toBe(false);
    }
    for (const action of ['accept', 'start', 'answer', 'return'] as const) {
      const [url, body] = routeOf(d.id, action, 0);
      expect((await stranger.post(url, body)).statusCode, action).toBe(404);
    }
    // the agency admin sees their own agency's demands
    const own = await hotlineIntake(admin);
    await admin.post(`/api/v1/demands/${own.id}/redispatch`, { orgId: other.id });
    expect((await orgadmin.get(`/api/v1/demands/${own.id}`)).statusCode).toBe(200);
    expect((await handler.get(`/api/v1/demands/${own.id}`)).statusCode).toBe(404);
  });
});
