// npm run bench -- bundle [--no-build] [--detail]
// First-load JavaScript over the wire: builds the web app (precompressed), starts the server on a tiny demo city,
// opens each page in Chromium with a fresh profile (empty cache) and adds up the encoded bytes of every script it
// loads, as the browser's network log counts them. Each page's ratio is bytes / budget; the JSON `ratio` is the
// largest (≤ 1: every budget met), the member home's time to interactive on a throttled phone included.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, ensureWebBuilt, launchArgs, repoRoot } from '../e2e/support.js';
import { copySeededCity } from '../e2e/seeded-folder.js';
import { startServer } from '../test/server-process.js';

interface PageBudget {
  name: string;
  path: string;
  /** Who is signed in (none: a citizen). */
  user: string | null;
  /** Phone-sized viewport. */
  mobile: boolean;
  budgetKb: number;
  /** Shown once the page has rendered its content. */
  ready: string;
}

const pages: PageBudget[] = [
  { name: 'member H5', path: '/m', user: 'member', mobile: true, budgetKb: 250, ready: '.vg-m' },
  { name: 'citizen form', path: '/c/submit', user: null, mobile: true, budgetKb: 150, ready: '[data-testid=c-category]' },
  { name: 'admin home', path: '/', user: 'admin', mobile: false, budgetKb: 700, ready: '.vg-content' },
];

async function measure(browser: Browser, base: string, p: PageBudget, detail: boolean): Promise<{ jsBytes: number; scripts: number }> {
  const context = await browser.newContext(p.mobile ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1440, height: 900 } });
  try {
    if (p.user) {
      const res = await context.request.post(`${base}/api/v1/auth/login`, { data: { username: p.user, password: 'Vanguard@2026' } });
      if (res.status() !== 200) throw new Error(`login ${p.user}: ${res.status()} ${await res.text()}`);
    }
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on('requestfinished', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.sizes().then((s) => {
        if (detail) console.log(`  ${(s.responseBodySize / 1024).toFixed(1).padStart(7)} KB  ${new URL(req.url()).pathname}`);
        return s.responseBodySize;
      }));
    });
    await page.goto(base + p.path, { waitUntil: 'networkidle' });
    await page.locator(p.ready).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(scripts);
    return { jsBytes: sizes.reduce((a, b) => a + b, 0), scripts: sizes.length };
  } finally {
    await context.close();
  }
}

/** DevTools' "Fast 3G" (as Lighthouse throttles a mid-range phone) and a CPU four times slower. */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const INTERACTIVE_BUDGET_MS = 3000;

/**
 * The member home on a throttled phone, fresh cache: milliseconds from the start of navigation until its
 * content is shown and the main thread is first idle (a requestIdleCallback runs), as the page's clock counts them.
 */
async function memberHomeInteractive(browser: Browser, base: string, detail: boolean): Promise<{ shownMs: number; interactiveMs: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const res = await context.request.post(`${base}/api/v1/auth/login`, { data: { username: 'member', password: 'Vanguard@2026' } });
    if (res.status() !== 200) throw new Error(`login member: ${res.status()}`);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map<string, { url: string; start: number; headers?: number; end?: number; bytes?: number }>();
    if (detail) {
      cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, start: e.timestamp }));
      cdp.on('Network.responseReceived', (e) => {
        const r = requests.get(e.requestId);
        if (r) r.headers = e.timestamp;
      });
      cdp.on('Network.loadingFinished', (e) => {
        const r = requests.get(e.requestId);
        if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
      });
    }
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(base + '/m', { waitUntil: 'commit', timeout: 60_000 });
    await page.locator('.vg-m').first().waitFor({ timeout: 60_000 });
    const shownMs = await page.evaluate(() => performance.now());
    const interactiveMs = await page.evaluate(() => new Promise<number>((resolve) => requestIdleCallback(() => resolve(performance.now()))));
    if (detail) {
      // The request waterfall, from the page's own request: when each was sent, its first byte, its last byte.
      await page.waitForLoadState('networkidle').catch(() => {});
      const all = [...requests.values()].filter((r) => r.url.startsWith(base));
      const t0 = Math.min(...all.map((r) => r.start));
      const ms = (t?: number) => (t === undefined ? '      —' : String(Math.round((t - t0) * 1000)).padStart(7));
      console.log('  sent ms  first ms   done ms      KB  request (throttled member home)');
      for (const r of all.sort((a, b) => a.start - b.start)) {
        const u = new URL(r.url);
        console.log(`  ${ms(r.start)}  ${ms(r.headers)}  ${ms(r.end)}  ${((r.bytes ?? 0) / 1024).toFixed(1).padStart(6)}  ${u.pathname}${u.search}`);
      }
    }
    return { shownMs: Math.round(shownMs), interactiveMs: Math.round(interactiveMs) };
  } finally {
    await context.close();
  }
}

export async function main(args: string[]) {
  const { values } = parseArgs({ args, options: { 'no-build': { type: 'boolean', default: false }, detail: { type: 'boolean', default: false } } });
  if (!values['no-build']) ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'vg-bundle-'));
  await copySeededCity(repoRoot, dataDir);
  const server = await startServer({ DATA_DIR: dataDir, SEED_SCALE: 'tiny', NODE_ENV: 'production' });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: launchArgs });
    const results: Record<string, { kb: number; budgetKb: number; ratio: number; scripts: number }> = {};
    for (const p of pages) {
      const r = await measure(browser, server.url, p, values.detail);
      const kb = r.jsBytes / 1024;
      results[p.name] = { kb: Number(kb.toFixed(1)), budgetKb: p.budgetKb, ratio: Number((kb / p.budgetKb).toFixed(3)), scripts: r.scripts };
      console.log(`${p.name.padEnd(14)} ${p.path.padEnd(10)} ${kb.toFixed(1).padStart(7)} KB of JavaScript over the wire in ${r.scripts} files; budget ${p.budgetKb} KB → ratio ${(kb / p.budgetKb).toFixed(2)}`);
    }
    const phone = await memberHomeInteractive(browser, server.url, values.detail);
    const interactiveRatio = Number((phone.interactiveMs / INTERACTIVE_BUDGET_MS).toFixed(3));
    console.log(`member H5 on Fast 3G with a 4× slower CPU: shown at ${phone.shownMs} ms, interactive at ${phone.interactiveMs} ms; budget ${INTERACTIVE_BUDGET_MS} ms → ratio ${interactiveRatio.toFixed(2)}`);
    const ratio = Math.max(...Object.values(results).map((r) => r.ratio), interactiveRatio);
    console.log(JSON.stringify({ bench: 'bundle', ratio, pages: results, memberHomeThrottled: { ...phone, budgetMs: INTERACTIVE_BUDGET_MS, ratio: interactiveRatio } }));
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
