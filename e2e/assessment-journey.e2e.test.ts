import { existsSync } from 'node:fs';
import dayjs from 'dayjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { CHROMIUM, clickUntilSent, confirmAndSend, deskView, journeyShots, loginViaForm, PageWatch, phoneView, pickOption, startJourney } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e assessment journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

describe.skipIf(!hasChromium)('assessment journey: an admin builds a two-level system in the editor and runs a 述职评议 round; a secretary submits the report, three raters vote on phones, the results appear with drill-down; an item appealed is answered', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  const shot = journeyShots('assessment');
  const pages = new PageWatch();
  let desk: Page;
  let secretary: Page;
  let roundId = 0;
  const roundName = '2020年度述职评议（旅程）';

  beforeAll(async () => {
    const rig = await startJourney('assessment');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;
    desk = pages.watch(await (await browser.newContext(deskView)).newPage());
    await loginViaForm(desk, server.url, 'admin');
  }, 300_000);

  beforeEach(({ task, onTestFailed }) => onTestFailed(() => pages.explain(task)));

  afterAll(async () => {
    await close();
  });

  it('builds 工作实绩 40 (学习完成, computed from a registered metric) and 述职评议 60 (现场评议, rated) in the editor; a level not adding up to 100 is refused with a message', async () => {
    await desk.goto(`${server!.url}/assessment/systems`);
    await desk.getByTestId('new-system').click();
    await desk.getByTestId('system-create-name').fill('支部书记述职评议（旅程）');
    await desk.getByRole('dialog').getByLabel('组织（机关党委/党支部）').check();
    await desk.getByTestId('system-create-ok').click();
    await desk.waitForURL(/\/assessment\/systems\/\d+$/);
    const systemId = Number(new URL(desk.url()).pathname.split('/').pop());

    // The new system's one 一级指标 becomes 工作实绩 at 40 %: the level adds up to 40, and saving is refused.
    await desk.getByTestId('node-k1-name').fill('工作实绩');
    await desk.getByTestId('node-k1-weight').fill('40');
    await expect.poll(() => desk.getByTestId('sum-top').textContent()).toBe('本级合计 40%，应为 100%');
    await desk.getByTestId('save-draft').click();
    await desk.getByTestId('sums-refused').waitFor();

    // Its 二级指标 学习完成, computed: completed reads, linear from 0 to 4.
    await desk.getByTestId('node-k1-add').click();
    await desk.getByTestId('node-k2-name').fill('学习完成');
    await desk.getByTestId('leaf-k2-type').getByText('计算指标').click();
    await pickOption(desk, desk.getByTestId('leaf-k2-metric'), /完成阅读/);
    await desk.getByTestId('leaf-k2-to').fill('4');
    // 述职评议 takes the remaining 60 %; its 二级指标 现场评议 stays a rated item (scored by the meeting's votes).
    await desk.getByTestId('add-top').click();
    await desk.getByTestId('node-k3-name').fill('述职评议');
    await desk.getByTestId('node-k3-add').click();
    await desk.getByTestId('node-k4-name').fill('现场评议');
    await expect.poll(() => desk.getByTestId('sum-top').textContent()).toBe('本级合计 100%');
    await expect.poll(() => desk.getByTestId('sums-refused').count()).toBe(0);
    await shot('system-editor', desk);
    await desk.getByTestId('publish').click();
    await confirmAndSend(desk, '发布新版本', `/api/v1/assessment/systems/${systemId}/publish`);
    await desk.getByTestId('version-1').waitFor();

    // The round over the first agency's branches comes from the API; it is started on its page.
    const admin = await httpLogin(server!.url, 'admin');
    const orgadmin = await ok((await httpLogin(server!.url, 'orgadmin')).api.GET('/api/v1/auth/me'));
    const agency = orgadmin.roles.find((r) => r.role === 'org_admin')!;
    const round = await ok(
      admin.api.POST('/api/v1/assessment/rounds', {
        body: { name: roundName, systemId, kind: 'annual', periodFrom: '2020-01-01', periodTo: '2020-12-31', scopeOrgId: agency.orgId, targetOrgKind: 'branch', minVotes: 3 } as never,
      }),
      201,
    );
    roundId = round.id;
    await desk.goto(`${server!.url}/assessment/rounds/${roundId}`);
    await desk.getByTestId('round-start').click();
    await confirmAndSend(desk, '开始考核', `/api/v1/assessment/rounds/${roundId}/start`);
    await expect.poll(() => desk.getByTestId('round-status').textContent()).toContain('进行中');
  }, 300_000);

  it('lets the branch secretary write and submit the 述职 report before the meeting', async () => {
    secretary = pages.watch(await (await browser!.newContext(deskView)).newPage());
    await loginViaForm(secretary, server!.url, 'secretary');
    await secretary.goto(`${server!.url}/assessment/mine`);
    const card = secretary.locator('.ant-card[data-testid^="report-"]', { hasText: roundName });
    await card.getByTestId('report-body').fill('一年来支部围绕党员队伍体系化建设，落实“三会一课”，开展主题党日12次；存在问题是青年党员参学不均衡，下一步将结合尖刀班推进。');
    await card.getByTestId('report-submit').click();
    await expect.poll(() => card.textContent()).toContain('已提交');
    await shot('report-submitted', secretary);
  }, 120_000);

  it('runs the meeting from the round page, takes three phones’ votes, and shows the results and a target’s drill-down', async () => {
    await desk.goto(`${server!.url}/assessment/rounds/${roundId}`);
    await expect.poll(() => desk.getByTestId('round-status').textContent()).toContain('进行中');
    // The committee reads the secretary's report before the meeting.
    await desk.getByTestId('reports-card').locator('[data-testid^="read-report-"]').click();
    await expect.poll(() => desk.getByTestId('report-text').textContent()).toContain('主题党日12次');
    await desk.keyboard.press('Escape');
    await desk.getByTestId('report-text').waitFor({ state: 'hidden' });

    // A rater group feeding 现场评议, its three voters, then the voting opens.
    await desk.getByTestId('add-group').click();
    await desk.getByTestId('group-name').fill('党员代表');
    await desk.getByTestId('group-code').fill('members');
    await pickOption(desk, desk.getByTestId('group-leaf'), /现场评议/);
    await clickUntilSent(desk, desk.getByTestId('group-ok'), `/api/v1/assessment/rounds/${roundId}/vote-groups`);
    await desk.getByTestId('add-voters-members').click();
    // A multiple select keeps its list open: each account is searched and picked, then the list is closed.
    const voters = desk.getByTestId('voters-accounts');
    await voters.click();
    for (const who of ['reviewer', 'secretary', 'member']) {
      await desk.keyboard.type(who);
      const option = desk.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `（${who}）` }).first();
      await expect.poll(async () => {
        if (!(await voters.textContent())?.includes(`（${who}）`)) await option.click({ timeout: 5_000 }).catch(() => {});
        return (await voters.textContent()) ?? '';
      }, { timeout: 30_000, interval: 500 }).toContain(`（${who}）`);
    }
    await desk.keyboard.press('Escape');
    await clickUntilSent(desk, desk.getByTestId('voters-ok'), `/api/v1/assessment/rounds/${roundId}/vote-groups/${await groupId()}/voters`);
    await expect.poll(() => desk.getByTestId('vote-groups').textContent()).toMatch(/党员代表.*现场评议.*3/);
    await desk.getByTestId('voting-open').click();
    await confirmAndSend(desk, '开始现场投票', `/api/v1/assessment/rounds/${roundId}/voting/open`);
    await expect.poll(() => desk.getByTestId('voting-state').textContent()).toBe('投票进行中');
    await shot('meeting-open', desk);

    // Three raters on phones: every target offered gets one vote (a voter's own branch is not offered), then the results screen.
    for (const who of ['reviewer', 'secretary', 'member']) {
      const phone = pages.watch(await (await browser!.newContext(phoneView)).newPage());
      await loginViaForm(phone, server!.url, who);
      await phone.goto(`${server!.url}/m/assessment/vote`);
      const targets = phone.locator('[data-testid^="vote-target-"]');
      await targets.first().waitFor();
      if (who === 'reviewer') {
        // A voter reads the submitted report from the ballot.
        await phone.locator('[data-testid^="report-of-"]').click();
        await expect.poll(() => phone.getByTestId('report-text').textContent()).toContain('主题党日12次');
        await phone.keyboard.press('Escape');
        await phone.getByTestId('report-text').waitFor({ state: 'hidden' });
      }
      const n = await targets.count();
      for (let i = 0; i < n; i++) {
        const row = targets.nth(i);
        const id = (await row.getAttribute('data-testid'))!.replace('vote-target-', '');
        await row.getByTestId(`vote-${id}-${i % 2 ? 'fairly_good' : 'good'}`).click();
        await confirmAndSend(phone, '确认投票', '/api/v1/me/assessment/votes');
        await expect.poll(() => row.textContent()).toContain('已投');
      }
      const w = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect(w.scroll).toBeLessThanOrEqual(w.view);
      await phone.locator('[data-testid^="see-results-"]').click();
      const results = phone.locator('[data-testid^="result-target-"]');
      await results.first().waitFor();
      if (who === 'member') {
        // All three voted on the other branches (3 ≥ the threshold); the member's own branch had one vote: no numbers.
        await expect.poll(() => phone.locator('[data-testid^="result-target-"]:has-text("3 票")').count()).toBeGreaterThan(0);
        await expect.poll(() => phone.getByTestId('not-enough').count()).toBe(1);
        await shot('phone-results', phone);
      }
      // One vote only: the ballot offers no buttons any more.
      await phone.getByRole('button', { name: '返回投票' }).click();
      await targets.first().waitFor();
      expect(await phone.locator('[data-testid^="vote-"][data-testid$="-good"]').count()).toBe(0);
      await phone.context().close();
    }

    // The committee closes the voting and the round; the results list every branch, a row opens the drill-down.
    await desk.reload();
    await expect.poll(() => desk.getByTestId('vote-aggregates').textContent()).toContain('3 票');
    await desk.getByTestId('voting-close').click();
    await confirmAndSend(desk, '结束投票', `/api/v1/assessment/rounds/${roundId}/voting/close`);
    await desk.getByTestId('round-close').click();
    await confirmAndSend(desk, '结束考核', `/api/v1/assessment/rounds/${roundId}/close`);
    await expect.poll(() => desk.getByTestId('round-status').textContent(), { timeout: 30_000 }).toContain('已结束');
    const rows = desk.getByTestId('results-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    await shot('results', desk);
    await rows.first().locator('a').click();
    await desk.waitForURL(/\/targets\/\d+$/);
    await expect.poll(() => desk.locator('body').textContent()).toContain('现场评议');
    await shot('drill-down', desk);
  }, 600_000);

  it('takes the secretary’s appeal of an item within the window and shows the committee’s changed score on both sides', async () => {
    // The committee opens the appeal window on the closed round: until the end of the day a week from now.
    await desk.goto(`${server!.url}/assessment/rounds/${roundId}`);
    await desk.getByTestId('round-meeting').click();
    const until = desk.locator('input#appealUntil');
    const day = dayjs().add(7, 'day').format('YYYY-MM-DD');
    await until.click();
    await until.fill(day);
    await until.press('Enter');
    await expect.poll(() => until.inputValue()).toBe(day);
    await clickUntilSent(desk, desk.getByTestId('meeting-ok'), `/api/v1/assessment/rounds/${roundId}/meeting`);
    await expect.poll(() => desk.getByTestId('round-appeal-until').textContent()).not.toBe('未设申诉期');

    // The secretary appeals the branch's 学习完成 score.
    await secretary.goto(`${server!.url}/assessment/mine`);
    await secretary.getByRole('tab', { name: '考核结果与申诉' }).click();
    const result = secretary.locator('[data-testid^="my-result-"]', { hasText: roundName });
    await result.getByTestId('appeal-k2').click();
    await secretary.getByTestId('appeal-reason').fill('支部2020年组织党员集中学习12次，线下学习未计入阅读记录，附签到表。');
    await clickUntilSent(secretary, secretary.getByTestId('appeal-ok'), '/api/v1/me/assessment/appeals');
    await expect.poll(() => result.textContent()).toContain('待答复');

    // The committee changes the score to 80 (confirmed), and the answer shows in the round's appeals.
    await desk.reload();
    const answer = desk.getByTestId('appeals-card').locator('[data-testid^="answer-appeal-"]');
    await answer.click();
    const appealId = (await answer.getAttribute('data-testid'))!.replace('answer-appeal-', '');
    await desk.locator('.ant-modal').getByText('改分', { exact: true }).click();
    await desk.getByTestId('answer-score').fill('80');
    await desk.getByTestId('answer-text').fill('经核实签到表，线下集中学习予以认定，学习完成改为80分。');
    await desk.getByTestId('answer-ok').click();
    await confirmAndSend(desk, '确认改分', `/api/v1/assessment/rounds/${roundId}/appeals/${appealId}/answer`);
    const card = desk.getByTestId('appeals-card');
    await card.getByText('全部', { exact: true }).click();
    await expect.poll(() => card.textContent()).toMatch(/已改分.*经核实签到表/);
    await shot('appeal-answered', desk);
    await secretary.reload();
    await secretary.getByRole('tab', { name: '考核结果与申诉' }).click();
    await expect.poll(() => secretary.locator('body').textContent()).toMatch(/已改分.*→ 80/);
    expect(pages.pageErrors).toEqual([]);
  }, 300_000);

  async function groupId(): Promise<number> {
    const admin = await httpLogin(server!.url, 'admin');
    const groups = await ok(admin.api.GET('/api/v1/assessment/rounds/{id}/vote-groups', { params: { path: { id: roundId } } }));
    return groups.items[0].id;
  }
});
