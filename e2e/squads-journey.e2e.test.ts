import { existsSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { CHROMIUM, confirmAndSend, deskView, loginViaForm, PageWatch, phoneView, pickOption, journeyShots, startJourney, downloadBy } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e squads journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

type Client = Awaited<ReturnType<typeof httpLogin>>;

/** A valid 18-character ID number (GB 11643 check character) for a birth date, so the journey's people are its own. */
function idNumber(birth: string, seq: number): string {
  const body = `370202${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** The day in Asia/Shanghai, `days` from now. */
function shanghaiDay(days = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
}

/** Fills an antd DatePicker by typing the day into its input. */
async function fillDate(page: Page, selector: string, day: string) {
  const input = page.locator(selector);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(day);
}

describe.skipIf(!hasChromium)('squads journey: an admin forms a squad and sets a hard task, a member finishes the milestone on the phone with a photo, the task is accepted, the period closed, the ranking shows the squad', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  let desk: BrowserContext;
  let phone: BrowserContext;
  let admin: Page;
  let member: Page;
  const shot = journeyShots('squads');
  const pages = new PageWatch();
  let adminApi: Client;
  let agency = { id: 0, name: '' };
  const leader = { id: 0, name: '林先锋' };
  const young = { id: 0, name: '赵攻坚' };
  const squadName = '城市更新攻坚尖刀班';
  const taskTitle = '老旧小区改造攻坚';
  const milestoneTitle = '完成入户调查';
  let squadId = 0;
  let taskId = 0;
  let milestoneId = 0;
  let periodId = 0;

  beforeAll(async () => {
    const rig = await startJourney('squads');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;

    // The set-up goes through the API: two young cadres of the first agency's branch (their own people, free of any squad),
    // an account for one of them, the year's periods and the 比作为 rubric when the year has none yet.
    adminApi = await httpLogin(server.url, 'admin');
    const organiser = await ok((await httpLogin(server.url, 'orgadmin')).api.GET('/api/v1/auth/me'));
    const role = organiser.roles.find((r) => r.role === 'org_admin')!;
    agency = { id: role.orgId, name: role.orgName };
    const branchId = (await ok((await httpLogin(server.url, 'member')).api.GET('/api/v1/auth/me'))).roles.find((r) => r.role === 'member')!.orgId;
    const year = Number(shanghaiDay().slice(0, 4));
    for (const [i, p] of [leader, young].entries()) {
      const birth = `${year - 28 - i}-05-1${i}`;
      const created = await ok(
        adminApi.api.POST('/api/v1/people', { body: { name: p.name, gender: '男', birthDate: birth, idNumber: idNumber(birth, 11 + 2 * i), partyStatus: '正式党员', orgId: branchId, unit: agency.name, position: '科员' } }),
        201,
      );
      p.id = created.id;
    }
    const account = await ok(adminApi.api.POST('/api/v1/accounts', { body: { username: 'vanguard1', displayName: young.name, personId: young.id, role: 'member', orgId: branchId } }), 201);
    const first = await httpLogin(server.url, 'vanguard1', account.initialPassword);
    await ok(first.api.POST('/api/v1/auth/password', { body: { currentPassword: account.initialPassword, newPassword: 'Vanguard@2026' } }));

    const today = shanghaiDay();
    const setup = await ok(adminApi.api.GET('/api/v1/squads/scoring/years/{year}', { params: { path: { year } } }));
    if (!setup.periods.some((p) => p.startsOn <= today && today <= p.endsOn)) await ok(adminApi.api.POST('/api/v1/squads/scoring/years/{year}/periods', { params: { path: { year } } }));
    if (setup.criteria.length === 0) {
      await ok(
        adminApi.api.PUT('/api/v1/squads/scoring/years/{year}/rubric', {
          params: { path: { year } },
          body: { criteria: [{ name: '攻坚实效', weight: 2 }, { name: '群众评价' }, { name: '作风建设' }].map((c) => ({ description: '', weight: 1, ...c })) },
        }),
      );
    }
    const periods = await ok(adminApi.api.GET('/api/v1/squads/scoring/periods', { params: { query: { year } } }));
    const current = periods.items.find((p) => p.startsOn <= today && today <= p.endsOn)!;
    expect(current.status).toBe('open');
    periodId = current.id;

    desk = await browser.newContext(deskView);
    phone = await browser.newContext(phoneView);
    admin = pages.watch(await desk.newPage());
    member = pages.watch(await phone.newPage());
  }, 300_000);

  beforeEach(({ task, onTestFailed }) => onTestFailed(() => pages.explain(task)));

  afterAll(async () => {
    await close();
  });

  it('the admin forms a squad of the agency with its leader, and adds a young cadre to it', async () => {
    await loginViaForm(admin, server!.url, 'admin');
    await admin.goto(`${server!.url}/squads`);
    await admin.locator('[data-testid=squads-table]').waitFor();
    await admin.locator('[data-testid=squad-new]').click();
    const dialog = admin.locator('.ant-modal', { hasText: '组建尖刀班' });
    await dialog.locator('[data-testid=squad-name]').fill(squadName);
    await pickOption(admin, dialog.locator('.ant-select', { has: admin.locator('#orgId') }), agency.name, { type: agency.name, tree: true });
    await dialog.locator('#field').fill('城市更新');
    // The field's suggestions close when the focus moves on.
    await dialog.locator('#field').press('Tab');
    await expect.poll(() => admin.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await pickOption(admin, dialog.locator('[data-testid=squad-leader]'), leader.name, { type: leader.name });
    await dialog.locator('#mission').fill('聚焦老旧小区改造，打头阵、当先锋、抓落实。');
    await shot('squad-form', admin);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await admin.waitForURL(/\/squads\/\d+$/);
    squadId = Number(new URL(admin.url()).pathname.split('/').pop());
    await expect.poll(() => admin.locator('[data-testid=squad-profile]').textContent()).toContain(leader.name);

    await admin.getByRole('tab', { name: '队员' }).click();
    await admin.locator('[data-testid=member-add]').click();
    const add = admin.locator('.ant-modal', { hasText: '增加队员' });
    await pickOption(admin, add.locator('[data-testid=member-person]'), young.name, { type: young.name });
    await add.getByRole('button', { name: /保\s*存/ }).click();
    const members = admin.locator('[data-testid=members-table]');
    await expect.poll(() => members.textContent()).toContain(young.name);
    expect(await members.textContent()).toContain('在队');
    await shot('squad-members', admin);
  });

  it('the admin sets a hard task with a milestone, owned by the young cadre', async () => {
    await admin.getByRole('tab', { name: '攻坚任务' }).click();
    await admin.locator('[data-testid=task-new]').click();
    const dialog = admin.locator('.ant-modal', { hasText: '布置攻坚任务' });
    await dialog.locator('[data-testid=task-title]').fill(taskTitle);
    await fillDate(admin, '#dueOn', shanghaiDay(20));
    // A multiple select stays open after a choice. A click made while the list is still opening can be ignored
    // under load, so the option is clicked again until the select shows the name; a click on the title closes it.
    const owners = dialog.locator('[data-testid=task-owners]');
    await owners.click();
    const option = admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: young.name }).first();
    await expect
      .poll(async () => {
        if (!(await owners.textContent())?.includes(young.name)) await option.click({ timeout: 5_000 }).catch(() => {});
        return (await owners.textContent()) ?? '';
      }, { timeout: 30_000, interval: 500 })
      .toContain(young.name);
    await expect
      .poll(async () => {
        await dialog.locator('.ant-modal-title').click();
        return admin.locator('.ant-select-dropdown:visible').count();
      })
      .toBe(0);
    await dialog.locator('[data-testid=milestone-title-0]').fill(milestoneTitle);
    await fillDate(admin, '#milestones_0_dueOn', shanghaiDay(7));
    await shot('task-form', admin);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const open = admin.locator('[data-testid=tasks-col-open]');
    await expect.poll(() => open.textContent()).toContain(taskTitle);
    const tasks = await ok(adminApi.api.GET('/api/v1/squads/{id}/tasks', { params: { path: { id: squadId } } }));
    taskId = tasks.items[0].id;
    milestoneId = tasks.items[0].milestones[0].id;
    await shot('task-board', admin);
  });

  it('the member, on the phone, takes a photo for the milestone, marks it done and submits the task', async () => {
    await loginViaForm(member, server!.url, 'vanguard1');
    await member.goto(`${server!.url}/m/squad`);
    await expect.poll(() => member.locator('[data-testid=my-squad]').textContent()).toContain(squadName);
    await shot('phone-my-squad', member);
    await member.locator('[data-testid=my-squad-tasks]').click();
    const task = member.locator(`[data-testid=my-task-${taskId}]`);
    await expect.poll(() => task.textContent()).toContain(milestoneTitle);
    // The camera input: the phone's camera hands the page a photo, as a file chooser would.
    const camera = member.locator(`input[data-testid=ms-photo-${milestoneId}]`);
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await camera.getAttribute('accept')).toBe('image/*');
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#c8161d' } }).jpeg().toBuffer();
    await camera.setInputFiles({ name: '入户调查.jpg', mimeType: 'image/jpeg', buffer: photo });
    await member.locator(`[data-testid=ms-preview-${milestoneId}]`).waitFor();
    await shot('phone-photo', member);
    await member.locator(`[data-testid=ms-done-${milestoneId}]`).click();
    await expect.poll(() => task.locator(`[data-testid=milestone-${milestoneId}]`).textContent()).toContain('按时');
    await expect.poll(() => task.locator('img').count()).toBeGreaterThan(0);
    await member.locator(`[data-testid=my-task-submit-${taskId}]`).click();
    await expect.poll(() => task.textContent()).toContain('待验收');
    await shot('phone-submitted', member);
  });

  it('the admin sees the photo on the board and accepts the task', async () => {
    await admin.reload();
    const card = admin.locator(`[data-testid=task-${taskId}]`);
    await expect.poll(() => admin.locator('[data-testid=tasks-col-submitted]').textContent()).toContain(taskTitle);
    await expect.poll(() => card.locator('img').count()).toBeGreaterThan(0);
    await card.locator(`[data-testid=task-accept-${taskId}]`).click();
    await confirmAndSend(admin, '验收通过', `/api/v1/squad-tasks/${taskId}/accept`);
    const board = admin.locator('[data-testid=tasks-col-accepted]');
    await expect.poll(() => board.textContent()).toContain(taskTitle);
    expect(await card.textContent()).toContain('按时');
    await shot('task-accepted', admin);
  });

  it('the admin rates 比作为 beside the computed four, closes the period, and the ranking shows the squad', async () => {
    await admin.goto(`${server!.url}/squads/scoring?period=${periodId}`);
    const table = admin.locator('[data-testid=scoring-table]');
    await expect.poll(() => table.textContent()).toContain(squadName);
    await admin.locator(`[data-testid=rate-${squadId}]`).click();
    const drawer = admin.locator('.ant-drawer', { hasText: '比作为评分' });
    await drawer.locator('[data-testid=rating-computed]').waitFor();
    expect(await drawer.locator('[data-testid=rating-computed]').textContent()).toContain('比担当');
    for (let i = 1; i <= 3; i++) await drawer.locator(`input[data-testid=rating-score-${i}], [data-testid=rating-score-${i}] input`).fill(String(80 + i * 5));
    await shot('rating', admin);
    await drawer.locator('[data-testid=rating-save]').click();
    await expect.poll(() => drawer.count()).toBe(0);

    // The drill-down: the accepted task behind 比担当 and the rating behind 比作为.
    await admin.locator(`[data-testid=drill-${squadId}]`).click();
    const drill = admin.locator('.ant-drawer', { hasText: '得分依据' });
    await expect.poll(() => drill.textContent()).toContain(`任务 #${taskId}`);
    expect(await drill.textContent()).toContain('攻坚实效');
    await shot('drill-down', admin);
    await drill.locator('.ant-drawer-close').click();
    await expect.poll(() => drill.count()).toBe(0);

    await admin.locator('[data-testid=period-close]').click();
    await confirmAndSend(admin, '结算本周期', `/api/v1/squads/scoring/periods/${periodId}/close`);
    await expect.poll(() => admin.locator('[data-testid=period-close]').count()).toBe(0);

    await admin.goto(`${server!.url}/squads/ranking?period=${periodId}`);
    const ranking = admin.locator('[data-testid=ranking-table]');
    await expect.poll(() => ranking.textContent()).toContain(squadName);
    const frozen = await ok(adminApi.api.GET('/api/v1/squads/scoring/periods/{id}/ranking', { params: { path: { id: periodId }, query: {} } }));
    expect(frozen.live).toBe(false);
    const line = frozen.items.find((r) => r.squadId === squadId)!;
    expect(line.duty).toBeGreaterThan(0);
    expect(await ranking.locator('tr', { hasText: squadName }).textContent()).toContain(String(line.rank));
    await shot('ranking', admin);
    const download = await downloadBy(admin, admin.locator('[data-testid=ranking-export]'));
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // The big screen's board is public: a fresh browser context without a session shows the squad among the top.
    const screenContext = await browser!.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    const screen = pages.watch(await screenContext.newPage());
    await screen.goto(`${server!.url}/screen/squads`);
    await expect.poll(() => screen.locator('[data-testid=squads-board]').textContent()).toContain(squadName);
    await shot('big-screen', screen);
    await screenContext.close();

    await admin.goto(`${server!.url}/squads/${squadId}`);
    await admin.getByRole('tab', { name: /五比雷达/ }).click();
    await admin.locator('[data-testid=squad-radar] canvas').waitFor();
    await shot('radar', admin);

    await member.goto(`${server!.url}/m/squad`);
    await member.getByText('五比雷达').click();
    await member.locator('[data-testid=squad-radar] canvas').waitFor();
    await shot('phone-radar', member);
    expect(pages.pageErrors).toEqual([]);
  });
});
