import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { artifactsDir, CHROMIUM, loginViaForm, phoneView, deskView, PageWatch, startJourney } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`\n!! e2e live contest SKIPPED: no Chromium at ${CHROMIUM}\n`);

const questions = [
  { type: 'single' as const, stem: '现场赛第一题：中国共产党成立于哪一年？', options: ['1919年', '1921年', '1927年', '1949年'], answer: ['B'], right: '1921年', wrong: '1927年' },
  { type: 'single' as const, stem: '现场赛第二题：党的根本宗旨是什么？', options: ['全心全意为人民服务', '实事求是', '群众路线', '独立自主'], answer: ['A'], right: '全心全意为人民服务', wrong: '群众路线' },
  { type: 'judge' as const, stem: '现场赛第三题：五四运动源起青岛。', options: [], answer: ['true'], right: '正确', wrong: '错误' },
];

describe.skipIf(!hasChromium)('live contest: a host, three phones and the big screen play three questions', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  const contexts: BrowserContext[] = [];
  let host: Page;
  let screen: Page;
  const phones: Page[] = [];
  const names: string[] = [];
  let roundId = 0;
  let code = '';
  const onlineName = '青年理论线上答题赛';
  const watch = new PageWatch();
  const pageErrors = watch.pageErrors;
  const dir = resolve(artifactsDir, 'contests');
  let n = 0;
  const shot = async (name: string, page: Page) => {
    n += 1;
    // The big screen is a fixed full-window layer: a viewport shot, after its entry animation.
    if (page === screen) await page.waitForTimeout(1500);
    await page.screenshot({ path: resolve(dir, `${String(n).padStart(2, '0')}-${name}.png`), fullPage: page !== screen });
  };
  const newPage = async (phone: boolean) => {
    const ctx = await browser!.newContext(phone ? phoneView : deskView);
    contexts.push(ctx);
    const page = await ctx.newPage();
    watch.watch(page);
    return page;
  };

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const rig = await startJourney('contest');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;

    const organiser = await httpLogin(server.url, 'orgadmin');
    const me = await ok(organiser.api.GET('/api/v1/auth/me'));
    const agencyId = me.roles.find((r) => r.role === 'org_admin')!.orgId;
    const ids: number[] = [];
    for (const { right: _r, wrong: _w, ...q } of questions) ids.push((await ok(organiser.api.POST('/api/v1/learning/questions', { body: { ...q, orgId: agencyId } }), 201)).id);
    const contest = await ok(
      organiser.api.POST('/api/v1/contests', {
        body: {
          name: '学思想强党性共奋斗知识挑战赛',
          orgId: agencyId,
          questionSource: { kind: 'fixed', questionIds: ids },
          awardRule: { kind: 'count', gold: 1, silver: 1, bronze: 1 },
          rounds: [{ name: '现场决赛', kind: 'live', secondsPerQuestion: 30 }],
        },
      }),
      201,
    );
    roundId = contest.rounds[0].id;
    if (!contest.rounds[0].code) throw new Error('a live round has a join code');
    code = contest.rounds[0].code;
    // An online (限时窗口) round open now, for a member to play on the phone from the contest home.
    const now = Date.now();
    await ok(
      organiser.api.POST('/api/v1/contests', {
        body: {
          name: onlineName,
          orgId: agencyId,
          questionSource: { kind: 'fixed', questionIds: ids },
          rounds: [{ name: '线上初赛', kind: 'async', secondsPerQuestion: 60, opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3 * 3600_000).toISOString() }],
        },
      }),
      201,
    );

    // A third player: an account for someone of the agency without one, with the demo password set.
    const people = await ok(organiser.api.GET('/api/v1/people', { params: { query: { orgId: agencyId, pageSize: 50 } } }));
    const taken = new Set<number>();
    for (const u of ['member', 'secretary']) {
      const c = await httpLogin(server.url, u);
      const who = await ok(c.api.GET('/api/v1/auth/me'));
      if (who.personId) taken.add(who.personId);
      names.push(who.displayName);
    }
    const person = people.items.find((p) => !taken.has(p.id))!;
    const created = await ok(organiser.api.POST('/api/v1/accounts', { body: { username: 'player3', displayName: person.name, personId: person.id, role: 'member', orgId: person.orgId } }), 201);
    const first = await httpLogin(server.url, 'player3', created.initialPassword);
    await ok(first.api.POST('/api/v1/auth/password', { body: { currentPassword: created.initialPassword, newPassword: 'Vanguard@2026' } }));
    names.push(person.name);
  }, 300_000);

  beforeEach(({ task, onTestFailed }) => onTestFailed(() => watch.explain(task)));

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await close();
  });

  // Each step drives several browsers (logins, sockets) at once; on a loaded machine one minute is not enough.
  const step = 180_000;

  it('the host opens the lobby, the big screen shows the code, three phones join (by code and by the QR link)', async () => {
    host = await newPage(false);
    await loginViaForm(host, server!.url, 'orgadmin');
    await host.goto(`${server!.url}/contests/rounds/${roundId}/console`);
    await host.locator('[data-testid=host-open]').click();
    await expect.poll(() => host.locator('[data-testid=host-phase]').textContent()).toBe('候场');
    // The join code reads as six digits, with no thousands separator.
    await expect.poll(() => host.locator('[data-testid=host-code]').textContent()).toBe(code);

    screen = await newPage(false);
    await loginViaForm(screen, server!.url, 'orgadmin');
    await screen.goto(`${server!.url}/screen/contest/${code}`);
    await expect.poll(() => screen.locator('[data-testid=screen-code]').textContent()).toBe(code);

    for (const [i, user] of ['member', 'secretary', 'player3'].entries()) {
      const phone = await newPage(true);
      phones.push(phone);
      await loginViaForm(phone, server!.url, user);
      if (i === 0) {
        await phone.goto(`${server!.url}/m/contest`);
        await phone.locator('[data-testid=contest-code]').fill(code);
        await phone.locator('button[type=submit]').click();
      } else {
        await phone.goto(`${server!.url}/m/contest/${code}`);
      }
      await phone.locator('[data-testid=contest-waiting]').waitFor();
    }
    await shot('phone-waiting-room', phones[0]);
    await expect.poll(() => screen.locator('[data-testid=screen-players]').textContent(), { timeout: 15_000 }).toContain('3');
    await shot('screen-lobby', screen);
    await shot('host-lobby', host);
  }, step);

  it('three questions: the stem reaches every phone, answers are acknowledged, the reveal shows results and the top 10', async () => {
    for (const [qi, q] of questions.entries()) {
      await host.locator(`[data-testid=${qi === 0 ? 'host-start' : 'host-next'}]`).click();
      for (const phone of phones) await expect.poll(() => phone.locator('[data-testid=contest-stem]').textContent(), { timeout: 15_000 }).toBe(q.stem);
      await expect.poll(() => screen.locator('[data-testid=screen-stem]').textContent(), { timeout: 15_000 }).toBe(q.stem);
      // Player 1 always right, player 2 right on the first question only, player 3 always wrong.
      const picks = [q.right, qi === 0 ? q.right : q.wrong, q.wrong];
      for (const [pi, phone] of phones.entries()) {
        await phone.locator('[data-testid=contest-option]', { hasText: picks[pi] }).click();
        await phone.locator('[data-testid=contest-ack]').waitFor();
      }
      if (qi === 0) await shot('phone-acknowledged', phones[0]);
      await expect.poll(() => host.locator('[data-testid=host-stem]').textContent()).toBe(q.stem);
      await shot(`screen-question-${qi + 1}`, screen);
      if (qi === 0) await shot('host-question', host);
      await host.locator('[data-testid=host-reveal]').click();
      for (const phone of phones) await phone.locator('[data-testid=contest-result]').waitFor();
      expect(await phones[0].locator('[data-testid=contest-result]').textContent()).toContain('回答正确');
      // Options are shuffled per phone while the host reads the big screen's letters: the reveal names the answer in words.
      for (const phone of phones) expect(await phone.locator('[data-testid=contest-correct-text]').textContent()).toContain(q.right);
      if (q.type === 'single') expect(await phones[2].locator('[data-testid=contest-correct-text]').textContent()).toContain(`大屏选项 ${q.answer[0]}`);
      expect(await phones[2].locator('[data-testid=contest-result]').textContent()).toContain('回答错误');
      await screen.locator('[data-testid=contest-ranking]').waitFor();
      await shot(`screen-reveal-${qi + 1}`, screen);
      if (qi === 0) await shot('phone-result', phones[2]);
    }
  }, step);

  it('the host ends the contest: phones show their final rank, the big screen the final ranking', async () => {
    // The confirmation's OK can lose a click during its opening animation: ask again until the contest has ended.
    await expect
      .poll(async () => {
        const phase = await host.locator('[data-testid=host-phase]').textContent();
        if (phase === '已结束') return phase;
        const confirm = host.locator('.ant-popconfirm:visible .ant-btn-primary');
        if (await confirm.count()) await confirm.click({ timeout: 2_000 }).catch(() => {});
        else await host.locator('[data-testid=host-end]').click({ timeout: 2_000 }).catch(() => {});
        return phase;
      }, { timeout: 30_000, interval: 1_000 })
      .toBe('已结束');
    for (const phone of phones) await phone.locator('[data-testid=contest-final]').waitFor();
    expect(await phones[0].locator('[data-testid=contest-final]').textContent()).toMatch(/第 1\/3 名/);
    expect(await phones[2].locator('[data-testid=contest-final]').textContent()).toMatch(/第 3\/3 名/);
    await phones[0].locator('[data-testid=contest-certificate]').waitFor();
    await shot('phone-final-award', phones[0]);
    const ranking = screen.locator('[data-testid=contest-ranking]');
    await expect.poll(() => ranking.textContent(), { timeout: 15_000 }).toContain('最终排名');
    const rows = await ranking.locator('.vg-contest-row').allTextContents();
    expect(rows.map((r) => r.replace(/\d+/g, '').trim())).toEqual(names.map((x) => x.trim()));
    await shot('screen-final-ranking', screen);
    await host.goto(`${server!.url}/contests/rounds/${roundId}/results`);
    await host.locator('[data-testid=results-individuals]').waitFor();
    await shot('host-results', host);
    // The final result stays on a reload: the phone that played resumes its seat, a new tab reads it back from the server.
    await phones[0].reload();
    await expect.poll(() => phones[0].locator('[data-testid=contest-final]').textContent(), { timeout: 15_000 }).toMatch(/第 1\/3 名/);
    const again = await newPage(true);
    await loginViaForm(again, server!.url, 'secretary');
    await again.goto(`${server!.url}/m/contest/${code}`);
    await expect.poll(() => again.locator('[data-testid=contest-final]').textContent(), { timeout: 15_000 }).toMatch(/第 2\/3 名/);
    await shot('phone-final-read-back', again);
    expect(pageErrors).toEqual([]);
  }, step);

  it('a wrong code says so in words, with a retry and the way back to the contest home', async () => {
    const phone = await newPage(true);
    await loginViaForm(phone, server!.url, 'player3');
    await phone.goto(`${server!.url}/m/contest`);
    await phone.locator('[data-testid=contest-code]').fill(code === '000000' ? '000001' : '000000');
    await phone.locator('button[type=submit]').click();
    await expect.poll(() => phone.locator('[data-testid=contest-refused]').textContent(), { timeout: 15_000 }).toContain('参赛码不存在');
    expect(await phone.locator('body').textContent()).not.toContain('not_found');
    await phone.locator('[data-testid=contest-retry]').waitFor();
    await shot('phone-wrong-code', phone);
    await phone.locator('[data-testid=contest-home-link]').click();
    await phone.locator('[data-testid=contest-home]').waitFor();
    expect(new URL(phone.url()).pathname).toBe('/m/contest');
    expect(pageErrors).toEqual([]);
  }, step);

  it('a member plays an online round from the contest home to the result, and a reload still shows it', async () => {
    const phone = await newPage(true);
    await loginViaForm(phone, server!.url, 'member');
    await phone.goto(`${server!.url}/m/contest`);
    const round = phone.locator('[data-testid=contest-open-round]', { hasText: onlineName });
    await round.waitFor();
    expect(await round.textContent()).toContain('每题限时 60 秒');
    await shot('phone-contest-home', phone);
    await round.locator('[data-testid=contest-play]').click();
    await phone.locator('[data-testid=contest-start]').click();
    for (let i = 0; i < questions.length; i++) {
      const stem = phone.locator('[data-testid=contest-stem]');
      await expect.poll(() => stem.textContent(), { timeout: 15_000 }).toMatch(/现场赛第.题/);
      const text = await stem.textContent();
      const q = questions.find((x) => x.stem === text)!;
      if (i === 0) {
        await phone.locator('[data-testid=contest-countdown]').waitFor();
        await shot('phone-online-question', phone);
      }
      await phone.locator('[data-testid=contest-option]', { hasText: q.right }).click();
      // The next question (or the result) replaces this one.
      await expect.poll(async () => (await phone.locator('[data-testid=contest-online-result]').count()) > 0 || (await stem.textContent()) !== text, { timeout: 15_000 }).toBe(true);
    }
    const result = phone.locator('[data-testid=contest-online-result]');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toMatch(/作答 3\/3 题.*第 1\/1 名/);
    await shot('phone-online-result', phone);
    await phone.reload();
    await expect.poll(() => phone.locator('[data-testid=contest-online-result]').textContent(), { timeout: 15_000 }).toMatch(/作答 3\/3 题.*第 1\/1 名/);
    await phone.locator('[data-testid=contest-home-link]').click();
    await expect.poll(() => phone.locator('[data-testid=contest-my-result]', { hasText: onlineName }).textContent(), { timeout: 15_000 }).toContain('答对 3/3 题');
    expect(pageErrors).toEqual([]);
  }, step);

  it('双人对战: two members tap it on their phones, are matched, answer every question and both see the final ranking', async () => {
    const [a, b] = [await newPage(true), await newPage(true)];
    await loginViaForm(a, server!.url, 'member');
    await loginViaForm(b, server!.url, 'secretary');
    await a.goto(`${server!.url}/m/contest`);
    await a.locator('[data-testid=match-duel]').click();
    // Alone in the queue: the phone says who waits and counts down.
    await expect.poll(() => a.locator('[data-testid=match-waiting]').textContent(), { timeout: 15_000 }).toContain(names[0]);
    expect(await a.locator('[data-testid=match-countdown]').textContent()).toMatch(/\d+ 秒后停止匹配/);
    await shot('phone-match-queue', a);
    await b.goto(`${server!.url}/m/contest`);
    await b.locator('[data-testid=match-duel]').click();
    const startedAt = Date.now();
    for (const phone of [a, b]) await phone.locator('[data-testid=contest-stem]').waitFor({ timeout: 20_000 });
    // Matched within seconds (the first question follows the “matched” notice after 3 s).
    expect(Date.now() - startedAt).toBeLessThan(15_000);

    const card = (phone: Page) => phone.locator('.ant-card-head-title', { hasText: /^第 \d+\/\d+ 题$/ });
    const total = Number((await card(a).textContent())!.match(/\/(\d+)/)![1]);
    expect(total).toBeGreaterThan(0);
    for (let i = 1; i <= total; i++) {
      const stems: string[] = [];
      for (const [k, phone] of [a, b].entries()) {
        await expect.poll(() => card(phone).textContent(), { timeout: 30_000 }).toBe(`第 ${i}/${total} 题`);
        stems.push((await phone.locator('[data-testid=contest-stem]').textContent())!);
        // Phone A picks the first option it shows, phone B the last one (options are shuffled per phone).
        const options = phone.locator('[data-testid=contest-option]');
        if (await options.count()) await options.nth(k === 0 ? 0 : (await options.count()) - 1).click();
        else {
          await phone.locator('.ant-checkbox-wrapper').first().click();
          await phone.getByRole('button', { name: '提交' }).click();
        }
      }
      // The same question on both phones; both see the answer and the standings once both have answered.
      expect(stems[0]).toBe(stems[1]);
      for (const phone of [a, b]) await phone.locator('[data-testid=contest-result]').waitFor({ timeout: 30_000 });
      for (const phone of [a, b]) await expect.poll(() => phone.locator('[data-testid=match-standings] [data-testid=match-row]').count(), { timeout: 15_000 }).toBe(2);
      if (i === 1) await shot('phone-match-result', b);
    }
    const places: number[] = [];
    for (const [k, phone] of [a, b].entries()) {
      const final = phone.locator('[data-testid=match-final]');
      await final.waitFor({ timeout: 30_000 });
      const place = Number((await final.textContent())!.match(/第 (\d)\/2 名/)![1]);
      places.push(place);
      // The ranking lists both members, each at the place their own phone shows.
      const rows = await phone.locator('[data-testid=match-ranking] [data-testid=match-row]').allTextContents();
      expect(rows).toHaveLength(2);
      expect(rows.find((r) => r.includes(names[k]))).toMatch(new RegExp(`^${place}`));
      expect(rows.some((r) => r.includes(names[1 - k]))).toBe(true);
    }
    expect(places.sort()).toEqual(expect.arrayContaining([1]));
    await shot('phone-match-final', a);
    // The contest home lists the match among my matches.
    await b.locator('[data-testid=contest-home-link]').click();
    await expect.poll(() => b.locator('[data-testid=match-result]').first().textContent(), { timeout: 15_000 }).toContain(names[0]);
    expect(await b.locator('[data-testid=match-result]').first().textContent()).toContain('双人对战');
    await shot('phone-my-matches', b);
    expect(pageErrors).toEqual([]);
  }, step);
});
