import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, closeQuietly, launchArgs, PageWatch } from './support.js';

const hasChromium = existsSync(CHROMIUM);

/** The journeys count on PageWatch to turn a Content-Security-Policy refusal into a page error. */
describe.skipIf(!hasChromium)('PageWatch reports CSP violations', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: launchArgs });
  });
  afterAll(() => closeQuietly(browser));

  it('records a refused inline script and a refused image, and nothing on a clean page', async () => {
    const page = await browser!.newPage();
    const watch = new PageWatch();
    watch.watch(page);
    const policy = "default-src 'self'; script-src 'self'; img-src 'self'";
    await page.route('http://vg.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      const body =
        path === '/clean'
          ? '<!doctype html><p>clean</p><script src="/app.js"></script>'
          : '<!doctype html><p>bad</p><script>document.title = "ran"</script><img src="https://elsewhere.example/x.png">';
      if (path === '/app.js') return route.fulfill({ contentType: 'text/javascript', body: 'document.title = "ok"' });
      return route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': policy }, body });
    });

    await page.goto('http://vg.test/clean');
    await expect.poll(() => page.title()).toBe('ok');
    expect(watch.pageErrors).toEqual([]);

    await page.goto('http://vg.test/bad');
    await expect.poll(() => watch.pageErrors.filter((e) => e.startsWith('CSP violation')).length).toBeGreaterThanOrEqual(2);
    expect(watch.pageErrors.join('\n')).toMatch(/script-src/);
    expect(watch.pageErrors.join('\n')).toMatch(/img-src/);
    expect(await page.title()).not.toBe('ran');
  });
});
