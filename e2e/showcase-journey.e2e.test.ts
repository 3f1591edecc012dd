import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { sampleFiles } from '../test/sample-files.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { CHROMIUM, clickUntilSent, confirmPopup, deskView, journeyShots, loginViaForm, PageWatch, phoneView, pickOption, startJourney } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e showcase journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

const title = '青年尖刀班攻坚克难（旅程）';

describe.skipIf(!hasChromium)('showcase journey: an organisation submits a case, two reviewers score it on phones, the committee normalises and decides, the winner appears', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  const shot = journeyShots('showcase');
  const pages = new PageWatch();
  let competitionId = 0;
  let caseId = 0;
  let orgName = '';
  const panel: number[] = [];
  const desk = async (username: string) => {
    const page = pages.watch(await (await browser!.newContext(deskView)).newPage());
    await loginViaForm(page, server!.url, username);
    return page;
  };

  beforeAll(async () => {
    const rig = await startJourney('showcase');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;
    // The call and its panel come from the API (the committee's call editor is not the point here); a second expert joins the demo reviewer.
    const admin = await httpLogin(server.url, 'admin');
    const root = (await ok(admin.api.GET('/api/v1/auth/me'))).roles.find((r) => r.role === 'committee_admin')!;
    const now = Date.now();
    const call = await ok(
      admin.api.POST('/api/v1/showcase/competitions', {
        body: {
          title: '机关党建创新案例征集（旅程）',
          theme: '“四个三”路径淬炼先锋队伍',
          categories: [{ code: 'youth', name: '青年工作' }, { code: 'service', name: '服务群众' }],
          form: [
            { key: 'background', label: '背景与问题', required: true, minChars: 10, maxChars: 200 },
            { key: 'practice', label: '主要做法', required: true, minChars: 10, maxChars: 400 },
          ],
          rubric: [
            { key: 'innovation', label: '创新性', weight: 0.5, max: 10 },
            { key: 'effect', label: '实效性', weight: 0.5, max: 10 },
          ],
          opensAt: new Date(now - 3_600_000).toISOString(),
          submissionDeadline: new Date(now + 7 * 86_400_000).toISOString(),
          reviewDeadline: new Date(now + 30 * 86_400_000).toISOString(),
          reviewersPerCase: 2,
          demonstrationQuota: 1,
          excellentQuota: 0,
        } as never,
      }),
      201,
    );
    competitionId = call.id;
    await ok(admin.api.POST('/api/v1/showcase/competitions/{id}/status', { params: { path: { id: competitionId } }, body: { to: 'open' } }));
    const expert = await ok(admin.api.POST('/api/v1/accounts', { body: { username: 'expert2', displayName: '评审专家二', role: 'reviewer', orgId: root.orgId } }), 201);
    const first = await httpLogin(server.url, 'expert2', expert.initialPassword);
    await ok(first.api.POST('/api/v1/auth/password', { body: { currentPassword: expert.initialPassword, newPassword: 'Vanguard@2026' } }));
    orgName = (await ok((await httpLogin(server.url, 'orgadmin')).api.GET('/api/v1/auth/me'))).roles.find((r) => r.role === 'org_admin')!.orgName;
    for (const u of ['reviewer', 'expert2']) panel.push((await ok((await httpLogin(server.url, u)).api.GET('/api/v1/auth/me'))).accountId);
    await ok(admin.api.PUT('/api/v1/showcase/competitions/{id}/panel', { params: { path: { id: competitionId } }, body: { round: 1, accountIds: panel } }));
  }, 300_000);

  afterAll(async () => {
    await close();
  });

  beforeEach(({ task, onTestFailed }) => onTestFailed(() => pages.explain(task)));

  it('the organisation drafts the case with live word counts, attaches a file, submits, withdraws and submits again', async () => {
    const page = await desk('orgadmin');
    await page.goto(`${server!.url}/showcase/cases`);
    await page.getByTestId(`apply-${competitionId}`).click();
    await pickOption(page, page.getByTestId('case-category'), '青年工作');
    await page.getByTestId('case-title').fill(title);
    await page.getByTestId('part-background').fill('青年干部2026年参加了3次APP培训。');
    // 11 汉字 + 3 runs (2026, 3, APP) = 14, counted while typing.
    await expect.poll(() => page.getByTestId('count-background').textContent()).toContain('14 字');
    await page.getByTestId('part-practice').fill('修好三门课，创新三载体，组建青年尖刀班攻坚克难。');
    await expect.poll(() => page.getByTestId('count-practice').textContent()).toContain('21 字');
    await clickUntilSent(page, page.getByTestId('case-save'), '/api/v1/showcase/submissions');
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('草稿');
    caseId = (await page.evaluate(() => fetch('/api/v1/showcase/submissions').then((r) => r.json()))).items.find((s: { title: string }) => s.title === title).id;

    const file = join(mkdtempSync(join(tmpdir(), 'vg-case-')), '实践材料.pdf');
    writeFileSync(file, sampleFiles.pdf());
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => page.getByTestId('case-files').textContent()).toContain('实践材料.pdf');

    await confirmPopup(page, page.getByTestId('case-submit'), `/api/v1/showcase/submissions/${caseId}/submit`);
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已提交');
    await confirmPopup(page, page.getByTestId('case-withdraw'), `/api/v1/showcase/submissions/${caseId}/withdraw`);
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已撤回');
    await confirmPopup(page, page.getByTestId('case-submit'), `/api/v1/showcase/submissions/${caseId}/submit`);
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已提交');
    await shot('case-submitted', page);
    await page.context().close();
  }, 300_000);

  it('the committee closes the call, assigns by the optimiser and sees both experts on the matrix', async () => {
    const page = await desk('admin');
    await page.goto(`${server!.url}/showcase/competitions`);
    await confirmPopup(page, page.getByTestId(`close-${competitionId}`), `/api/v1/showcase/competitions/${competitionId}/status`);
    await clickUntilSent(page, page.getByTestId(`compute-${competitionId}`), `/api/v1/showcase/competitions/${competitionId}/assignments/compute`);
    await page.getByTestId(`matrix-${competitionId}`).click();
    for (const accountId of panel) {
      await expect.poll(() => page.getByTestId(`cell-${caseId}-${accountId}`).textContent()).toContain('✓');
      await expect.poll(() => page.locator('.ant-table-thead').getByTestId(`load-${accountId}`).textContent()).toContain('负载 1');
    }
    await shot('matrix', page);
    await page.context().close();
  }, 300_000);

  it('two reviewers read the case blind on their phones and score it', async () => {
    const code = `C${String(caseId).padStart(5, '0')}`;
    for (const [username, scores] of [['reviewer', [9, 8]], ['expert2', [7, 8.5]]] as const) {
      const phone = pages.watch(await (await browser!.newContext(phoneView)).newPage());
      await loginViaForm(phone, server!.url, username);
      await phone.goto(`${server!.url}/m/review`);
      await phone.getByTestId(`task-${code}`).click();
      await expect.poll(() => phone.getByTestId('case-title').textContent()).toBe(title);
      // Blind: the submitting organisation is named nowhere on the page.
      expect(await phone.locator('body').textContent()).not.toContain(orgName);
      await phone.getByTestId('score-innovation').fill(String(scores[0]));
      await phone.getByTestId('score-effect').fill(String(scores[1]));
      await clickUntilSent(phone, phone.getByTestId('submit-score'), `/api/v1/showcase/review/assignments/${await assignmentOf(phone, code)}/score`);
      await expect.poll(() => phone.getByTestId(`task-${code}`).textContent()).toContain('已评');
      if (username === 'reviewer') await shot('phone-scored', phone);
      await phone.context().close();
    }
  }, 300_000);

  it('the committee normalises, awards by quota and publishes; the organisation sees its case among the winners', async () => {
    const page = await desk('admin');
    await page.goto(`${server!.url}/showcase/competitions`);
    await clickUntilSent(page, page.getByTestId(`normalise-${competitionId}`), `/api/v1/showcase/competitions/${competitionId}/results`);
    await page.getByTestId(`results-${competitionId}`).click();
    await expect.poll(() => page.locator('.ant-table-row').first().textContent()).toContain(title);
    await confirmPopup(page, page.getByTestId('decide'), `/api/v1/showcase/competitions/${competitionId}/decisions`);
    await expect.poll(() => page.locator('.ant-table-row').first().textContent()).toContain('示范案例');
    await page.goto(`${server!.url}/showcase/competitions`);
    await confirmPopup(page, page.getByTestId(`publish-${competitionId}`), `/api/v1/showcase/competitions/${competitionId}/publish`);
    await page.context().close();

    const org = await desk('orgadmin');
    await org.goto(`${server!.url}/showcase/cases`);
    await expect.poll(() => org.getByTestId('winners').textContent()).toMatch(new RegExp(`${title}.*示范案例`));
    await shot('winners', org);
    expect(pages.pageErrors).toEqual([]);
  }, 300_000);
});

/** The assignment id behind a case code on the phone (the page's own list call). */
async function assignmentOf(page: Page, code: string): Promise<number> {
  const list = await page.evaluate(() => fetch('/api/v1/showcase/review/assignments').then((r) => r.json()));
  return list.items.find((a: { caseCode: string }) => a.caseCode === code).id;
}
