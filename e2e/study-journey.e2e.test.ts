import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ok } from '../test/api-client.js';
import { httpLogin, type ServerProcess } from '../test/server-process.js';
import { artifactsDir, CHROMIUM, loginViaForm, phoneView, deskView, pickOption, PageWatch, clickUntilSent, startJourney } from './support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n!!!!!!!!\n!! e2e study journey SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)\n!!!!!!!!\n`);
}

/** Screenshots in their own folder under artifacts/e2e, so the other journeys' pictures stay. */
function shots(page: () => Page) {
  const dir = resolve(artifactsDir, 'study-journey');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (name: string, which = page()) => {
    n += 1;
    await which.screenshot({ path: resolve(dir, `${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
}

describe.skipIf(!hasChromium)('study journey on a phone: sign up, scan the organiser’s QR code, finish a lesson, take the daily quiz, see the points', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let close = async () => {};
  let phone: BrowserContext;
  let desk: BrowserContext;
  let page: Page;
  const shot = shots(() => page);
  const watch = new PageWatch();
  const pageErrors = watch.pageErrors;
  let activityId = 0;
  let courseId = 0;
  let agencyName = '';
  let agencyId = 0;
  let examId = 0;

  beforeAll(async () => {
    const rig = await startJourney('study');
    server = rig.server;
    browser = rig.browser;
    close = rig.close;

    // The organiser's side of the set-up goes through the API: an activity starting soon (check-in opens an hour before),
    // a short video lesson in a required course for the agency, and five true/false questions for the daily quiz.
    const admin = await httpLogin(server.url, 'admin');
    const organiser = await httpLogin(server.url, 'orgadmin');
    const me = await ok(organiser.api.GET('/api/v1/auth/me'));
    agencyId = me.roles.find((r) => r.role === 'org_admin')!.orgId;
    agencyName = me.roles.find((r) => r.role === 'org_admin')!.orgName;
    const now = Date.now();
    const activity = await ok(
      organiser.api.POST('/api/v1/activities', {
        body: {
          typeCode: 'party_day',
          title: '主题党日：重温入党誓词',
          orgId: agencyId,
          venue: '机关党员活动室',
          startsAt: new Date(now + 20 * 60_000).toISOString(),
          endsAt: new Date(now + 3 * 3600_000).toISOString(),
          capacity: 50,
        },
      }),
      201,
    );
    activityId = activity.id;

    const video = await ok(
      organiser.api.POST('/api/v1/content', {
        body: { kind: 'video', title: '微视频：奔赴', body: '<p>青春之岛先锋队伍的奋斗故事。</p>', orgId: agencyId, videoUrl: 'https://video.example/benfu.mp4', durationSeconds: 5 },
      }),
      201,
    );
    const transition = { params: { path: { id: video.id } } };
    await ok(organiser.api.POST('/api/v1/content/{id}/transitions', { ...transition, body: { action: 'submit' } }));
    await ok(organiser.api.POST('/api/v1/content/{id}/transitions', { ...transition, body: { action: 'publish' } }));
    const course = await ok(organiser.api.POST('/api/v1/learning/courses', { body: { title: '机关青年必修课：奔赴', kind: 'required', orgId: agencyId, lessonIds: [video.id] } }), 201);
    courseId = course.id;
    await ok(organiser.api.PUT('/api/v1/learning/courses/{id}/assignments', { params: { path: { id: courseId } }, body: { orgId: agencyId, deadline: new Date(now + 30 * 86400_000).toISOString() } }));

    const [root] = (await ok(admin.api.GET('/api/v1/orgs/tree'))).nodes.filter((n) => n.parentId == null);
    for (const stem of ['五四运动源起青岛。', '“四个三”包括修好“三门课”。', '青年先锋队要有理想、敢担当、能吃苦、肯奋斗。', '“初心致远”是青年宣讲队。', '“青诉即办”平台解决民生诉求。']) {
      await ok(admin.api.POST('/api/v1/learning/questions', { body: { type: 'judge', stem, answer: ['正确'], tags: ['四个三'], explanation: '见“四个三”实践路径。', orgId: root.id } }), 201);
    }

    phone = await browser.newContext(phoneView);
    desk = await browser.newContext(deskView);
    page = await phone.newPage();
    watch.watch(page);
  }, 300_000);

  beforeEach(({ task, onTestFailed }) => onTestFailed(() => watch.explain(task)));

  afterAll(async () => {
    await close();
  });

  it('the member signs up for the activity on the phone', async () => {
    await loginViaForm(page, server!.url, 'member');
    await page.goto(`${server!.url}/m/activities`);
    const card = page.locator(`[data-testid=my-activity-${activityId}]`);
    await card.waitFor();
    await card.getByRole('button', { name: /报\s*名/ }).click();
    await expect.poll(() => card.textContent()).toContain('已报名');
    await shot('signed-up');
  });

  it('the organiser opens the QR screen and the member checks in with its token', async () => {
    const screen = await desk.newPage();
    watch.watch(screen);
    await loginViaForm(screen, server!.url, 'orgadmin');
    await screen.goto(`${server!.url}/activities/${activityId}/screen`);
    const qr = screen.locator('[data-testid=checkin-qr]');
    await qr.waitFor();
    const url = (await qr.getAttribute('data-checkin-url'))!;
    expect(url).toMatch(new RegExp(`^${server!.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/m/checkin\\?t=`));
    await shot('qr-screen', screen);

    await page.goto(url);
    const result = page.locator('[data-testid=checkin-result]');
    await result.waitFor();
    expect(await result.textContent()).toContain('签到成功');
    await shot('checked-in');
    await expect.poll(() => screen.locator('[data-testid=checkin-live-count]').textContent(), { timeout: 20_000 }).toMatch(/1/);
    await screen.close();
  });

  it('the member finishes the lesson of a required course through the reading heartbeat', async () => {
    await page.goto(`${server!.url}/m/study`);
    const course = page.locator(`[data-testid=my-course-${courseId}]`);
    await course.waitFor();
    expect(await course.textContent()).toContain('0/1');
    await shot('study-centre');
    await course.click();
    await page.locator('[data-testid=lesson-0]').click();
    await page.waitForURL(/\/m\/study\/lessons\//);
    await page.locator('[data-testid=lesson-progress]').waitFor();
    await shot('lesson-reading');
    // A 5 s video completes at 80 % watched: the second beat (15 s after the first) carries it over.
    await page.locator('[data-testid=lesson-done]').waitFor({ timeout: 45_000 });
    await shot('lesson-done');
    await page.getByRole('button', { name: '返回课程' }).click();
    await expect.poll(() => page.locator('[data-testid=course-lessons-done]').textContent()).toContain('1/1');
    await shot('course-complete');
  });

  it('the member takes the daily quiz one question at a time, sees each verdict and explanation at once, the points, then finds them on the points page', async () => {
    await page.goto(`${server!.url}/m/study`);
    // Spaced repetition: the study home says how many missed questions are due today (none yet: nothing was missed).
    const due = page.locator('[data-testid=reviews-due]');
    await expect.poll(async () => (await due.textContent())?.trim()).toBe('今日复习 0 题');
    await page.locator('[data-testid=link-quiz]').click();
    for (let i = 0; i < 5; i++) {
      const question = page.locator(`[data-testid=question-${i}]`);
      await question.waitFor();
      expect(await page.locator('[data-testid^=question-]').count()).toBe(1); // one question on screen
      expect(await page.locator('[data-testid=quiz-progress]').textContent()).toBe(`第 ${i + 1}/5 题`);
      await question.getByText('正确', { exact: true }).click();
      await page.locator('[data-testid=quiz-answer]').click();
      // The verdict, the right answer and the explanation come at once, before the next question.
      await expect.poll(() => page.locator('[data-testid=quiz-verdict]').textContent()).toBe('回答正确');
      const review = page.locator(`[data-testid=review-${i}]`);
      expect(await review.textContent()).toContain('正确答案：正确');
      expect(await review.textContent()).toContain('见“四个三”实践路径');
      if (i === 0) await shot('quiz-feedback');
      if (i === 2) {
        // A reload in the middle continues with the next question.
        await page.reload();
        await page.locator('[data-testid=question-3]').waitFor();
        expect(await page.locator('[data-testid=quiz-progress]').textContent()).toBe('第 4/5 题');
        continue;
      }
      const next = page.locator('[data-testid=quiz-next]');
      expect(await next.textContent()).toMatch(i === 4 ? /查看结果/ : /下一题/);
      await next.click();
    }
    await expect.poll(() => page.locator('[data-testid=quiz-score]').textContent()).toContain('5/5');
    await expect.poll(() => page.locator('[data-testid=quiz-points]').textContent()).toContain('+5');
    expect(await page.locator('[data-testid=review-0]').textContent()).toContain('见“四个三”实践路径');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await shot('quiz-result');
    // The result links to the wrong-answer book (empty: every answer was right).
    await page.locator('[data-testid=quiz-wrong-book]').click();
    await page.waitForURL(/\/m\/study\/wrong/);
    await page.getByText('错题本是空的').waitFor();

    await page.goto(`${server!.url}/m/points`);
    const quizRow = page.locator('.ant-list-item', { hasText: '每日答题' });
    await quizRow.first().waitFor();
    expect(await quizRow.first().textContent()).toContain('+5');
    await expect.poll(() => page.locator('.ant-list-item', { hasText: '参加活动' }).count()).toBeGreaterThan(0);
    await shot('points');
    expect(pageErrors).toEqual([]);
  });

  it('the member sits a timed exam: the server-driven countdown reaches 0, the paper is handed in, the mistake lands in the wrong-answer book', async () => {
    const [admin, organiser] = [await httpLogin(server!.url, 'admin'), await httpLogin(server!.url, 'orgadmin')];
    // The city's questions (the agency's exam may draw from its parents' banks).
    const questions = (await ok(admin.api.GET('/api/v1/learning/questions', { params: { query: { tag: '四个三' } } }))).items;
    // The exam closes 25 s from now, so the paper's deadline (time limit cut short by the closing time) comes quickly.
    // The pass mark is 18 of 30: one right answer (10) is 不合格, never a green tick.
    const exam = await ok(
      organiser.api.POST('/api/v1/learning/exams', {
        body: {
          title: '“四个三”知识测试', orgId: agencyId, timeLimitMinutes: 30, closesAt: new Date(Date.now() + 25_000).toISOString(), passScore: 18,
          sections: [{ title: '判断题', questionIds: questions.slice(0, 3).map((q) => q.id), points: 10 }],
        },
      }),
      201,
    );
    examId = exam.id;
    await page.goto(`${server!.url}/m/study/exams`);
    await page.locator(`[data-testid=exam-${exam.id}]`).click();
    const countdown = page.locator('[data-testid=exam-countdown]');
    await countdown.waitFor();
    const [mm, ss] = (await countdown.textContent())!.trim().split(':').map(Number);
    expect(mm * 60 + ss).toBeLessThanOrEqual(25);
    await page.locator('[data-testid=question-0]').getByText('错误', { exact: true }).click();
    await page.locator('[data-testid=question-1]').getByText('正确', { exact: true }).click();
    await shot('exam-running');
    const score = page.locator('[data-testid=exam-score]');
    await score.waitFor({ timeout: 45_000 });
    expect(await score.textContent()).toContain('10 / 30');
    const verdict = page.locator('[data-testid=exam-verdict]');
    expect(await verdict.textContent()).toBe(10 >= 18 ? '合格' : '不合格');
    expect(await verdict.getAttribute('data-passed')).toBe('false');
    expect(await page.locator('.ant-result-error').count()).toBe(1);
    expect(await page.locator('.ant-result-success').count()).toBe(0);
    await shot('exam-auto-submitted');

    await page.goto(`${server!.url}/m/study/wrong`);
    await expect.poll(() => page.locator('[data-testid=wrong-book] .ant-list-item').count()).toBe(1);
    await shot('wrong-book');
    await page.getByText('错题练习').click();
    await page.locator('[data-testid=question-0]').getByText('正确', { exact: true }).click();
    await page.locator('[data-testid=practice-check]').click();
    await page.getByText('回答正确').waitFor();
  });

  it('the organiser follows completion per organisation, drills down to who has not finished, and imports questions with a dry run', async () => {
    const admin = await desk.newPage();
    watch.watch(admin);
    await admin.goto(`${server!.url}/learning/courses/${courseId}`);
    await expect.poll(() => admin.locator('[data-testid=completion-rate]').textContent()).toMatch(/\d/);
    const children = admin.locator('[data-testid=completion-children] tbody tr.ant-table-row');
    await children.first().waitFor();
    await shot('course-completion', admin);
    // Drill into the first child organisation: everyone there but the member still has the lesson to do.
    const child = (await children.first().locator('td').first().textContent())!.trim();
    await children.first().locator('a').first().click();
    await expect.poll(() => admin.locator('.ant-breadcrumb').textContent()).toContain(child);
    await admin.locator('[data-testid=unfinished-table] tbody tr.ant-table-row').first().waitFor();
    await shot('course-unfinished', admin);

    await admin.goto(`${server!.url}/learning/questions/import`);
    await pickOption(admin, admin.locator('.ant-select', { has: admin.locator('#import-org') }), agencyName, { type: agencyName, tree: true });
    const gift = ['::甲:: 五四运动源起于哪座城市？{=青岛 ~北京 ~上海}', '::乙:: “初心致远”是青年宣讲队的名称。{T}', '::丙:: 组建“{=初心致远}”青年宣讲队。', '::丁:: 连线{ =甲 -> 1 =乙 -> 2 =丙 -> 3 }'].join('\n\n');
    // A file of no known format is refused with the reason on screen, not just "输入校验未通过".
    const dryRun = admin.locator('[data-testid=import-dry-run]');
    await admin.locator('input[type=file]').setInputFiles({ name: '题库.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(gift) });
    await admin.locator('.ant-upload-list-item-name', { hasText: '题库.docx' }).waitFor();
    await clickUntilSent(admin, dryRun, '/api/v1/learning/questions/import');
    await admin.locator('.ant-alert-error', { hasText: '无法从文件名判断格式' }).waitFor();
    await admin.locator('input[type=file]').setInputFiles({ name: '题库.gift', mimeType: 'text/plain', buffer: Buffer.from(gift) });
    await admin.locator('.ant-upload-list-item-name', { hasText: '题库.gift' }).waitFor();
    await clickUntilSent(admin, dryRun, '/api/v1/learning/questions/import');
    const report = admin.locator('[data-testid=import-report] tbody tr.ant-table-row');
    await report.first().waitFor();
    expect(await report.count()).toBe(4);
    expect((await report.allTextContents()).join('\n')).toContain('不支持的题型');
    await shot('import-dry-run', admin);
    await clickUntilSent(admin, admin.locator('[data-testid=import-apply]'), '/api/v1/learning/questions/import');
    await admin.getByText('已导入 3 道题').waitFor();
    await admin.goto(`${server!.url}/learning/questions`);
    await expect.poll(() => admin.locator('[data-testid=questions-table] tbody tr.ant-table-row').count()).toBe(3);
    await shot('question-bank', admin);
    // The results page: pass/fail per sitting and who in the agency has not taken the exam.
    await admin.goto(`${server!.url}/learning/exams/${examId}`);
    await admin.locator('[data-testid=exam-results] tbody tr.ant-table-row', { hasText: '不合格' }).waitFor();
    await admin.getByRole('tab', { name: /未参加/ }).click();
    await admin.locator('[data-testid=exam-not-taken] tbody tr.ant-table-row').first().waitFor();
    await shot('exam-not-taken', admin);
    // The exam form: the section offers what the bank holds, and a pass mark above the total is refused under the field.
    await admin.goto(`${server!.url}/learning/exams`);
    await admin.locator('[data-testid=new-exam]').click();
    const examForm = admin.locator('[data-testid=exam-form]');
    const available = examForm.locator('[data-testid=section-0-available]');
    await expect.poll(() => available.textContent()).toMatch(/^题库中(可用 \d+ 题|没有符合条件的题目)$/);
    expect(await examForm.locator('.ant-select').first().innerText()).toContain(agencyName);
    const offered = Number(/\d+/.exec((await available.textContent())!)?.[0] ?? 0);
    const count = Number(await examForm.locator('#sections_0_count, [id$=sections_0_count]').first().inputValue());
    // The default asks for 10; with fewer in the bank it asks for what there is.
    expect(count).toBe(offered > 0 ? Math.min(10, offered) : 10);
    await examForm.locator('#passScore, [id$=passScore]').first().fill('999');
    await admin.locator('.ant-modal-footer .ant-btn-primary').click();
    await examForm.getByText(/及格分不能超过试卷总分 \d+/).waitFor();
    await shot('exam-form-checks', admin);
    await admin.locator('.ant-modal-footer .ant-btn').first().click();
    for (const path of ['/learning/exams', '/learning/tags', '/learning/courses']) {
      await admin.goto(`${server!.url}${path}`);
      await admin.locator('.ant-table').first().waitFor();
    }
    expect(pageErrors).toEqual([]);
    await admin.close();
  }, 120_000);
});
