import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { buildWorkbook, personSpec, rowFor } from '../server/src/kernel/roster/roster.fixtures.js';
import { CHROMIUM, loginViaForm, expandTreeNode, screenshotter, phoneView, deskView, pickOption, signOutViaMenu, PageWatch, clickUntilSent, startJourney, columnShown } from './support.js';

interface OrgNode {
  id: number;
  parentId: number | null;
  name: string;
  kind: string;
  path: string;
}

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const newNames = ['欧阳晓雨', '司马启航', '上官思远'];

describe.skipIf(!hasChromium)('web journey: admin manages the roster, a member opens the phone home', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  let page: Page;
  const shot = screenshotter(() => page);
  const watch = new PageWatch();
  const pageErrors = watch.pageErrors;
  let tree: OrgNode[] = [];
  let branch: OrgNode;
  let branchPath = '';

  beforeAll(async () => {
    const rig = await startJourney('web');
    const database = rig.database;
    server = rig.server;
    browser = rig.browser;
    close = rig.close;
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { database: string };
    expect(health.database).toBe(database);
    const admin = await httpLogin(server.url, 'admin');
    tree = (await ok(admin.api.GET('/api/v1/orgs/tree'))).nodes;
    // A branch two or more levels below the root, so the journey has to open an agency to reach it.
    branch = tree.find((n) => n.kind === 'branch' && n.path.split('/').filter(Boolean).length >= 3)!;
    const byId = new Map(tree.map((n) => [n.id, n]));
    branchPath = branch.path.split('/').filter(Boolean).map((id) => byId.get(Number(id))!.name).join('/');
  });

  // A failed step says what the pages showed and leaves a picture of where the page was.
  beforeEach(({ task, onTestFailed }) =>
    onTestFailed(async () => {
      await watch.explain(task);
      if (page && !page.isClosed()) await shot('failed').catch(() => {});
    }),
  );

  afterAll(async () => {
    await close();
  });

  it('signs in as the committee admin and browses the organisation tree', async () => {
    const ctx = await browser!.newContext(deskView);
    page = await ctx.newPage();
    watch.watch(page);
    await page.goto(`${server!.url}/org/tree`);
    await page.waitForURL(/\/login/);
    await page.locator('#username').waitFor();
    await shot('login');
    await loginViaForm(page, server!.url, 'admin');
    await page.waitForURL(/\/org\/tree/);
    await page.locator('[data-testid=org-tree]').waitFor();

    // Open each level between the root and the branch (the agency first), then select the branch.
    const ids = branch.path.split('/').filter(Boolean).map(Number);
    for (const id of ids.slice(1, -1)) {
      const node = page.locator('.ant-tree-treenode', { has: page.locator(`[data-org-id="${id}"]`) });
      await expandTreeNode(page, node, page.locator(`[data-org-id="${tree.find((n) => n.parentId === id)!.id}"]`).first());
    }
    await page.locator(`[data-org-id="${branch.id}"]`).click();
    const detail = page.locator('[data-testid=org-detail]');
    await expect.poll(() => detail.textContent()).toContain(branch.name);
    expect(await detail.textContent()).toContain('党支部');
    await shot('org-tree-branch');
  });

  it('finds a member by a name taken from the roster page', async () => {
    await page.getByRole('menuitem', { name: '党员花名册' }).click();
    await page.waitForURL(/\/org\/members/);
    const firstName = page.locator('[data-testid=people-table] tbody tr.ant-table-row td:first-child a').first();
    await firstName.waitFor();
    const name = (await firstName.textContent())!.trim();
    expect(name.length).toBeGreaterThan(1);
    // At 1440 px the whole row shows: the phone column is not under the fixed action column.
    await expect.poll(() => columnShown(page, 'people-table', '手机号')).toBe('whole');
    await page.locator('[data-testid=people-search] input').fill(name);
    await page.locator('[data-testid=people-search] input').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === name);
    await expect.poll(async () => (await page.locator('[data-testid=people-table] tbody tr.ant-table-row td:first-child').allTextContents()).every((t) => t.includes(name))).toBe(true);

    // Masked in the list; the full record only on request.
    await page.locator('[data-testid=people-table] tbody tr.ant-table-row td:first-child a').first().click();
    const idCell = page.locator('[data-testid=person-id-number]');
    expect(await idCell.textContent()).toContain('****');
    await page.locator('[data-testid=show-full]').click();
    await expect.poll(() => idCell.textContent()).toMatch(/^\d{17}[\dX]$/);
    await shot('member-full-record');
    await page.keyboard.press('Escape');
  });

  it('imports a roster: sees row errors, fixes them, imports, and finds the new members', async () => {
    const people = newNames.map((name, i) => ({ ...personSpec(910_001 + i, branchPath), name }));
    const badRows = people.map((p) => rowFor(p));
    badRows[1][8] = '不存在的党支部'; // unknown organisation
    const id = people[2].idNumber;
    badRows[2][4] = id.slice(0, 17) + (id[17] === '0' ? '1' : '0'); // wrong check character
    const bad = await buildWorkbook(badRows);
    const good = await buildWorkbook(people.map((p) => rowFor(p)));

    await page.getByRole('menuitem', { name: '花名册导入' }).click();
    await page.waitForURL(/\/org\/import/);
    // A help note reads as information (blue), not as an error in the party red.
    const helpIcon = page.locator('.ant-alert-info .ant-alert-icon').first();
    await helpIcon.waitFor();
    const [r, , b] = (await helpIcon.evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)!.map(Number);
    expect(b, 'the help note is blue').toBeGreaterThan(r);
    await page.locator('[data-testid=import-next]').click();
    await page.locator('input[type=file]').setInputFiles({ name: '花名册-有错误.xlsx', mimeType: XLSX, buffer: bad });
    const errors = page.locator('[data-testid=import-errors] tbody tr.ant-table-row');
    await errors.first().waitFor();
    const errorText = (await errors.allTextContents()).join('\n');
    expect(errorText).toContain('不存在的党支部');
    expect(errorText).toContain('身份证号');
    expect(await errors.count()).toBeGreaterThanOrEqual(2);
    await shot('import-errors');

    await page.locator('[data-testid=import-reupload]').click();
    await page.locator('input[type=file]').setInputFiles({ name: '花名册.xlsx', mimeType: XLSX, buffer: good });
    await page.locator('[data-testid=import-valid]').waitFor();
    await page.locator('[data-testid=import-apply]').click();
    // The confirmation animates in; a click landing during that is lost, so click until the import is sent.
    await clickUntilSent(page, page.locator('.ant-modal-confirm .ant-btn-primary'), '/api/v1/roster/import');
    const done = page.locator('[data-testid=import-done]');
    await done.waitFor();
    expect(await done.textContent()).toContain(String(people.length));
    await shot('import-done');

    await page.goto(`${server!.url}/org/members?q=${encodeURIComponent(newNames[0])}`);
    const row = page.locator('[data-testid=people-table] tbody tr.ant-table-row').first();
    await row.waitFor();
    expect(await row.textContent()).toContain(newNames[0]);
    expect(await row.textContent()).toContain(branch.name);
    await shot('members-after-import');
  });

  it('opens the other admin pages, in Chinese and in English, without script errors', async () => {
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await page.getByRole('menuitem', { name: '账号与角色' }).click();
    await expect.poll(() => rows.allTextContents()).toContainEqual(expect.stringContaining('orgadmin'));
    await page.getByRole('menuitem', { name: '操作日志' }).click();
    // Actions and file sizes read out in words, not codes.
    await expect.poll(() => rows.allTextContents()).toContainEqual(expect.stringContaining('查看完整个人信息'));
    expect((await rows.allTextContents()).join('\n')).not.toMatch(/people\.read_full|auth\.login/);
    await shot('audit-log');
    await page.getByRole('menuitem', { name: '积分规则' }).click();
    await expect.poll(() => rows.allTextContents()).toContainEqual(expect.stringContaining('活动签到'));
    expect((await rows.allTextContents()).join('\n')).not.toMatch(/activity_attend|activities\.attended/);
    await page.goto(`${server!.url}/activities`);
    await page.locator('[data-testid=activities-table] tbody tr.ant-table-row').first().waitFor();
    await expect.poll(() => columnShown(page, 'activities-table', '操作')).toBe('whole');
    await page.getByRole('menuitem', { name: '我的资料与积分' }).click();
    await page.getByText('组织积分排行').waitFor();
    await page.locator('[data-testid=lang-switch]').click();
    await page.getByRole('menuitem', { name: 'Member roster' }).waitFor();
    await shot('profile-english');
    await page.locator('[data-testid=lang-switch]').click();
    await page.getByRole('menuitem', { name: '党员花名册' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('opens an account whose holder must replace the initial password; wrong and locked sign-ins are explained', async () => {
    await page.getByRole('menuitem', { name: '账号与角色' }).click();
    await page.getByRole('button', { name: '开设账号' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '开设账号' });
    await dialog.locator('#username').fill('e2e.cadre');
    await dialog.locator('#displayName').fill('欧阳晓雨');
    await pickOption(page, dialog.locator('.ant-select', { has: page.locator('#orgId') }), branch.name, { type: branch.name, tree: true });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const initial = page.locator('[data-testid=initial-password]');
    await initial.waitFor();
    const password = (await initial.textContent())!.trim();
    expect(password.length).toBeGreaterThanOrEqual(8);
    await page.waitForTimeout(500); // let the dialogs finish animating for a readable screenshot
    await shot('initial-password');
    await page.locator('.ant-modal').filter({ hasText: '初始密码' }).getByRole('button', { name: /确\s*定/ }).click();

    await signOutViaMenu(page);

    // A refused identity-provider sign-in comes back with its reason; this server has no provider, so no provider button.
    await page.goto(`${server!.url}/login?oidc_error=oidc_unknown_user`);
    await expect.poll(() => page.locator('[data-testid=login-error]').textContent()).toContain('未关联本平台的任何账号');
    expect(await page.locator('[data-testid=oidc-login]').count()).toBe(0);

    await page.locator('#username').fill('admin');
    await page.locator('#password').fill('not-the-password');
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=login-error]').textContent()).toContain('用户名或密码错误');
    for (let i = 0; i < 5; i++) {
      await page.locator('#username').fill('orgadmin2');
      await page.locator('#password').fill(`wrong-${i}`);
      await page.locator('button[type=submit]').click();
      await page.locator('button[type=submit].ant-btn-loading').waitFor({ state: 'detached' });
    }
    await expect.poll(() => page.locator('[data-testid=login-error]').textContent()).toContain('锁定');
    await shot('login-locked');

    await loginViaForm(page, server!.url, 'e2e.cadre', password);
    await page.waitForURL(/\/change-password/);
    await page.locator('[data-testid=password-policy]').waitFor();
    await page.locator('#currentPassword').fill(password);
    await page.locator('#newPassword').fill('short');
    await page.locator('#confirm').fill('short');
    await page.locator('button[type=submit]').click();
    await page.getByText('密码不符合要求').waitFor();
    await page.locator('#newPassword').fill('Qingdao#2026x');
    await page.locator('#confirm').fill('Qingdao#2026x');
    await shot('change-password');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/m$/);
    await page.locator('[data-testid=mobile-home]').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows the member H5 home on a 390 px phone without horizontal scrolling', async () => {
    const ctx = await browser!.newContext(phoneView);
    page = await ctx.newPage();
    watch.watch(page);
    await loginViaForm(page, server!.url, 'member');
    await page.waitForURL(/\/m$/);
    await page.locator('[data-testid=mobile-home]').waitFor();
    await page.locator('[data-testid=mobile-balance]').waitFor();
    expect(await page.locator('[data-testid=mobile-branch]').textContent()).not.toBe('—');
    // The site's address typed on the phone leads a member to the phone home, not to the desktop shell.
    await page.goto(`${server!.url}/`);
    await page.waitForURL(/\/m$/);
    await page.locator('[data-testid=mobile-home]').waitFor();
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    await shot('mobile-home');

    // 今日任务: signing in is done; a challenge run (three questions of the bank, the third answered wrong) moves 挑战答题.
    const admin = await httpLogin(server!.url, 'admin');
    const root = tree.find((n) => n.parentId == null)!;
    for (let i = 1; i <= 3; i++) {
      await ok(admin.api.POST('/api/v1/learning/questions', { body: { type: 'judge', stem: `挑战答题第 ${i} 题：五四运动源起青岛。`, options: [], answer: ['true'], tags: ['挑战'], difficulty: 1, explanation: '五四运动，源起青岛。', orgId: root.id } }));
    }
    const tasks = page.locator('[data-testid=today-tasks]');
    await tasks.waitFor();
    expect(await tasks.locator('[data-testid=task-daily_login-progress]').textContent()).toBe('1/1');
    expect(await tasks.locator('[data-testid=task-daily_login]').textContent()).toContain('已完成');
    const challengeBefore = await tasks.locator('[data-testid=task-challenge_quiz-progress]').textContent();
    expect(challengeBefore).toMatch(/^\d+\/6$/);
    await tasks.locator('[data-testid=task-challenge_quiz-go]').click();
    await page.waitForURL(/\/m\/study\/challenge$/);
    await page.locator('[data-testid=challenge-start]').click();
    for (const [i, choice] of [[0, '正确'], [1, '正确'], [2, '错误']] as const) {
      const question = page.locator(`[data-testid=question-${i}]`);
      await question.waitFor();
      await question.getByText(choice, { exact: true }).click();
      await page.locator('[data-testid=challenge-answer]').click();
    }
    await page.locator('[data-testid=challenge-result]').waitFor();
    expect(await page.locator('[data-testid=challenge-result-streak]').textContent()).toContain('连续答对 2 题');
    expect(await page.locator('[data-testid=challenge-best]').textContent()).toContain('2');
    await shot('mobile-challenge');
    await page.goto(`${server!.url}/m`);
    await page.locator('[data-testid=task-challenge_quiz-progress]').waitFor();
    const earned = Number(challengeBefore!.split('/')[0]);
    await expect.poll(() => page.locator('[data-testid=task-challenge_quiz-progress]').textContent()).toBe(`${Math.min(6, earned + 2)}/6`);
    await page.locator('[data-testid=today-tasks]').scrollIntoViewIfNeeded();
    await shot('mobile-tasks');

    await page.getByText('积分明细').first().click();
    await page.waitForURL(/\/m\/points$/);
    await shot('mobile-points');
    await ctx.close();
    expect(pageErrors).toEqual([]);
  });
});
