import { existsSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { creditCodeCheckChar } from '../server/src/modules/pairing/credit-code.js';
import { CHROMIUM, confirmAndSend, deskView, journeyShots, loginViaForm, PageWatch, phoneView, pickOption, startJourney, clickUntilSent } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e pairing journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

type Client = Awaited<ReturnType<typeof httpLogin>>;

/** A page at phone width never scrolls sideways. */
async function fitsThePhone(page: Page) {
  const w = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(w.scroll).toBeLessThanOrEqual(w.view);
}

describe.skipIf(!hasChromium)('pairing journey (phone): an entrepreneur raises a concern, the department answers it, the entrepreneur rates it, the paired cadre sees it closed', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  const contexts: BrowserContext[] = [];
  const shot = journeyShots('pairing');
  const pages = new PageWatch();
  let admin: Client;
  let handlerOrg = { id: 0, name: '' };
  let cadreName = '';
  let account = { username: '', initialPassword: '' };
  let entrepreneurPhone: Page;
  const newPassword = 'Qingchuang#2026';
  const company = `青岛海智无人机科技有限公司${Date.now() % 10_000}`;
  let code = '';
  let demandId = 0;
  let current: Page | undefined;
  let adminDesk: Page;
  let branchName = '';
  let branchId = 0;
  const deskCompany = `青岛蓝海装备有限公司${Date.now() % 10_000}`;
  const desk17 = `91370202MA3G${String(Date.now() % 10_000).padStart(4, '0')}K`;
  const deskCode = desk17 + creditCodeCheckChar(desk17);
  const selfCompany = `青岛智海科技有限公司${Date.now() % 10_000}`;
  const self17 = `91370212MA3F${String(Date.now() % 10_000).padStart(4, '0')}Y`;
  const selfCode = self17 + creditCodeCheckChar(self17);

  async function contextOf(view: typeof phoneView | typeof deskView): Promise<Page> {
    const ctx = await browser!.newContext(view);
    contexts.push(ctx);
    current = pages.watch(await ctx.newPage());
    return current;
  }

  beforeAll(async () => {
    const rig = await startJourney('pairing');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;

    // The tiny city has no entrepreneurs: the committee registers one at the member's branch and pairs them with the member.
    admin = await httpLogin(server.url, 'admin');
    const memberMe = await ok((await httpLogin(server.url, 'member')).api.GET('/api/v1/auth/me'));
    const handlerMe = await ok((await httpLogin(server.url, 'handler')).api.GET('/api/v1/auth/me'));
    const handlerRole = handlerMe.roles.find((r) => r.role === 'handler')!;
    handlerOrg = { id: handlerRole.orgId, name: handlerRole.orgName };
    cadreName = memberMe.displayName;
    const branch = memberMe.roles.find((r) => r.role === 'member')!;
    branchName = branch.orgName;
    branchId = branch.orgId;
    const first17 = `91370212MA3E${String(Date.now() % 10_000).padStart(4, '0')}X`;
    const reviewed = await ok(
      admin.api.POST('/api/v1/pairing/entrepreneurs', {
        body: { name: '李思远', position: '总经理', company, creditCode: first17 + creditCodeCheckChar(first17), sector: 'low_altitude', districtCode: '370212', size: 'small', phone: '13805321234', orgId: branch.orgId },
      }),
      201,
    );
    account = reviewed.account!;
    await ok(admin.api.POST('/api/v1/pairing/pairs', { body: { cadrePersonId: memberMe.personId!, entrepreneurId: reviewed.entrepreneur.id, note: '低空经济产业链对接' } }), 201);
  }, 300_000);

  beforeEach(({ task, onTestFailed }) =>
    onTestFailed(async () => {
      await pages.explain(task);
      if (current && !current.isClosed()) await shot('failed', current).catch(() => {});
    }),
  );

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await close();
  });

  it('a young entrepreneur without an account registers on the phone; a wrong credit code and a missing consent are refused with a clear message', async () => {
    const page = await contextOf(phoneView);
    await page.goto(`${server!.url}/login`);
    await page.locator('[data-testid=join-entrepreneur-link]').click();
    await page.waitForURL(/\/join\/entrepreneur$/);
    await page.locator('[data-testid=f-name]').fill('王子涵');
    await page.locator('[data-testid=f-position]').fill('董事长');
    await page.locator('[data-testid=f-company]').fill(selfCompany);
    await page.locator('[data-testid=f-credit-code]').fill(selfCode.slice(0, 17) + (selfCode[17] === '0' ? '1' : '0'));
    await pickOption(page, page.locator('[data-testid=f-sector]'), '人工智能');
    await pickOption(page, page.locator('[data-testid=f-district]'), '崂山区');
    await pickOption(page, page.locator('[data-testid=f-size]'), '小型');
    await page.locator('[data-testid=f-phone]').fill('13905321111');
    await page.locator('[data-testid=join-submit]').click();
    await page.getByText('请先阅读并勾选同意').waitFor();
    await page.locator('[data-testid=join-consent]').check();
    await page.locator('[data-testid=join-submit]').click();
    await page.getByText('统一社会信用代码校验位不符', { exact: false }).waitFor();
    await fitsThePhone(page);
    await shot('join-refused', page);
    await page.locator('[data-testid=f-credit-code]').fill(selfCode.toLowerCase());
    await page.locator('[data-testid=join-submit]').click();
    await page.locator('[data-testid=join-done]').waitFor();
    await shot('join-done', page);
  });

  it('the committee approves the registration in the review queue and is shown the initial password once', async () => {
    const page = (adminDesk = await contextOf(deskView));
    await loginViaForm(page, server!.url, 'admin');
    await page.goto(`${server!.url}/pairing/review`);
    const row = page.locator('[data-testid=review-table] .ant-table-row', { hasText: selfCompany });
    await row.waitFor();
    expect(await row.textContent()).toContain('139****1111');
    await shot('admin-review', page);
    await row.locator('[data-testid^=approve-]').click();
    // The approval dialog's OK can lose a click during its opening animation: click again until the account shows.
    const issued = page.locator('[data-testid=account-issued]');
    const approve = page.locator('.ant-modal:visible', { hasNot: issued }).locator('.ant-modal-footer .ant-btn-primary:not(.ant-btn-loading)');
    await expect
      .poll(async () => {
        if (await issued.count()) return true;
        if (await approve.count()) await approve.first().click({ timeout: 2_000 }).catch(() => {});
        return false;
      }, { timeout: 30_000, interval: 1_000 })
      .toBe(true);
    expect(await page.locator('[data-testid=issued-password]').textContent()).toMatch(/\S{8,}/);
    await shot('admin-account-issued', page);
    await page.locator('.ant-modal', { has: issued }).locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => page.locator('[data-testid=review-table] .ant-table-row', { hasText: selfCompany }).count()).toBe(0);
  });

  it('the entrepreneur signs in on the phone with the issued password, sets their own and lands on the 青创π page with their cadre', async () => {
    const page = (entrepreneurPhone = await contextOf(phoneView));
    await loginViaForm(page, server!.url, account.username, account.initialPassword);
    await page.waitForURL(/\/change-password/);
    await page.locator('[data-testid=password-policy]').waitFor();
    // The page loads in parts: a form filled while it was still settling can come back empty, so fill and send again
    // until the new password is taken.
    const home = /\/m\/entrepreneur$/;
    await expect
      .poll(async () => {
        if (home.test(page.url())) return true;
        await page.locator('#currentPassword').fill(account.initialPassword);
        await page.locator('#newPassword').fill(newPassword);
        await page.locator('#confirm').fill(newPassword);
        await page.locator('button[type=submit]').click();
        await page.waitForURL(home, { timeout: 5_000 }).catch(() => {});
        return home.test(page.url());
      }, { timeout: 45_000, interval: 500 })
      .toBe(true);
    await expect.poll(() => page.locator('[data-testid=m-my-cadre]').textContent()).toContain(cadreName);
    expect(await page.locator('[data-testid=m-entrepreneur]').textContent()).toContain(company);
    await fitsThePhone(page);
    await shot('entrepreneur-home', page);
    // Their inbox (a seat freed for them on a co-study waitlist is told there) is a tap away; back returns here.
    await page.locator('[data-testid=m-entrepreneur] [data-testid=inbox-bell]').click();
    await page.waitForURL(/\/m\/inbox$/);
    await page.locator('.vg-m-bar [aria-label=back]').click();
    await page.waitForURL(home);
  });

  it('the entrepreneur raises a 融资 concern, confirming it goes to a department, and sees it in their list', async () => {
    const page = entrepreneurPhone;
    await page.locator('[data-testid=m-raise-link]').click();
    await page.waitForURL(/\/m\/entrepreneur\/raise$/);
    // Nothing typed: the form says what is missing and sends nothing.
    await page.locator('[data-testid=m-concern-submit]').click();
    await page.getByText('请填写诉求类别').waitFor();
    await pickOption(page, page.locator('[data-testid=m-concern-category]'), '融资');
    await page.locator('[data-testid=m-concern-title]').fill('扩建产线资金缺口');
    await page.locator('[data-testid=m-concern-description]').fill('企业计划扩建无人机产线，资金缺口约500万元，希望对接银行授信和贴息政策。');
    await fitsThePhone(page);
    await shot('entrepreneur-raise', page);
    await page.locator('[data-testid=m-concern-submit]').click();
    await clickUntilSent(page, page.locator('.ant-popconfirm:visible .ant-btn-primary'), '/api/v1/me/concerns');
    await page.waitForURL(/\/m\/entrepreneur\/concerns$/);
    const card = page.locator('[data-testid^=m-concern-QD]').first();
    await card.waitFor();
    expect(await card.textContent()).toContain('扩建产线资金缺口');
    code = (await card.getAttribute('data-testid'))!.replace('m-concern-', '');
    await shot('entrepreneur-concerns', page);

    const mine = await ok(admin.api.GET('/api/v1/pairing/concerns', { params: { query: { pageSize: 50 } } }));
    const concern = mine.items.find((c) => c.trackingCode === code)!;
    expect(concern).toMatchObject({ raisedAs: 'entrepreneur', cadreName, categoryName: '融资' });
    demandId = concern.demandId;
  });

  it('the concern reaches the handler’s department, who accepts and answers it on the demands workbench', async () => {
    // Routing is the demands module's (its rules may already have sent it elsewhere): the dispatcher sends it to the handler's department.
    const d = await ok(admin.api.GET('/api/v1/demands/{id}', { params: { path: { id: demandId } } }));
    if (d.status === 'received') await ok(admin.api.POST('/api/v1/demands/{id}/dispatch', { params: { path: { id: demandId } }, body: { orgId: handlerOrg.id, note: '企业诉求派至承办单位' } }));
    else if (d.orgId !== handlerOrg.id) await ok(admin.api.POST('/api/v1/demands/{id}/redispatch', { params: { path: { id: demandId } }, body: { orgId: handlerOrg.id, note: '企业诉求派至承办单位' } }));

    const page = await contextOf(deskView);
    await loginViaForm(page, server!.url, 'handler');
    await page.goto(`${server!.url}/demands/workbench`);
    // The queue puts emergencies and overdue demands first: the handler finds this one by its tracking code.
    await page.locator('[data-testid=workbench-code-search] input').fill(code);
    await page.locator('[data-testid=workbench-code-search] input').press('Enter');
    const link = page.locator(`[data-testid=demand-${code}]`);
    await link.waitFor();
    await link.click();
    await page.locator('[data-testid=act-accept]').click();
    await expect.poll(() => page.locator('[data-testid=demand-status]').textContent()).toBe('已签收');
    await page.locator('[data-testid=act-answer]').click();
    await page.locator('[data-testid=dialog-answer]').fill('已对接两家银行授信800万元，并按政策申报贴息，请企业准备扩产项目材料。');
    await page.locator('[data-testid=dialog-answer]').press('Control+Enter');
    await expect.poll(() => page.locator('[data-testid=demand-status]').textContent()).toBe('已答复');
    await shot('handler-answered', page);
  });

  it('the entrepreneur reads the answer and rates it 满意, which closes it', async () => {
    const page = entrepreneurPhone;
    current = page;
    await page.reload();
    const card = page.locator(`[data-testid=m-concern-${code}]`);
    await expect.poll(() => card.locator('[data-testid=m-concern-answer]').textContent(), { timeout: 30_000 }).toContain('授信800万元');
    await card.locator('[data-testid=m-rate-result]').getByText('满意', { exact: true }).click();
    await card.locator('[data-testid=m-rate-comment]').fill('对接及时，感谢！');
    await fitsThePhone(page);
    await shot('entrepreneur-rate', page);
    await card.locator('[data-testid=m-rate-submit]').click();
    await expect.poll(() => card.locator('[data-testid=m-concern-status]').textContent()).toBe('已办结');
    expect(await card.locator('[data-testid=m-concern-rated]').textContent()).toContain('满意');
    expect(await card.locator('[data-testid=m-rate-form]').count()).toBe(0);
    await shot('entrepreneur-rated', page);
  });

  it('the entrepreneur signs up for a co-study session on the phone, confirming it, and checks in with the code shown there', async () => {
    const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
    const session = await ok(
      admin.api.POST('/api/v1/activities', {
        body: { typeCode: 'co_study', title: '“青创π”共学：民营经济促进法', orgId: branchId, venue: '机关党群活动室', startsAt: inMinutes(30), endsAt: inMinutes(150) },
      }),
      201,
    );
    const page = entrepreneurPhone;
    current = page;
    await page.goto(`${server!.url}/m/entrepreneur`);
    await page.locator('[data-testid=m-co-study-link]').click();
    await page.waitForURL(/\/m\/entrepreneur\/co-study$/);
    const card = page.locator(`[data-testid=m-co-${session.id}]`);
    await card.waitFor();
    await card.locator(`[data-testid=m-co-signup-${session.id}]`).click();
    await confirmAndSend(page, '确认报名', `/api/v1/me/co-study/${session.id}/signup`);
    await expect.poll(() => card.textContent()).toContain('已报名');

    const { shortCode } = await ok(admin.api.GET('/api/v1/activities/{id}/checkin-token', { params: { path: { id: session.id } } }));
    await card.locator(`[data-testid=m-co-checkin-${session.id}]`).click();
    await page.locator('[data-testid=co-checkin-code]').fill(shortCode);
    await fitsThePhone(page);
    await shot('entrepreneur-co-checkin', page);
    await page.locator('[data-testid=co-checkin-submit]').click();
    await expect.poll(() => card.textContent()).toContain('已签到');
    await page.locator('[data-testid=co-checkin-form]').waitFor({ state: 'detached' });
    await shot('entrepreneur-co-study', page);
    const attendees = await ok(admin.api.GET('/api/v1/pairing/co-study/{id}/attendees', { params: { path: { id: session.id } } }));
    expect(attendees.counts).toMatchObject({ entrepreneursSignedUp: 1, entrepreneursAttended: 1 });
    expect(pages.pageErrors).toEqual([]);
  });

  it('the paired cadre sees the concern closed among the followed ones, and logs the follow-up visit', async () => {
    const page = await contextOf(phoneView);
    await loginViaForm(page, server!.url, 'member');
    await page.waitForURL(/\/m$/);
    await page.locator('.vg-m-link', { hasText: '我的企业家' }).click();
    await page.waitForURL(/\/m\/pairing$/);
    const pair = page.locator('[data-testid^=m-pair-]').filter({ hasText: company });
    await pair.waitFor();
    await fitsThePhone(page);
    await shot('cadre-pairs', page);

    await page.locator('.vg-m-bar a', { hasText: '跟进诉求' }).click();
    await page.waitForURL(/\/m\/pairing\/followed$/);
    const card = page.locator(`[data-testid=m-concern-${code}]`);
    await expect.poll(() => card.locator('[data-testid=m-concern-status]').textContent()).toBe('已办结');
    expect(await card.textContent()).toContain(company);
    expect(await card.locator('[data-testid=m-concern-rated]').textContent()).toContain('满意');
    await shot('cadre-followed', page);

    await page.goBack();
    await pair.locator('[data-testid^=m-log-]').click();
    await page.waitForURL(/\/m\/pairing\/pairs\/\d+\/contact$/);
    await page.locator('[data-testid=m-contact-kind]').getByText('走访', { exact: true }).click();
    await page.locator('[data-testid=m-contact-topic]').fill('回访融资诉求办理情况');
    await page.locator('[data-testid=m-contact-notes]').fill('银行授信已落实，企业对办理结果满意。');
    await page.locator('[data-testid=m-contact-submit]').click();
    await expect.poll(() => page.locator('.ant-list').last().textContent()).toContain('回访融资诉求办理情况');
    await fitsThePhone(page);
    await shot('cadre-contact', page);
    expect(pages.pageErrors).toEqual([]);
  });

  it('the committee sees it on the concerns board with the counts, and reads the entrepreneur’s full number on purpose', async () => {
    const page = adminDesk;
    current = page;
    await page.goto(`${server!.url}/pairing/concerns`);
    const row = page.locator('[data-testid=concerns-table] .ant-table-row', { hasText: code });
    await row.waitFor();
    expect(await row.textContent()).toContain('已办结');
    await expect.poll(() => page.locator('[data-testid=counts-category]').textContent()).toContain('融资');
    await shot('admin-concerns', page);
    await row.locator(`[data-testid=concern-${code}]`).click();
    await page.locator('[data-testid=demand-drawer]').waitFor();
    await page.keyboard.press('Escape');

    await page.goto(`${server!.url}/pairing/entrepreneurs?q=${encodeURIComponent(company)}`);
    const e = page.locator('[data-testid=entrepreneurs-table] .ant-table-row', { hasText: company });
    await e.waitFor();
    expect(await e.textContent()).toContain(cadreName);
    await e.locator('[data-testid^=entrepreneur-]').click();
    await expect.poll(() => page.locator('[data-testid=entrepreneur-phone]').textContent()).toBe('138****1234');
    // The confirmation's OK button loses a click during its opening animation under load: ask again until the number shows.
    await expect
      .poll(async () => {
        const shown = await page.locator('[data-testid=entrepreneur-phone]').textContent();
        if (shown === '13805321234') return shown;
        const confirm = page.locator('.ant-popconfirm:visible .ant-btn-primary');
        if (await confirm.count()) await confirm.click({ timeout: 2_000 }).catch(() => {});
        else await page.locator('[data-testid=show-full]').click({ timeout: 2_000 }).catch(() => {});
        return shown;
      }, { timeout: 30_000, interval: 1_000 })
      .toBe('13805321234');
    await shot('admin-entrepreneur', page);

    await page.goto(`${server!.url}/pairing/pairs`);
    const pair = page.locator('[data-testid=pairs-table] .ant-table-row', { hasText: company });
    await pair.waitFor();
    await pair.locator('[data-testid^=contacts-]').click();
    await expect.poll(() => page.locator('[data-testid=contacts-list]').textContent()).toContain('回访融资诉求办理情况');
    await shot('admin-pair-contacts', page);
    expect(pages.pageErrors).toEqual([]);
  });

  it('the committee registers an entrepreneur on the desktop (the server’s credit-code message under the field), pairs them with a cadre found by name, then ends the pair with a reason', async () => {
    const page = adminDesk;
    current = page;
    await page.goto(`${server!.url}/pairing/entrepreneurs`);
    await page.locator('[data-testid=register-entrepreneur]').click();
    const dialog = page.locator('.ant-modal', { has: page.locator('[data-testid=register-form]') });
    await dialog.locator('[data-testid=f-name]').fill('赵一鸣');
    await dialog.locator('[data-testid=f-company]').fill(deskCompany);
    await dialog.locator('[data-testid=f-credit-code]').fill(deskCode.slice(0, 17));
    await pickOption(page, dialog.locator('[data-testid=f-sector]'), '海洋经济');
    await pickOption(page, dialog.locator('[data-testid=f-district]'), '市南区');
    await pickOption(page, dialog.locator('[data-testid=f-size]'), '中型');
    await dialog.locator('[data-testid=f-phone]').fill('13705329999');
    await pickOption(page, dialog.locator('[data-testid=register-org] .ant-select').first(), branchName, { type: branchName, tree: true });
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.getByText('统一社会信用代码应为18位').waitFor();
    await shot('admin-register-refused', page);
    await dialog.locator('[data-testid=f-credit-code]').fill(deskCode);
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('[data-testid=account-issued]').waitFor();
    expect(await page.locator('[data-testid=issued-username]').textContent()).toMatch(/^qy\d+$/);
    await page.locator('.ant-modal', { has: page.locator('[data-testid=account-issued]') }).locator('.ant-modal-footer .ant-btn-primary').click();

    await page.goto(`${server!.url}/pairing/pairs`);
    await page.locator('[data-testid=new-pair]').click();
    await pickOption(page, page.locator('[data-testid=pair-cadre]'), cadreName, { type: cadreName });
    await pickOption(page, page.locator('[data-testid=pair-entrepreneur]'), deskCompany, { type: '赵一鸣' });
    await shot('admin-new-pair', page);
    await page.locator('.ant-modal', { has: page.locator('[data-testid=pair-form]') }).locator('.ant-modal-footer .ant-btn-primary').click();
    const row = page.locator('[data-testid=pairs-table] .ant-table-row', { hasText: deskCompany });
    await row.waitFor();
    expect(await row.textContent()).toContain('结对中');
    await row.locator('[data-testid^=end-]').click();
    await page.locator('[data-testid=reason-input]').fill('企业迁出本市，结对调整');
    await page.locator('.ant-modal-footer .ant-btn-dangerous').click();
    await expect.poll(() => row.textContent()).toContain('已结束');
    await shot('admin-pair-ended', page);
    expect(pages.pageErrors).toEqual([]);
  });
});
