import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { artifactsDir, CHROMIUM, deskView, loginViaForm, PageWatch, phoneView, repoRoot, startJourney } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e cockpit journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

type Client = Awaited<ReturnType<typeof httpLogin>>;
type Text = { zh: string; en: string };
interface FiguresAnswer {
  scope: { orgId: number; orgName: string };
  items: { name: string; label: Text; unit: string | null; groupBy: string[]; drillDown: boolean; additive: boolean; value: number | null }[];
  caseFigures: { code: string; label: Text; caseValue: number; unit: string | null; metric: string | null; value: number | null }[];
}
interface Breakdown {
  items: { key: string; label: string; orgId: number | null; value: number }[];
}

async function getJson<T>(client: Client, path: string): Promise<T> {
  const res = await client.get(path);
  const text = await res.text();
  expect(res.status, `GET ${path}: ${text}`).toBe(200);
  return JSON.parse(text) as T;
}

/** This year in Asia/Shanghai, as the cockpit asks for it by default. */
function thisYear() {
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
  return `from=${encodeURIComponent(`${year}-01-01T00:00:00+08:00`)}&to=${encodeURIComponent(`${Number(year) + 1}-01-01T00:00:00+08:00`)}`;
}

/** The number as the page prints it (zh-CN grouping, at most one decimal). */
const shown = (v: number) => v.toLocaleString('zh-CN', { maximumFractionDigits: 1 });

/** The big-screen picture is kept under .tmp/ (and beside the other journeys' screenshots). */
const tmpShots = resolve(repoRoot, '.tmp/e2e-cockpit');
const artShots = resolve(artifactsDir, 'cockpit');

async function shot(page: Page, name: string) {
  mkdirSync(tmpShots, { recursive: true });
  mkdirSync(artShots, { recursive: true });
  const file = resolve(tmpShots, `${name}.png`);
  await page.screenshot({ path: file });
  copyFileSync(file, resolve(artShots, `${name}.png`));
}

describe.skipIf(!hasChromium)('cockpit journey: the committee and an agency see their own figures, a number opens its records, the big screen runs for hours', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  let adminApi: Client;
  let orgApi: Client;
  let city: FiguresAnswer;
  const pages = new PageWatch();

  beforeAll(async () => {
    rmSync(tmpShots, { recursive: true, force: true });
    rmSync(artShots, { recursive: true, force: true });
    const rig = await startJourney('cockpit');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;
    adminApi = await httpLogin(server.url, 'admin');
    orgApi = await httpLogin(server.url, 'orgadmin');
    city = await getJson<FiguresAnswer>(adminApi, `/api/v1/figures?${thisYear()}`);
  }, 300_000);

  beforeEach(({ task, onTestFailed }) => onTestFailed(() => pages.explain(task)));

  afterAll(async () => {
    await close();
  });

  async function deskPage(username: string, view: { viewport: { width: number; height: number }; locale: string } = deskView) {
    const context = await browser!.newContext(view);
    const page = pages.watch(await context.newPage());
    await loginViaForm(page, server!.url, username);
    return page;
  }

  it('admin: the committee cockpit shows every case figure beside the case, then the four threes', async () => {
    const page = await deskPage('admin');
    await page.goto(`${server!.url}/cockpit`);
    await page.locator('[data-testid=case-figures]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=cockpit-page]').isVisible()).toBe(true);
    expect(await page.locator('.vg-page-head').innerText()).toContain(city.scope.orgName);
    expect(city.caseFigures.length).toBeGreaterThan(0);
    for (const f of city.caseFigures) {
      const card = page.locator(`[data-testid="case-figure-${f.code}"]`);
      const text = await card.innerText();
      expect(text).toContain(f.label.zh);
      expect(text).toContain(`案例：${shown(f.caseValue)}`);
      if (f.metric == null) {
        // Not installed: the words, never a number of our own.
        expect(await card.locator(`[data-testid="case-figure-off-${f.code}"]`).innerText()).toBe('未启用');
        expect(await card.locator('[data-testid^=figure-value-]').count()).toBe(0);
      } else {
        expect(await card.locator(`[data-testid="figure-value-${f.metric}"]`).innerText()).toContain(f.value == null ? '—' : shown(f.value));
      }
    }
    // Every org figure sits under one of the four threes, with its value.
    for (const f of city.items) {
      const tile = page.locator(`[data-testid="figure-${f.name}"]`);
      await tile.waitFor();
      expect(await tile.locator(`[data-testid="figure-value-${f.name}"]`).innerText()).toContain(f.value == null ? '—' : shown(f.value));
    }
    expect(await page.locator('[data-testid^=cockpit-theme-]').count()).toBeGreaterThan(0);
    await shot(page, 'cockpit-admin');
    await page.context().close();
  });

  it('admin: a number opens the records behind it, as many as it counts, exportable to Excel', async () => {
    const figure = city.items.find((f) => f.drillDown && f.additive && f.unit !== '%' && (f.value ?? 0) > 0);
    expect(figure, 'a figure with records in the demo city').toBeDefined();
    const records = await getJson<{ total: number }>(adminApi, `/api/v1/figures/${figure!.name}/records?${thisYear()}&page=1&pageSize=1`);
    const page = await deskPage('admin');
    await page.goto(`${server!.url}/cockpit`);
    const number = page.locator(`[data-testid="figure-${figure!.name}"] [data-testid="figure-value-${figure!.name}"]`);
    await number.waitFor({ timeout: 60_000 });
    await number.click();
    const table = page.locator('[data-testid=cockpit-records]');
    await table.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.ant-drawer .ant-pagination-total-text').innerText(), { timeout: 30_000 }).toBe(`共 ${records.total} 条`);
    expect(await table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('[data-testid=cockpit-records-export]').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await shot(page, 'cockpit-records');
    await page.context().close();
  });

  it('org admin: the agency cockpit shows its own scope, and no other agency in any ranking', async () => {
    const own = await getJson<FiguresAnswer>(orgApi, `/api/v1/figures?${thisYear()}`);
    expect(own.scope.orgId).not.toBe(city.scope.orgId);
    const ranked = city.items.find((f) => f.groupBy.includes('org'));
    expect(ranked, 'a figure ranked by organisation').toBeDefined();
    const agencies = await getJson<Breakdown>(adminApi, `/api/v1/figures/${ranked!.name}/breakdown?${thisYear()}&by=org`);
    // (An agency whose name is part of the caller's own could not be told apart in the text, so it is not looked for.)
    const others = agencies.items.filter((a) => a.orgId !== own.scope.orgId && !own.scope.orgName.includes(a.label));
    expect(others.length).toBeGreaterThan(0);
    // Another agency is out of reach through the API too.
    expect((await orgApi.get(`/api/v1/figures?orgId=${others[0].orgId}`)).status).toBe(404);

    const page = await deskPage('orgadmin');
    await page.goto(`${server!.url}/cockpit`);
    await page.locator('[data-testid=case-figures]').waitFor({ timeout: 60_000 });
    const head = await page.locator('.vg-page-head').innerText();
    expect(head).toContain(own.scope.orgName);
    expect(head).not.toContain(city.scope.orgName);
    await page.locator(`[data-testid="figure-rank-${ranked!.name}"]`).click();
    const ranking = page.locator('[data-testid=cockpit-ranking]');
    await ranking.waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await ranking.locator('.ant-spin-spinning').count()) === 0, { timeout: 30_000 }).toBe(true);
    const text = await ranking.innerText();
    for (const other of others) expect(text).not.toContain(other.label);
    await shot(page, 'cockpit-orgadmin');
    await page.context().close();
  });

  it('org admin: the city-wide exam and activity appear marked 市级, read-only, with their own people only', async () => {
    const send = async <T,>(client: Client, path: string, body: unknown = {}) => {
      const res = await client.call(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
      const text = await res.text();
      expect(res.status, `POST ${path}: ${text}`).toBeLessThan(300);
      return JSON.parse(text) as T;
    };
    // The committee holds an exam and a lecture for the whole city; the agency's member sits the one and signs up for the other.
    const rootId = city.scope.orgId;
    const q = await send<{ id: number }>(adminApi, '/api/v1/learning/questions', { type: 'single', options: ['甲', '乙'], answer: ['A'], stem: '全市机关青年理论测试题', tags: ['全市'], difficulty: 1, orgId: rootId });
    const exam = await send<{ id: number; title: string }>(adminApi, '/api/v1/learning/exams', { title: '全市机关青年理论测试', orgId: rootId, timeLimitMinutes: 30, sections: [{ questionIds: [q.id], points: 100 }] });
    const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
    const activity = await send<{ id: number; title: string }>(adminApi, '/api/v1/activities', { typeCode: 'lecture', title: '全市机关青年理论宣讲会', orgId: rootId, startsAt: inHours(24), endsAt: inHours(26) });
    const memberApi = await httpLogin(server!.url, 'member');
    const sitting = await send<{ attemptId: number }>(memberApi, `/api/v1/learning/me/exams/${exam.id}/start`);
    await send(memberApi, `/api/v1/learning/me/exam-attempts/${sitting.attemptId}/submit`, { answers: [{ questionId: q.id, answer: ['A'] }] });
    await send(memberApi, `/api/v1/me/activities/${activity.id}/signup`);
    const own = await getJson<{ items: { name: string }[] }>(orgApi, `/api/v1/learning/exams/${exam.id}/results`);
    const ownStats = await getJson<{ notTaken: number }>(orgApi, `/api/v1/learning/exams/${exam.id}/statistics`);
    const cityStats = await getJson<{ notTaken: number }>(adminApi, `/api/v1/learning/exams/${exam.id}/statistics`);
    expect(own.items).toHaveLength(1);
    expect(ownStats.notTaken).toBeLessThan(cityStats.notTaken);

    const page = await deskPage('orgadmin');
    await page.goto(`${server!.url}/learning/exams`);
    const row = page.locator('.ant-table-row', { hasText: exam.title });
    await row.waitFor({ timeout: 60_000 });
    expect(await row.locator('[data-testid=origin-tag]').innerText()).toBe('市级');
    // Read-only: no way to close the committee's exam.
    expect(await row.getByText('结束考试').count()).toBe(0);
    await row.getByRole('link', { name: exam.title }).click();
    await page.locator('[data-testid=origin-note]').waitFor({ timeout: 30_000 });
    const results = page.locator('[data-testid=exam-results] .ant-table-row');
    await expect.poll(() => results.count(), { timeout: 30_000 }).toBe(1);
    expect(await results.first().innerText()).toContain(own.items[0].name);
    // The not-taken count is the agency's own people, not the city's.
    await expect.poll(() => page.locator('.ant-tabs-tab', { hasText: '未参加' }).innerText(), { timeout: 30_000 }).toContain(String(ownStats.notTaken));

    await page.goto(`${server!.url}/activities?q=${encodeURIComponent(activity.title)}`);
    const act = page.locator('.ant-table-row', { hasText: activity.title });
    await act.waitFor({ timeout: 60_000 });
    expect(await act.locator('[data-testid=origin-tag]').innerText()).toBe('市级');
    await act.getByText(activity.title).click();
    await page.locator('[data-testid=origin-note]').waitFor({ timeout: 30_000 });
    const signups = page.locator('[data-testid=activity-signups] .ant-table-row');
    await expect.poll(() => signups.count(), { timeout: 30_000 }).toBe(1);
    expect(await signups.first().innerText()).toContain(own.items[0].name);
    expect(await page.getByRole('button', { name: /编辑|取消活动/ }).count()).toBe(0);
    await shot(page, 'activity-orgadmin-city');
    await page.context().close();
  });

  it('a member sees their own figures on the phone home', async () => {
    const memberApi = await httpLogin(server!.url, 'member');
    const mine = await getJson<{ items: { name: string; label: Text; value: number }[] }>(memberApi, '/api/v1/figures/me');
    expect(mine.items.length).toBeGreaterThan(0);
    const context = await browser!.newContext(phoneView);
    const page = pages.watch(await context.newPage());
    await loginViaForm(page, server!.url, 'member');
    await page.goto(`${server!.url}/m`);
    const card = page.locator('[data-testid=my-figures]');
    await card.waitFor({ timeout: 60_000 });
    for (const f of mine.items) {
      const text = await card.locator(`[data-testid="my-figure-${f.name}"]`).innerText();
      expect(text).toContain(f.label.zh);
      expect(text).toContain(shown(f.value));
    }
    await shot(page, 'member-my-figures');
    await context.close();
  });

  it('the big screen at 1920×1080 shows every case figure without scrolling', async () => {
    const page = await deskPage('admin', { viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    await page.goto(`${server!.url}/screen/cockpit`);
    await page.locator('[data-testid=screen-counters]').waitFor({ timeout: 60_000 });
    for (const f of city.caseFigures) {
      const counter = page.locator(`[data-testid="screen-case-${f.code}"]`);
      await expect.poll(() => counter.isVisible(), { timeout: 30_000 }).toBe(true);
      const box = (await counter.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(1080);
      if (f.metric == null) expect(await page.locator(`[data-testid="screen-case-off-${f.code}"]`).innerText()).toBe('未启用');
      else expect(await page.locator(`[data-testid="screen-case-value-${f.code}"]`).innerText()).toContain(f.value == null ? '—' : shown(f.value));
    }
    // The map, the ranking, the trend and the rates are drawn; nothing scrolls.
    for (const id of ['screen-map-chart', 'screen-ranking-chart', 'screen-trend-chart']) await page.locator(`[data-testid="${id}"] canvas`).first().waitFor({ timeout: 30_000 });
    const overflow = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
    expect(overflow.w).toBeLessThanOrEqual(1920);
    expect(overflow.h).toBeLessThanOrEqual(1080);
    await page.waitForTimeout(1_500);
    await shot(page, 'cockpit-screen-1920x1080');
    await page.context().close();
  });

  it('the big screen refreshes itself, without reloading, when the server pushes a change', async () => {
    const page = await deskPage('admin', { viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(`${server!.url}/screen/cockpit`);
    await page.locator('[data-testid=screen-counters]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid=screen-mode]').innerText(), { timeout: 30_000 }).toBe('实时推送');
    const refreshes = () => page.evaluate(() => window.__vgCockpitScreen!.refreshes());
    const before = await refreshes();
    const figures = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/v1/figures', { timeout: 30_000 });
    // A write on a route shared by every module (an organisation's calendar address) may change any figure.
    const res = await adminApi.call(`/api/v1/orgs/${city.scope.orgId}/calendar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status, await res.text()).toBe(200);
    await figures;
    expect(await refreshes()).toBeGreaterThan(before);
    expect(loads).toBe(1);
    await page.context().close();
  });

  it('the big screen runs through many refresh cycles without adding charts, streams, timers or nodes', async () => {
    const context = await browser!.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    const page = pages.watch(await context.newPage());
    await loginViaForm(page, server!.url, 'admin');
    // With the stream refused the screen falls back to polling, whose cycles the fake clock can run through.
    await page.route('**/api/v1/figures/stream', (r) => r.fulfill({ status: 503, body: '' }));
    let inflight = 0;
    page.on('request', (r) => r.url().includes('/api/') && (inflight += 1));
    const settle = (r: { url(): string }) => r.url().includes('/api/') && (inflight -= 1);
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    const quiet = () => expect.poll(() => inflight, { timeout: 60_000, interval: 250 }).toBe(0);
    await page.clock.install();
    await page.goto(`${server!.url}/screen/cockpit`);
    await page.locator('[data-testid=screen-counters]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid=screen-mode]').innerText(), { timeout: 30_000 }).toBe('定时刷新');
    const stats = () =>
      page.evaluate(() => {
        const s = window.__vgCockpitScreen!;
        return { live: s.charts.live, created: s.charts.created, sources: s.stream.sources, timers: s.stream.timers, refreshes: s.refreshes(), nodes: document.getElementsByTagName('*').length, canvases: document.querySelectorAll('canvas').length };
      });
    // Every chart drawn and the first polling cycle done before the first count.
    for (const id of ['screen-rates-chart', 'screen-map-chart', 'screen-ranking-chart', 'screen-trend-chart']) await page.locator(`[data-testid=${id}] canvas`).first().waitFor({ timeout: 30_000 });
    await page.clock.runFor(35_000);
    await expect.poll(async () => (await stats()).refreshes, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await quiet();
    const first = await stats();
    expect(first.live).toBe(4);
    expect(first.canvases).toBeGreaterThanOrEqual(4);
    // 120 cycles of 30 s: an hour of polling.
    for (let i = 0; i < 120; i++) await page.clock.runFor(30_000);
    await expect.poll(async () => (await stats()).refreshes, { timeout: 60_000 }).toBeGreaterThanOrEqual(first.refreshes + 100);
    await page.clock.runFor(5_000);
    await quiet();
    const last = await stats();
    expect(last.live).toBe(first.live);
    expect(last.created).toBe(first.created);
    expect(last.canvases).toBe(first.canvases);
    expect(last.sources).toBeLessThanOrEqual(1);
    expect(last.timers).toBeLessThanOrEqual(first.timers);
    expect(Math.abs(last.nodes - first.nodes)).toBeLessThanOrEqual(20);
    // Leaving the screen releases every chart, stream and timer it held.
    await page.goto(`${server!.url}/cockpit`);
    await page.locator('[data-testid=cockpit-page]').waitFor({ timeout: 60_000 });
    expect(pages.pageErrors).toEqual([]);
    await context.close();
  });
});
