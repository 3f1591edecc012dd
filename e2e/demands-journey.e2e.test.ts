import { existsSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { CHROMIUM, clickUntilSent, confirmAndSend, loginViaForm, phoneView, deskView, pickOption, PageWatch, journeyShots, startJourney } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e demands journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

type Client = Awaited<ReturnType<typeof httpLogin>>;

/** Picks an option of the select with this test id. */
function pick(page: Page, testId: string, option: string | RegExp, type?: string) {
  return pickOption(page, page.locator(`[data-testid=${testId}]`), option, { type });
}

async function receivedCount(page: Page): Promise<number> {
  const value = page.locator('[data-testid=kpi-received] .ant-statistic-content-value');
  await value.waitFor({ timeout: 30_000 });
  return Number((await value.textContent())!.replace(/[^\d]/g, ''));
}

describe.skipIf(!hasChromium)('demands journey: a citizen reports on the phone, the dispatcher dispatches, the handler answers, the citizen rates, analytics counts it', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  let phone: BrowserContext;
  let adminDesk: BrowserContext;
  let handlerDesk: BrowserContext;
  let citizen: Page;
  let admin: Page;
  const shot = journeyShots('demands');
  const pages = new PageWatch();
  const pageErrors = pages.pageErrors;
  const watch = (p: Page) => pages.watch(p);
  /** API failures seen by any page, except the unauthenticated /auth/me probe of the citizen and login pages. */
  const apiErrors = () => pages.apiErrors.filter((e) => !e.endsWith(' /api/v1/auth/me'));
  let handlerOrg = { id: 0, name: '' };
  let code = '';
  /** The submitter's personal link: the code is public, the secret after '#' is what lets them rate. */
  let personalLink = '';
  let before = 0;
  let adminApi: Client;
  /** An emergency phoned in before the citizen's demand, with the handler's department: it must still head the queue. */
  let sosCode = '';

  beforeAll(async () => {
    const rig = await startJourney('demands');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;
    adminApi = await httpLogin(server.url, 'admin');
    const handlerApi = await httpLogin(server.url, 'handler');
    const me = await ok(handlerApi.api.GET('/api/v1/auth/me'));
    const role = me.roles.find((r) => r.role === 'handler')!;
    handlerOrg = { id: role.orgId, name: role.orgName };
    const sos = await ok(adminApi.api.POST('/api/v1/demands', { body: { categoryCode: 'emergency', description: '楼道内燃气味很浓，担心泄漏，请尽快派人查看', address: '市南区香港中路8号', districtCode: '370202' } }));
    sosCode = sos.trackingCode;
    if (sos.orgId !== handlerOrg.id) {
      const path = sos.status === 'received' ? '/api/v1/demands/{id}/dispatch' : '/api/v1/demands/{id}/redispatch';
      await ok(adminApi.api.POST(path, { params: { path: { id: sos.id } }, body: { orgId: handlerOrg.id } }));
    }

    phone = await browser.newContext(phoneView);
    adminDesk = await browser.newContext(deskView);
    handlerDesk = await browser.newContext(deskView);
    citizen = await phone.newPage();
    admin = await adminDesk.newPage();
    for (const p of [citizen, admin]) watch(p);
  }, 300_000);

  beforeEach(({ task, onTestFailed }) => onTestFailed(() => pages.explain(task)));

  afterAll(async () => {
    await close();
  });

  it('the analytics page shows the count before the new demand', async () => {
    await loginViaForm(admin, server!.url, 'admin');
    await admin.goto(`${server!.url}/demands/analytics`);
    before = await receivedCount(admin);
    expect(before).toBeGreaterThan(0);
    await admin.locator('canvas').first().waitFor();
    await shot('analytics-before', admin);
  });

  it('a citizen without an account submits a demand on the phone and gets a tracking code and a personal link', async () => {
    await citizen.goto(`${server!.url}/c/submit`);
    expect(new URL(citizen.url()).pathname).toBe('/c/submit');
    // The citizen's form is plain HTML (it must load fast on a weak signal): native selects, filled once the options load.
    await expect.poll(() => citizen.locator('[data-testid=c-category] option').count()).toBeGreaterThan(1);
    // Every required field carries aria-required and its label the required mark.
    expect(await citizen.locator('[aria-required=true]').evaluateAll((els) => els.map((e) => `${e.id}:${!!document.querySelector(`label[for="${e.id}"] .vg-c-required`)}`))).toEqual(['c-categoryCode:true', 'c-districtCode:true', 'c-description:true']);
    // An emergency is told at once to call 110/119/120 rather than wait for an answer here.
    await citizen.locator('[data-testid=c-category]').selectOption({ label: '紧急求助' });
    await expect.poll(() => citizen.locator('[data-testid=c-emergency]').textContent()).toContain('120');
    await citizen.locator('[data-testid=c-category]').selectOption({ label: '供水' });
    expect(await citizen.locator('[data-testid=c-emergency]').count()).toBe(0);
    // Nothing filled in yet but the category: the form names what is missing and sends nothing.
    await citizen.locator('[data-testid=c-submit]').click();
    await expect.poll(() => citizen.locator('#c-districtCode-problem').textContent()).toContain('请选择');
    expect(await citizen.locator('#c-description-problem').textContent()).toContain('请填写');
    await citizen.locator('[data-testid=c-district]').selectOption({ label: '市南区' });
    await expect.poll(() => citizen.locator('[data-testid=c-street] option').count()).toBeGreaterThan(1);
    await citizen.locator('[data-testid=c-street]').selectOption({ index: 1 });
    await citizen.locator('[data-testid=c-description]').fill('小区楼下自来水管破裂，水流到路面，已经持续两个小时。');
    await citizen.locator('[data-testid=c-address]').fill('市南区香港中路100号');
    await citizen.locator('[data-testid=c-phone]').fill('13912345678');
    // A real photo and a file that only claims to be one: the photos travel with the demand, so the fake one refuses the whole submission.
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } }).jpeg().toBuffer();
    await citizen.locator('input[type=file]').setInputFiles([
      { name: '现场.jpg', mimeType: 'image/jpeg', buffer: photo },
      { name: '损坏.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo at all') },
    ]);
    await shot('citizen-form', citizen);
    const tracking = citizen.locator('[data-testid=tracking-code]');
    const failed = citizen.locator('[data-testid=c-error]');
    await citizen.locator('[data-testid=c-submit]').click();
    await tracking.or(failed).waitFor({ timeout: 90_000 });
    expect(await tracking.isVisible()).toBe(false);
    expect(await failed.textContent()).toContain('损坏.jpg：只收 jpg、png、webp 照片');
    // Nothing was recorded and the form is still filled in; the refused photo is marked on its card.
    expect(await citizen.locator('[data-testid=c-description]').inputValue()).toContain('自来水管破裂');
    const refused = citizen.locator('[data-testid=c-photo][data-refused=true]');
    await expect.poll(() => refused.count()).toBe(1);
    await shot('citizen-photo-refused', citizen);
    await refused.getByRole('button', { name: '删除照片 损坏.jpg' }).click();
    await expect.poll(() => citizen.locator('[data-testid=c-photo]').count()).toBe(1);
    await citizen.locator('[data-testid=c-submit]').click();
    await tracking.or(failed.filter({ hasNotText: '损坏.jpg' })).waitFor({ timeout: 90_000 });
    if (!(await tracking.isVisible())) throw new Error(`submission refused: ${await failed.textContent()}`);
    code = (await tracking.textContent())!.trim();
    expect(code).toMatch(/^QD\d{6}[2-9A-Z]{6}$/);
    const link = new URL((await citizen.locator('[data-testid=tracking-link]').textContent())!.trim());
    expect(link.pathname).toBe(`/c/track/${code}`);
    expect(link.search).toBe('');
    expect(link.hash).toMatch(/^#t=[A-Za-z0-9_-]{43}$/);
    personalLink = `${link.pathname}${link.hash}`;
    // The demand came with the good photo.
    const listed = await ok(adminApi.api.GET('/api/v1/demands', { params: { query: { code } } }));
    const mine = listed.items.find((d) => d.trackingCode === code)!;
    expect((await ok(adminApi.api.GET('/api/v1/demands/{id}', { params: { path: { id: mine.id } } }))).photos).toHaveLength(1);
    await shot('citizen-tracking-code', citizen);
  }, 120_000);

  it('the dispatcher dispatches it to the handler’s department with a reason', async () => {
    const found = await ok(adminApi.api.GET('/api/v1/demands', { params: { query: { code } } }));
    const row = found.items.find((d) => d.trackingCode === code)!;
    expect(['received', 'dispatched']).toContain(row.status);
    await admin.goto(`${server!.url}/demands/dispatch`);
    // The board is found by tracking code, whatever the demand's state.
    await admin.locator('[data-testid=dispatch-code-search] input').fill(code.slice(-6).toLowerCase());
    await admin.locator('[data-testid=dispatch-code-search] input').press('Enter');
    const button = admin.locator(`[data-testid=${row.status === 'received' ? 'dispatch' : 'redispatch'}-${code}]`);
    await button.waitFor();
    await shot('dispatch-board', admin);
    await button.click();
    // The dialog offers what the dispatch rules pick for water in 市南区 (in the tiny city the 12345 office at 市政府办公厅, never 市委办公厅).
    await expect.poll(() => admin.locator('[data-testid=dialog-suggestion]').textContent(), { timeout: 30_000 }).toContain(handlerOrg.name);
    await pick(admin, 'dialog-org', handlerOrg.name, handlerOrg.name.slice(0, 4));
    await admin.locator('[data-testid=dialog-note]').fill('按属地和职责派至承办单位');
    await shot('dispatch-dialog', admin);
    await admin.locator('.ant-modal-footer .ant-btn-primary').click();
    await admin.locator('.ant-modal').waitFor({ state: 'hidden' });
    const after = await ok(adminApi.api.GET('/api/v1/demands', { params: { query: { code, status: 'dispatched' } } }));
    expect(after.items.find((d) => d.trackingCode === code)?.orgId).toBe(handlerOrg.id);
  }, 120_000);

  it('the handler accepts it with the countdown running and answers the citizen', async () => {
    const page = await handlerDesk.newPage();
    watch(page);
    await loginViaForm(page, server!.url, 'handler');
    await page.goto(`${server!.url}/demands/workbench`);
    // Most urgent first: open emergencies head the queue, the one phoned in before the citizen's demand among them.
    const rows = page.locator('[data-testid=workbench-table] .ant-table-row');
    await expect.poll(() => rows.first().locator('[data-testid=urgent-tag]').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await rows.allTextContents()).findIndex((r) => r.includes(sosCode)), { timeout: 30_000 }).toBeGreaterThanOrEqual(0);
    await page.locator('[data-testid=workbench-code-search] input').fill(code);
    await page.locator('[data-testid=workbench-code-search] input').press('Enter');
    const link = page.locator(`[data-testid=demand-${code}]`);
    await link.waitFor();
    await expect.poll(() => page.locator('[data-testid=workbench-table] .ant-table-row', { hasText: code }).textContent()).toMatch(/办结剩余/);
    await shot('handler-queue', page);
    await link.click();
    await page.locator('[data-testid=act-accept]').click();
    await expect.poll(() => page.locator('[data-testid=demand-status]').textContent()).toBe('已签收');
    // The assigned handler sees the contact masked until asking for it; the server records that read.
    expect(await page.locator('[data-testid=demand-contact]').textContent()).toContain('139****5678');
    await page.locator('[data-testid=full-view]').click();
    await expect.poll(() => page.locator('[data-testid=demand-contact]').textContent()).toContain('13912345678');
    await page.locator('[data-testid=act-answer]').click();
    // Sent empty, the dialog names the missing answer and stays open, with no uncaught error on the page.
    await page.locator('[data-testid=dialog-answer]').waitFor();
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-modal .ant-form-item-explain-error').first().waitFor();
    expect(await page.locator('.ant-modal').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    // "已处理" is no answer: refused on the form, nothing sent.
    await page.locator('[data-testid=dialog-answer]').fill('已处理');
    await page.locator('[data-testid=dialog-answer]').press('Control+Enter');
    await expect.poll(() => page.locator('.ant-modal .ant-form-item-explain-error').textContent(), { timeout: 15_000 }).toContain('至少 15 个字');
    await page.locator('[data-testid=use-template]').click();
    await expect.poll(() => page.locator('[data-testid=dialog-answer]').inputValue()).toContain('【请填写');
    await page.locator('[data-testid=dialog-answer]').fill('经现场核实，供水管道已抢修完毕，路面已清理，感谢您的反映。');
    const result = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#36c' } }).jpeg().toBuffer();
    await page.locator('[data-testid=result-photos] input[type=file]').setInputFiles({ name: '修复后.jpg', mimeType: 'image/jpeg', buffer: result });
    const demandId = (await ok(adminApi.api.GET('/api/v1/demands', { params: { query: { code } } }))).items[0].id;
    await expect.poll(async () => (await ok(adminApi.api.GET('/api/v1/demands/{id}', { params: { path: { id: demandId } } }))).photos.filter((p) => p.kind === 'result').length, { timeout: 30_000 }).toBe(1);
    await shot('handler-answer', page);
    await page.locator('[data-testid=dialog-answer]').press('Control+Enter');
    await expect.poll(() => page.locator('[data-testid=demand-status]').textContent()).toBe('已答复');
    await shot('handler-answered', page);
    await page.close();
  }, 120_000);

  it('anyone reads the answer and its result photo by code; the citizen sees their own photo and rates it 不满意 through the personal link', async () => {
    await citizen.goto(`${server!.url}/c/track/${code}`);
    await expect.poll(() => citizen.locator('[data-testid=c-answer]').textContent()).toContain('抢修完毕');
    await expect.poll(() => citizen.locator('[data-testid=c-result-photos] img').count(), { timeout: 30_000 }).toBe(1);
    // The code alone is public (Open311 lists it): it shows the answer but offers no rating and not the citizen's photos.
    await citizen.locator('[data-testid=c-rate-needs-link]').waitFor();
    expect(await citizen.locator('[data-testid=c-rating]').count()).toBe(0);
    expect(await citizen.locator('[data-testid=c-my-photos]').count()).toBe(0);
    await citizen.goto('about:blank');
    await citizen.goto(`${server!.url}${personalLink}`);
    await expect.poll(() => citizen.locator('[data-testid=c-answer]').textContent()).toContain('抢修完毕');
    await expect.poll(() => citizen.locator('[data-testid=c-my-photos] img').count(), { timeout: 30_000 }).toBe(1);
    await citizen.locator('[data-testid=c-rating]').getByText('不满意', { exact: true }).click();
    await citizen.locator('[data-testid=rate-submit]').click();
    await expect.poll(() => citizen.locator('[data-testid=c-rated]').textContent()).toContain('不满意');
    expect(await citizen.locator('[data-testid=c-status]').textContent()).toBe('办理中');
    // 重新交办 in the trail; the first answer stays with its date.
    expect(await citizen.locator('[data-testid=c-trail]').textContent()).toContain('不满意，重新交办');
    expect(await citizen.locator('[data-testid=c-answered-at]').textContent()).toMatch(/首次答复于 \d{4}/);
    await shot('citizen-rated', citizen);
  }, 120_000);

  it('a citizen who lost the code finds the demand by phone number with a one-time code, and gets back to the form', async () => {
    await citizen.goto(`${server!.url}/c/track`);
    await citizen.locator('[data-testid=c-lookup-phone]').fill('139 1234 5678');
    await citizen.locator('[data-testid=c-lookup-send]').click();
    const demoCode = (await citizen.locator('[data-testid=c-demo-code]').textContent())!.trim();
    expect(demoCode).toMatch(/^\d{6}$/);
    await citizen.locator('[data-testid=c-lookup-code]').fill(demoCode);
    await citizen.locator('[data-testid=c-lookup-find]').click();
    await citizen.locator(`[data-testid=c-found-${code}]`).click();
    await expect.poll(() => citizen.locator('[data-testid=c-status]').textContent()).toBe('办理中');
    await shot('citizen-found-by-phone', citizen);
    await citizen.locator('[data-testid=c-back-to-form]').click();
    await expect.poll(() => new URL(citizen.url()).pathname).toBe('/c/submit');
    await citizen.locator('[data-testid=c-category]').waitFor();
  });

  it('the committee admin finds every setting on the overview, imports a two-row holiday table, and issues then revokes an Open311 key shown once', async () => {
    await admin.goto(`${server!.url}/demands/analytics`);
    await admin.getByRole('menuitem', { name: '设置总览' }).click();
    const overview = admin.locator('[data-testid=settings-overview]');
    await overview.waitFor();
    // Each module's settings pages, as the modules register them, with their one-line description.
    for (const page of ['青诉即办设置', 'Open311 API 密钥', '积分规则', '活动类型与类别', '五比一做年度设置', '每日答题标签', '考核指标体系']) expect(await overview.textContent()).toContain(page);
    expect(await overview.textContent()).toContain('节假日与调休');
    await shot('settings-overview', admin);

    await admin.locator('[data-testid=settings-link-demands-settings]').click();
    await admin.locator('[data-testid=tab-holidays]').click();
    await admin.locator('[data-testid=import-holidays]').click();
    const text = admin.locator('[data-testid=holiday-text]');
    // A bad row is named with its line and why; nothing can be imported until it is fixed.
    await text.fill('2028-01-01 休 元旦\n2028-13-01 班 春节调休');
    await admin.locator('[data-testid=holiday-preview]').click();
    await expect.poll(() => admin.locator('[data-testid=holiday-row-errors]').textContent(), { timeout: 20_000 }).toContain('第 2 行');
    expect(await admin.locator('[data-testid=holiday-row-errors]').textContent()).toContain('日期无效');
    expect(await admin.locator('[data-testid=holiday-import]').isDisabled()).toBe(true);
    await shot('holiday-row-error', admin);
    await text.fill('2028-01-01 休 元旦\n2028-02-13 班 春节调休');
    await admin.locator('[data-testid=holiday-preview]').click();
    await expect.poll(() => admin.locator('[data-testid=holiday-import]').isEnabled(), { timeout: 20_000 }).toBe(true);
    await shot('holiday-preview', admin);
    await clickUntilSent(admin, admin.locator('[data-testid=holiday-import]'), '/api/v1/demand-holidays/import');
    await admin.locator('.ant-modal').waitFor({ state: 'hidden' });
    await expect.poll(() => admin.locator('[data-testid=holiday-table] .ant-table-row').count(), { timeout: 20_000 }).toBe(2);
    const days = await ok(adminApi.api.GET('/api/v1/demand-holidays', { params: { query: { year: 2028 } } }));
    expect(days.items.map((h) => [h.day, h.isWorkday, h.name])).toEqual([['2028-01-01', false, '元旦'], ['2028-02-13', true, '春节调休']]);
    await shot('holidays-imported', admin);

    await admin.goto(`${server!.url}/settings`);
    await admin.locator('[data-testid=settings-link-demands-open311-keys]').click();
    await admin.locator('[data-testid=create-key]').click();
    await admin.locator('[data-testid=key-name]').fill('区网格化服务平台');
    await admin.locator('.ant-modal-footer .ant-btn-primary').click();
    const issued = admin.locator('[data-testid=issued-key]');
    await issued.waitFor({ timeout: 20_000 });
    const key = (await issued.textContent())!.trim();
    expect(key).toMatch(/^o311_[A-Za-z0-9_-]{32}$/);
    await shot('open311-key-issued', admin);
    await admin.locator('.ant-modal', { has: issued }).locator('.ant-modal-footer .ant-btn-primary').click();
    await issued.waitFor({ state: 'detached' });
    // Shown once: the list has only its prefix, and the page holds the secret nowhere.
    const listed = (await ok(adminApi.api.GET('/api/v1/open311-keys'))).items.find((k) => k.name === '区网格化服务平台')!;
    await expect.poll(() => admin.locator('.ant-table-row', { hasText: '区网格化服务平台' }).textContent()).toContain(key.slice(0, 9));
    expect(await admin.content()).not.toContain(key);
    await admin.locator(`[data-testid=revoke-key-${listed.id}]`).click();
    await confirmAndSend(admin, '停 用', `/api/v1/open311-keys/${listed.id}/revoke`);
    await expect.poll(() => admin.locator('.ant-table-row', { hasText: '区网格化服务平台' }).textContent()).toContain('已停用');
    expect((await ok(adminApi.api.GET('/api/v1/open311-keys'))).items.find((k) => k.id === listed.id)!.revokedAt).not.toBeNull();
    await shot('open311-key-revoked', admin);
  }, 180_000);

  it('the analytics page counts it, and the number opens the list with it', async () => {
    await admin.goto(`${server!.url}/demands/analytics`);
    await expect.poll(() => receivedCount(admin), { timeout: 30_000 }).toBe(before + 1);
    await admin.locator('[data-testid=kpi-received]').click();
    await expect.poll(() => admin.locator('[data-testid=drill-table]').textContent(), { timeout: 20_000 }).toContain(code);
    await shot('analytics-after', admin);
    expect(pageErrors).toEqual([]);
    // The one failure meant to happen: the submission with the file that only claimed to be a photo.
    expect(apiErrors()).toEqual(['400 POST /api/v1/public/demands']);
  });
});
