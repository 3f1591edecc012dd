import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { chromium } from 'playwright-core';
import { startServer } from '../test/server-process.js';
import { CHROMIUM, launchArgs, loginViaForm, phoneView, deskView } from './support.js';

it('peek', async () => {
  const server = await startServer({ DATA_DIR: mkdtempSync(join(tmpdir(), 'vg-peek-')) });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: launchArgs });
  try {
    const shots: [string, string, boolean][] = (process.env.PEEK ?? '').split(',').map((x) => { const [u, p, m] = x.split('|'); return [u, p, m === 'm']; });
    for (const [user, path, mobile] of shots) {
      const ctx = await browser.newContext(mobile ? phoneView : deskView);
      const page = await ctx.newPage();
      page.on('pageerror', (e) => console.log('PAGEERROR', path, e.message));
      page.on('response', (r) => { if (r.status() >= 400 && r.url().includes('/api/')) console.log('API', r.status(), r.url()); });
      await loginViaForm(page, server.url, user);
      await page.goto(server.url + path);
      await page.waitForTimeout(3000);
      await page.screenshot({ path: `/tmp/cw/${user}-${path.replace(/\W+/g, '_')}.png`, fullPage: true });
      await ctx.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}, 600_000);
