import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorReportStore, REPORT_TTL_MS } from './error-reports.js';

describe('error report store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vg-reports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const store = errorReportStore(dir);

  it('gives a report only to its uploader, and only for 24 hours', async () => {
    const id = await store.save(7, Buffer.from('xlsx'));
    expect(id).toMatch(/^[a-f0-9]{32}$/);
    expect((await store.read(id, 7))?.toString()).toBe('xlsx');
    expect(await store.read(id, 8)).toBeNull();
    expect(await store.read('../../etc/passwd', 7)).toBeNull();
    expect(await store.read(id, 7, Date.now() + REPORT_TTL_MS + 1000)).toBeNull();
    expect(existsSync(join(store.dir, `${id}.xlsx`))).toBe(false);
  });

  it('sweeps files older than a day', async () => {
    const id = await store.save(7, Buffer.from('old'));
    await store.sweep(Date.now() + REPORT_TTL_MS + 1000);
    expect(existsSync(join(store.dir, `${id}.json`))).toBe(false);
  });
});
