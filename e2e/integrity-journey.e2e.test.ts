import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { CHROMIUM, journeyShots, loginViaForm, PageWatch, phoneView, startJourney } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e integrity journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

describe.skipIf(!hasChromium)('integrity journey (phone): a warning case is required reading, the member reads it to the end, the completion rate goes up', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  const shot = journeyShots('integrity');
  const watch = new PageWatch();
  let page: Page;
  let caseId = 0;
  let agencyId = 0;
  let organiser: Awaited<ReturnType<typeof httpLogin>>;
  const rate = async () => {
    const res = await organiser.get(`/api/v1/figures/content.warning_case_completion?orgId=${agencyId}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { value: number }).value;
  };

  beforeAll(async () => {
    const rig = await startJourney('integrity');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;
    // The agency admin makes a case of the library required reading for the agency (through the API; the page is covered by the API tests).
    organiser = await httpLogin(server.url, 'orgadmin');
    const me = await ok(organiser.api.GET('/api/v1/auth/me'));
    agencyId = me.roles.find((r) => r.role === 'org_admin')!.orgId;
    const library = await ok(organiser.api.GET('/api/v1/content/library', { params: { query: { category: 'warning_case', pageSize: 1 } } }));
    caseId = library.items[0].id;
    await ok(organiser.api.PUT('/api/v1/content/{id}/assignments/{orgId}', { params: { path: { id: caseId, orgId: agencyId } }, body: { deadline: '2099-12-31' } }));
    page = await browser.newPage(phoneView);
    watch.watch(page);
  }, 180_000);
  afterAll(() => close());

  it('the member finds the case under 我的必读, reads it, confirms at the end, and the agency’s completion rate rises', async () => {
    const before = await rate();
    await loginViaForm(page, server!.url, 'member');
    await page.goto(`${server!.url}/m/required`);
    const row = page.locator(`[data-testid=required-${caseId}]`);
    await row.waitFor();
    expect(await page.locator('[data-testid=required-summary]').textContent()).toContain('0/1');
    await shot('required-list', page);
    await row.click();
    await page.waitForURL(/\/m\/reading\//);
    const confirm = page.locator('[data-testid=confirm-read]');
    await confirm.waitFor();
    await shot('reading', page);
    // The confirmation opens once 10 s of visible reading (the second heartbeat) is credited.
    await expect.poll(() => confirm.isEnabled(), { timeout: 40_000, interval: 1000 }).toBe(true);
    await confirm.click();
    await page.locator('[data-testid=reading-done]').waitFor();
    await shot('read', page);
    await page.goto(`${server!.url}/m/required`);
    await expect.poll(() => page.locator('[data-testid=required-summary]').textContent()).toContain('1/1');
    const after = await rate();
    expect(after).toBeGreaterThan(before);
    expect(watch.pageErrors).toEqual([]);
  }, 90_000);
});
