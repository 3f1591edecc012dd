import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from './harness.js';
import { homeOrg } from '../server/src/kernel/org/org.test-helpers.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Detail = { field: string; message: string };

/** Field details speak the caller's language: the checks' own texts by the catalogue, zod's defaults retold. */
describe(`error details in the caller's language (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    orgId = (await homeOrg(t.db, 'admin')).id;
  });
  afterAll(() => t.close());

  const send = async (lang: string, method: 'POST' | 'PATCH', url: string, payload: unknown) => {
    const res = await admin.request({ method, url, payload: payload as never, headers: { 'accept-language': lang } });
    return { status: res.statusCode, error: res.json().error as { code: string; message: string; details: Detail[] } };
  };
  const byField = (details: Detail[]) => Object.fromEntries(details.map((d) => [d.field, d.message]));

  const person = () => ({ name: '张三', gender: '男', birthDate: '1995-03-08', partyStatus: '正式党员', joinDate: '2018-07-01', orgId });

  it('tells a schema check in Chinese, and in English to an English caller', async () => {
    const body = { ...person(), name: '长'.repeat(51), gender: '未知', idNumber: '370202199503081234', phone: '12345' };
    delete (body as { birthDate?: string }).birthDate;
    const zh = await send('zh-CN', 'POST', '/api/v1/people', body);
    expect(zh.status).toBe(400);
    expect(zh.error.message).toBe('输入校验未通过');
    expect(byField(zh.error.details)).toMatchObject({
      'body.name': '不能超过 50 个字符',
      'body.gender': '应为以下之一：男、女',
      'body.birthDate': '必填',
      'body.idNumber': '身份证号无效：应为 18 位，出生日期有效，末位校验码符合 GB 11643',
      'body.phone': '手机号应为 11 位数字',
    });
    const en = await send('en', 'POST', '/api/v1/people', body);
    expect(byField(en.error.details)).toMatchObject({
      'body.name': 'Too big: expected string to have <=50 characters',
      'body.idNumber': 'invalid ID number: 18 characters with a valid birth date and GB 11643 check character',
      'body.phone': 'phone must be an 11-digit mobile number',
    });
  });

  it('tells a command check in Chinese: an exact text and one with a value worked in', async () => {
    const far = await send('zh-CN', 'POST', '/api/v1/people', { ...person(), idNumber: '370202199503081235', orgId: 2_000_000_000 });
    expect(far.status, JSON.stringify(far.error)).toBe(404);
    expect(far.error.details).toEqual([{ field: 'orgId', message: '组织不存在' }]);
    expect((await send('en', 'POST', '/api/v1/people', { ...person(), idNumber: '370202199503081235', orgId: 2_000_000_000 })).error.details).toEqual([
      { field: 'orgId', message: 'organisation not found' },
    ]);

    // The kinds worked into the text are told in Chinese too.
    const placed = await send('zh-CN', 'POST', '/api/v1/orgs', { name: '测试工委', kind: 'committee', parentId: orgId });
    expect(placed.status).toBe(400);
    expect(placed.error.details).toEqual([{ field: 'kind', message: '工委不能设在工委之下' }]);
    expect((await send('en', 'POST', '/api/v1/orgs', { name: '测试工委', kind: 'committee', parentId: orgId })).error.details).toEqual([
      { field: 'kind', message: 'a committee cannot be placed under a committee' },
    ]);
  });
});
