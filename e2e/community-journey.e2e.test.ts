import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import dayjs from 'dayjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { sampleFiles } from '../test/sample-files.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { CHROMIUM, confirmPicker, loginViaForm, phoneView, pickOption, PageWatch, journeyShots, startJourney, downloadBy } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e community journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

type Client = Awaited<ReturnType<typeof httpLogin>>;

/** Types a date and time into the antd DatePicker of a form field and confirms it with the panel's OK button (Enter would submit the form). */
async function fillDateTime(page: Page, field: string, at: dayjs.Dayjs) {
  const input = page.locator(`input#${field}`);
  const want = at.format('YYYY-MM-DD HH:mm');
  // On a busy machine the OK button may be clicked before the picker has read the typed text: it then keeps
  // the old value when the panel closes. Type again until the closed picker shows the new one.
  for (let attempt = 0; attempt < 3; attempt++) {
    await input.click();
    await input.fill(want);
    const ok = page.locator('.ant-picker-dropdown:visible .ant-picker-ok button');
    await expect.poll(() => ok.isEnabled()).toBe(true);
    await confirmPicker(page);
    if ((await input.inputValue()) === want) return;
  }
  await expect.poll(() => input.inputValue()).toBe(want);
}

/** A page at phone width never scrolls sideways. */
async function fitsThePhone(page: Page) {
  const w = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(w.scroll).toBeLessThanOrEqual(w.view);
}

describe.skipIf(!hasChromium)('community journey (phone): a captain registers with a proof, staff post a need, a captain claims it, a member checks in and out, staff confirm the hours, the member downloads the certificate', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let dataDir = '';
  let close = async () => {};
  const contexts: BrowserContext[] = [];
  const shot = journeyShots('community');
  const pages = new PageWatch();
  let admin: Client;
  let staffApi: Client;
  let memberApi: Client;
  let community = { id: 0, name: '' };
  let team = { id: 0, name: '' };
  let memberPersonId = 0;
  let needId = 0;
  let activityId = 0;
  const needTitle = `社区老人助餐送餐服务 ${Date.now() % 100_000}`;

  /** A fresh phone signed in as `username`, watched for page and API errors. */
  async function phoneAs(username: string): Promise<Page> {
    const ctx = await browser!.newContext({ ...phoneView, acceptDownloads: true });
    contexts.push(ctx);
    const page = pages.watch(await ctx.newPage());
    await loginViaForm(page, server!.url, username);
    await page.goto(`${server!.url}/m`);
    await page.locator('[data-testid=mobile-home]').waitFor();
    current = page;
    return page;
  }

  beforeAll(async () => {
    const rig = await startJourney('community');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;
    dataDir = rig.dataDir;

    // Fixtures through the API, as the committee admin: a community with the staff account, a team with a captain and a member.
    admin = await httpLogin(server.url, 'admin');
    staffApi = await httpLogin(server.url, 'community');
    const captainApi = await httpLogin(server.url, 'secretary');
    memberApi = await httpLogin(server.url, 'member');
    const staffMe = await ok(staffApi.api.GET('/api/v1/auth/me'));
    const captainMe = await ok(captainApi.api.GET('/api/v1/auth/me'));
    const memberMe = await ok(memberApi.api.GET('/api/v1/auth/me'));
    memberPersonId = memberMe.personId!;
    const branch = captainMe.roles.find((r) => r.role === 'branch_secretary')!;

    const regions = await ok(admin.api.GET('/api/v1/community-regions'));
    const street = regions.streets[0];
    const created = await ok(admin.api.POST('/api/v1/communities', { body: { name: `幸福里e2e社区`, streetCode: street.code, address: '幸福里1号' } }), 201);
    community = { id: created.id, name: created.name };
    await ok(admin.api.POST('/api/v1/communities/{id}/staff', { params: { path: { id: community.id } }, body: { accountId: staffMe.accountId } }));

    const t = await ok(
      admin.api.POST('/api/v1/community/teams', {
        body: {
          name: `${branch.orgName}红色志愿服务队`,
          orgId: branch.orgId,
          captainPersonId: captainMe.personId!,
          memberPersonIds: [memberPersonId],
          serviceTypes: [],
          areas: { communityIds: [community.id], streetCodes: [] },
        },
      }),
      201,
    );
    team = { id: t.id, name: t.name };
  }, 300_000);

  let current: Page | undefined;
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

  it('the captain registers on the phone where they live, with a PDF proof that the community staff open and confirm', async () => {
    const page = await phoneAs('secretary');
    await page.locator('.vg-m-link', { hasText: '我的社区' }).click();
    await page.waitForURL(/\/m\/community$/);
    await pickOption(page, page.locator('[data-testid=m-register-community]'), community.name, { type: community.name });
    await page.locator('[data-testid=m-register-address]').fill('幸福里1号2单元301');
    const proof = sampleFiles.pdf(3000);
    await page.locator('[data-testid=m-community] input[type=file]').setInputFiles({ name: '居住证明.pdf', mimeType: 'application/pdf', buffer: proof });
    await page.getByText('居住证明.pdf').waitFor();
    await fitsThePhone(page);
    await shot('captain-register', page);
    await page.locator('[data-testid=m-register-submit]').click();
    const card = page.locator('[data-testid=m-community-current]');
    await card.waitFor();
    expect(await card.textContent()).toContain(community.name);
    await page.locator('[data-testid=m-proof-link]').waitFor();
    await shot('captain-registered', page);

    // The captain lives in the community (双报到, confirmed by its staff), so its needs are "near" them.
    const queue = await ok(staffApi.api.GET('/api/v1/community-staff/member-registrations', { params: { query: { communityId: community.id, status: 'pending' } } }));
    const [reg] = queue.items;
    expect(reg).toMatchObject({ address: '幸福里1号2单元301', hasProof: true });
    const file = await staffApi.get(`/api/v1/community-member-registrations/${reg.id}/proof`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(proof)).toBe(true);
    await ok(staffApi.api.POST('/api/v1/community-staff/member-registrations/{id}/confirm', { params: { path: { id: reg.id } } }));
  }, 120_000);

  it('community staff post a need from the phone', async () => {
    const page = await phoneAs('community');
    await page.locator('.vg-m-link', { hasText: '社区需求' }).click();
    await page.waitForURL(/\/m\/community\/staff-needs$/);
    await page.locator('[data-testid=m-post-need]').click();
    await page.waitForURL(/\/m\/community\/post$/);
    await fitsThePhone(page);

    // It starts within the hour, so the check-in is open once it is claimed.
    const start = dayjs().add(30, 'minute').second(0).millisecond(0);
    // The staff account serves several communities in the demo data: this need is for the journey's own.
    await pickOption(page, page.locator('[data-testid=need-community]'), community.name);
    await pickOption(page, page.locator('[data-testid=need-type]'), '助老');
    await page.locator('[data-testid=need-title]').fill(needTitle);
    await page.locator('[data-testid=need-description]').fill('为社区独居老人送午餐，并陪同聊天。');
    await page.locator('[data-testid=need-place]').fill('幸福里社区党群服务中心');
    await fillDateTime(page, 'startsAt', start);
    // The end follows the start (two hours) and claims close at the start at the latest.
    await expect.poll(() => page.locator('input#endsAt').inputValue()).toBe(start.add(2, 'hour').format('YYYY-MM-DD HH:mm'));
    await expect.poll(() => page.locator('input#claimDeadline').inputValue()).toBe(start.format('YYYY-MM-DD HH:mm'));
    await page.locator('input#peopleNeeded').fill('3');
    await shot('staff-post-need', page);
    await page.locator('[data-testid=m-need-submit]').click();
    await page.waitForURL(/\/m\/community\/staff-needs$/);
    const row = page.locator('[data-testid^=m-staff-need-]', { hasText: needTitle });
    await row.waitFor();
    expect(await row.textContent()).toContain('待认领');
    needId = Number((await row.getAttribute('data-testid'))!.replace('m-staff-need-', ''));
    await shot('staff-needs', page);
  }, 120_000);

  it('the team captain finds it near them and claims it for the team; the claim becomes a volunteer activity', async () => {
    const page = await phoneAs('secretary');
    await page.locator('.vg-m-link', { hasText: '身边需求' }).click();
    await page.waitForURL(/\/m\/community\/needs$/);
    expect(await page.locator('[data-testid=m-captain]').textContent()).toContain(team.name);
    const card = page.locator(`[data-testid=m-need-${needId}]`);
    await card.waitFor();
    await fitsThePhone(page);
    await shot('captain-needs-near-me', page);
    await card.locator(`[data-testid=m-claim-${needId}]`).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /认\s*领/ }).click();
    await page.waitForURL(/\/m\/activities\/\d+$/);
    activityId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.locator(`[data-testid=my-activity-${activityId}]`).waitFor();
    expect(await page.locator(`[data-testid=my-activity-${activityId}]`).textContent()).toContain(needTitle);
    await shot('captain-claimed-activity', page);
  }, 120_000);

  it('a team member checks in with the QR link and checks out on the phone', async () => {
    const qr = await ok(admin.api.GET('/api/v1/activities/{id}/checkin-token', { params: { path: { id: activityId } } }));
    const page = await phoneAs('member');
    await page.goto(`${server!.url}/m/checkin?t=${encodeURIComponent(qr.token)}`);
    const result = page.locator('[data-testid=checkin-result]');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain('签到成功');
    await shot('member-checked-in', page);
    await result.getByRole('button', { name: /签\s*退/ }).click();
    await page.locator('.ant-message-notice', { hasText: '已签退' }).waitFor();
    await shot('member-checked-out', page);
    // The check-out recorded presence; the organiser's record of service hours is pending for the community.
    await expect
      .poll(async () => (await ok(admin.api.GET('/api/v1/community/hours', { params: { query: { activityId } } }))).items.map((h) => [h.personId, h.status]))
      .toEqual([[memberPersonId, 'pending']]);
  }, 120_000);

  it('the organiser records the hours served and community staff confirm them on the phone', async () => {
    // 谁组织谁记录: they checked out straight away, so the organiser sets the two hours served, with the reason.
    const [row] = (await ok(admin.api.GET('/api/v1/community/hours', { params: { query: { activityId } } }))).items;
    await ok(admin.api.PATCH('/api/v1/community/hours/{id}', { params: { path: { id: row.id } }, body: { hours: 2, reason: '按实际服务两小时记录' } }));

    const page = await phoneAs('community');
    await page.locator('.vg-m-link', { hasText: '确认时长' }).click();
    await page.waitForURL(/\/m\/community\/hours$/);
    const line = page.locator(`[data-testid=m-hours-row-${row.id}]`);
    await line.waitFor();
    expect(await line.textContent()).toContain('2');
    await fitsThePhone(page);
    await line.locator('.ant-checkbox-input').check();
    await shot('staff-hours-queue', page);
    await page.locator('[data-testid=m-hours-confirm]').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
    await page.locator('.ant-message-notice', { hasText: '已确认 1 条' }).waitFor();
    // Other hours of the staff's communities (demo data) may still wait; this one has left the queue.
    await line.waitFor({ state: 'detached' });
    await shot('staff-hours-confirmed', page);
  }, 120_000);

  it('the member sees the confirmed hours and downloads the certificate as a PDF, which anyone can verify', async () => {
    const page = await phoneAs('member');
    await page.locator('.vg-m-link', { hasText: '志愿记录' }).click();
    await page.waitForURL(/\/m\/community\/record$/);
    const confirmed = page.locator('[data-testid=m-hours-confirmed] .ant-statistic-content-value');
    await expect.poll(() => confirmed.textContent()).toBe('2');
    const item = page.locator(`[data-testid=m-volunteer-${activityId}]`);
    expect(await item.textContent()).toContain('已确认');
    expect(await item.textContent()).toContain(needTitle);
    await fitsThePhone(page);
    await shot('member-volunteer-record', page);

    const download = await downloadBy(page, page.locator('[data-testid=m-certificate]'));
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = join(dataDir, 'certificate.pdf');
    await download.saveAs(file);
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const [issued] = (await ok(memberApi.api.GET('/api/v1/me/community/hours-certificates'))).items;
    expect(Number(issued.totalHours)).toBe(2);
    const code = issued.verificationCode;
    const check = await browser!.newContext(phoneView);
    contexts.push(check);
    const verify = pages.watch(await check.newPage());
    await verify.goto(`${server!.url}/verify/hours/${code}`);
    await verify.getByText('证明真实有效').waitFor();
    expect(await verify.locator('[data-testid=verify-result]').textContent()).toContain('2');
    await shot('public-verification', verify);
    expect(pages.pageErrors).toEqual([]);
  }, 120_000);
});
