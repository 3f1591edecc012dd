import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { CHROMIUM, clickUntilSent, confirmAndSend, deskView, journeyShots, loginViaForm, PageWatch, phoneView, pickOption, startJourney } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e assessment journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

/** Two levels: 工作实绩 40 (学习完成, computed) and 述职评议 60 (the meeting's votes). */
const tree = [
  { key: 'work', name: '工作实绩', weight: 40, children: [{ key: 'reads', name: '学习完成', weight: 100, leaf: { type: 'computed', metric: 'content.reads_completed', scoring: { fn: 'linear', from: 0, to: 4 } } }] },
  { key: 'review', name: '述职评议', weight: 60, children: [{ key: 'vote', name: '现场评议', weight: 100, leaf: { type: 'rated', maxScore: 100, rubric: '好/较好/一般/差' } }] },
];

describe.skipIf(!hasChromium)('assessment journey: an admin sets up a 述职评议 round, three raters vote on phones, the results appear with drill-down', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  const shot = journeyShots('assessment');
  const pages = new PageWatch();
  let roundId = 0;

  beforeAll(async () => {
    const rig = await startJourney('assessment');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;
    // The system and the round come from the API (the editor has its own page tests); the meeting is run in the browser.
    const admin = await httpLogin(server.url, 'admin');
    const orgadmin = await ok((await httpLogin(server.url, 'orgadmin')).api.GET('/api/v1/auth/me'));
    const agency = orgadmin.roles.find((r) => r.role === 'org_admin')!;
    const system = await ok(admin.api.POST('/api/v1/assessment/systems', { body: { name: '支部书记述职评议（旅程）', description: '', targetKind: 'org', tree } as never }), 201);
    await ok(admin.api.POST('/api/v1/assessment/systems/{id}/publish', { params: { path: { id: system.id } } }));
    const round = await ok(
      admin.api.POST('/api/v1/assessment/rounds', {
        body: { name: '2020年度述职评议（旅程）', systemId: system.id, kind: 'annual', periodFrom: '2020-01-01', periodTo: '2020-12-31', scopeOrgId: agency.orgId, targetOrgKind: 'branch', minVotes: 3 } as never,
      }),
      201,
    );
    roundId = round.id;
    await ok(admin.api.POST('/api/v1/assessment/rounds/{id}/start', { params: { path: { id: roundId } } }));
  }, 300_000);

  afterAll(async () => {
    await close();
  });

  it('runs the meeting from the round page, takes three phones’ votes, and shows the results and a target’s drill-down', async () => {
    const desk = pages.watch(await (await browser!.newContext(deskView)).newPage());
    await loginViaForm(desk, server!.url, 'admin');
    await desk.goto(`${server!.url}/assessment/rounds/${roundId}`);
    await expect.poll(() => desk.getByTestId('round-status').textContent()).toContain('进行中');

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
    expect(pages.pageErrors).toEqual([]);
  }, 600_000);

  async function groupId(): Promise<number> {
    const admin = await httpLogin(server!.url, 'admin');
    const groups = await ok(admin.api.GET('/api/v1/assessment/rounds/{id}/vote-groups', { params: { path: { id: roundId } } }));
    return groups.items[0].id;
  }
});
