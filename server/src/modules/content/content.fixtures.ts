import { sampleFiles } from '../../../../test/sample-files.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { multipartBody } from '../../../../test/multipart.js';
import { rows } from '../../kernel/db/client.js';

export type Client = Awaited<ReturnType<TestApp['login']>>;

/** A test app whose uploads go to a fresh temporary folder. */
export async function contentTestApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'vg-content-'));
  const t = await createTestApp({ DATA_DIR: dataDir });
  const close = t.close;
  t.close = async () => {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { t, dataDir };
}

/** Ids of the demo city's root, the two demo agencies and the member's branch. */
export async function demoOrgs(t: TestApp) {
  const orgOf = async (username: string) =>
    (await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = ${username} ORDER BY r.id LIMIT 1`))[0].id;
  const [{ id: root }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
  return { root, agency1: await orgOf('orgadmin'), agency2: await orgOf('orgadmin2'), branch: await orgOf('member') };
}

export const files = sampleFiles;

export function upload(client: Client, url: string, file: Buffer, filename: string, contentType: string) {
  const { payload, headers } = multipartBody(file, filename, contentType);
  return client.request({ method: 'POST', url, payload, headers });
}

export async function createItem(client: Client, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/content', { kind: 'article', title: '学习资料', body: '<p>正文内容</p>', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; status: string; body: string };
}

export async function move(client: Client, id: number, action: string, comment?: string) {
  return client.post(`/api/v1/content/${id}/transitions`, { action, ...(comment ? { comment } : {}) });
}

/** Draft → review → published by an author and a reviewer. */
export async function publishItem(author: Client, reviewer: Client, body: Record<string, unknown>) {
  const item = await createItem(author, body);
  expect((await move(author, item.id, 'submit')).statusCode).toBe(200);
  const res = await move(reviewer, item.id, 'publish');
  expect(res.statusCode, res.body).toBe(200);
  return item;
}
