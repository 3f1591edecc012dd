import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../test/harness.js';
import { topicVersion } from '../../kernel/cache/topic-cache.js';
import { topicsOfWrite } from '../../kernel/figures/write-topics.js';
import { addMembers, createSquad, setBirthDate, squadsTestApp, youngPeople, type Client } from './squads.fixtures.js';

async function sheetRows(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  const ws = wb.getWorksheet('青年尖刀班')!;
  const out: string[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return out;
}

describe(`squads: Excel export within scope, figures topic (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client, orgadmin: Client, orgadmin2: Client, secretary: Client;
  let ours: number, theirs: number;

  beforeAll(async () => {
    const s = await squadsTestApp();
    ({ t, admin, orgadmin, orgadmin2, secretary } = s);
    await setBirthDate(t, s.memberPersonId, '1996-03-10');
    ours = await createSquad(orgadmin, { name: '招商引资青年尖刀班', orgId: s.orgs.agency1.id, leaderPersonId: s.memberPersonId });
    await addMembers(orgadmin, ours, await youngPeople(t, s.orgs.agency1.path, 2, [s.memberPersonId, s.secretaryPersonId]));
    await createSquad(orgadmin, { name: '民生服务尖刀班', orgId: s.orgs.agency1.id, field: '民生服务' });
    theirs = await createSquad(orgadmin2, { name: '城市更新攻坚尖刀班', orgId: s.orgs.agency2.id, field: '城市更新' });
  });
  afterAll(() => t.close());

  it('an org admin exports only the squads of their organisation', async () => {
    const res = await orgadmin.get('/api/v1/squads/export.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('attachment');
    const [header, ...body] = await sheetRows(res.rawPayload);
    expect(header.slice(0, 6)).toEqual(['序号', '尖刀班名称', '主管组织', '攻坚领域', '队长', '在队人数']);
    expect(body.map((r) => r[1]).sort()).toEqual(['招商引资青年尖刀班', '民生服务尖刀班'].sort());
    const row = body.find((r) => r[1] === '招商引资青年尖刀班')!;
    expect(row[5]).toBe('3');
    expect(row[6]).toBe('在建');

    const filtered = await sheetRows((await orgadmin.get(`/api/v1/squads/export.xlsx?field=${encodeURIComponent('民生服务')}`)).rawPayload);
    expect(filtered.slice(1).map((r) => r[1])).toEqual(['民生服务尖刀班']);
    const theirsOnly = await sheetRows((await orgadmin2.get('/api/v1/squads/export.xlsx')).rawPayload);
    expect(theirsOnly.slice(1).map((r) => r[1])).toEqual(['城市更新攻坚尖刀班']);
    const everything = await sheetRows((await admin.get('/api/v1/squads/export.xlsx')).rawPayload);
    expect(everything.length - 1).toBe(3);
    // a branch secretary's scope is their branch: none of these squads
    expect((await sheetRows((await secretary.get('/api/v1/squads/export.xlsx')).rawPayload)).length).toBe(1);
    expect((await orgadmin.get(`/api/v1/squads/export.xlsx?orgId=${(await orgadmin2.get(`/api/v1/squads/${theirs}`)).json().squad.orgId}`)).statusCode).toBe(404);
    expect((await (await t.login('member')).get('/api/v1/squads/export.xlsx')).statusCode).toBe(403);
  });

  it('writes retire the squads figures', async () => {
    expect(topicsOfWrite('/api/v1/squads/:id/members')).toEqual(['squads']);
    expect(topicsOfWrite('/api/v1/squad-tasks/:id/accept')).toEqual(['squads']);
    expect(topicsOfWrite('/api/v1/me/squad/milestones/:id/done')).toEqual(['squads']);
    const before = topicVersion('squads');
    expect((await orgadmin.patch(`/api/v1/squads/${ours}`, { mission: '聚焦重点产业链，打头阵、当先锋、抓落实' })).statusCode).toBe(200);
    expect(topicVersion('squads')).toBeGreaterThan(before);
  });
});
