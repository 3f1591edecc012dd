import { startJourney, loginViaForm, deskView } from './e2e/support.js';
const rig = await startJourney('probe');
try {
  const ctx = await rig.browser.newContext(deskView);
  const page = await ctx.newPage();
  await loginViaForm(page, rig.server.url, 'admin');
  const measure = async (path: string, testid: string) => {
    await page.goto(`${rig.server.url}${path}`);
    await page.locator(`[data-testid=${testid}] .ant-table-tbody tr.ant-table-row`).first().waitFor();
    await page.waitForTimeout(800);
    const r = await page.evaluate((tid) => {
      const t = document.querySelector(`[data-testid=${tid}]`)!;
      const scroller = t.querySelector('.ant-table-content, .ant-table-body') as HTMLElement;
      const info: unknown[] = [{ scrollW: scroller?.scrollWidth, clientW: scroller?.clientWidth, tableRect: t.getBoundingClientRect().right, vw: innerWidth }];
      if (scroller) scroller.scrollLeft = 10000;
      const row = t.querySelector('.ant-table-tbody tr.ant-table-row')!;
      for (const td of Array.from(row.querySelectorAll('td'))) {
        const b = td.getBoundingClientRect();
        info.push({ text: td.textContent?.slice(0, 20), left: Math.round(b.left), right: Math.round(b.right), sw: td.scrollWidth, cw: td.clientWidth, fixed: td.className.includes('fix') });
      }
      return info;
    }, testid);
    console.log(path, JSON.stringify(r, null, 0));
  };
  await measure('/activities', 'activities-table');
  await measure('/org/members', 'people-table');
} finally {
  await rig.close();
}
