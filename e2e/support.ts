import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { chromium, type Browser, type Download, type Locator, type Page, type Request } from 'playwright-core';
import { startServer, type ServerProcess } from '../test/server-process.js';
import { copySeededCity } from './seeded-folder.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const artifactsDir = resolve(repoRoot, 'artifacts/e2e');

export const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds web/dist when it is missing or older than the web sources (its pages, build settings and common/), so the journey runs the current UI. */
export function ensureWebBuilt() {
  const index = resolve(repoRoot, 'web/dist/index.html');
  const sources = Math.max(
    newestMtime(resolve(repoRoot, 'web/src')),
    newestMtime(resolve(repoRoot, 'web/build')),
    newestMtime(resolve(repoRoot, 'common')),
    ...['web/index.html', 'web/citizen.html', 'web/vite.config.ts'].map((f) => statSync(resolve(repoRoot, f)).mtimeMs),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['vite', 'build', '--config', 'web/vite.config.ts'], {
    cwd: repoRoot,
    stdio: 'inherit',
    // vitest sets NODE_ENV=test, which would make vite bundle the development builds of React and antd.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** Numbered full-page screenshots in artifacts/e2e, replacing those of the previous run. */
export function screenshotter(page: () => Page) {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  let n = 0;
  return async (name: string) => {
    n += 1;
    await page().screenshot({ path: resolve(artifactsDir, `${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
}

/** Numbered full-page screenshots of any page in the journey's own folder under artifacts/e2e, so the other journeys' pictures stay. */
export function journeyShots(folder: string) {
  const dir = resolve(artifactsDir, folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (name: string, which: Page) => {
    n += 1;
    await which.screenshot({ path: resolve(dir, `${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
}

/** Signs in through the login form and waits until the app has left /login. */
export async function loginViaForm(page: Page, base: string, username: string, password = 'Vanguard@2026') {
  await page.goto(`${base}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
}

export async function closeQuietly(browser: Browser | undefined) {
  try {
    await browser?.close();
  } catch {
    // already gone
  }
}

/**
 * With TEST_DATABASE_URL set, the journey's server runs on a fresh PostgreSQL database of its own
 * (dropped afterwards); otherwise on PGlite in a temporary DATA_DIR.
 */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return null;
  const { default: pg } = await import('pg');
  const name = `vg_e2e_${process.pid}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** What a journey runs against: the current web build served by a server of its own, and Chromium. */
export interface JourneyRig {
  server: ServerProcess;
  browser: Browser;
  database: 'pg' | 'pglite';
  /** The server's data folder, which the journey may also use for its files. */
  dataDir: string;
  /** Closes the browser, stops the server and drops its database or data folder. */
  close(): Promise<void>;
}

/**
 * Builds the web app when its sources changed, starts a server on a fresh database (PGlite in a temporary data folder
 * holding a copy of the seeded tiny city, see seeded-folder.ts; or a PostgreSQL database of its own with TEST_DATABASE_URL) and launches Chromium. A failed start leaves nothing behind.
 */
export async function startJourney(name: string, env: Record<string, string> = {}): Promise<JourneyRig> {
  ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), `vg-e2e-${name}-`));
  let postgres: Awaited<ReturnType<typeof freshPostgres>> = null;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await closeQuietly(browser);
    await server?.stop();
    await postgres?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    postgres = await freshPostgres();
    // A journey with settings of its own seeds its own city.
    if (!postgres && Object.keys(env).length === 0) await copySeededCity(repoRoot, dataDir);
    server = await startServer({ DATA_DIR: dataDir, LOGIN_RATE_LIMIT_PER_MINUTE: '200', ...(postgres ? { DATABASE_URL: postgres.url } : {}), ...env });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: launchArgs });
  } catch (err) {
    await close();
    throw err;
  }
  return { server, browser, database: postgres ? 'pg' : 'pglite', dataDir, close };
}

/**
 * Clicks the open date picker's OK until its panel closes: on a busy machine a click that lands while the panel
 * re-renders is lost, and the panel stays open.
 */
export async function confirmPicker(page: Page, timeout = 30_000) {
  const open = page.locator('.ant-picker-dropdown:visible');
  const ok = page.locator('.ant-picker-dropdown:visible .ant-picker-ok button');
  await expect
    .poll(async () => {
      if ((await open.count()) > 0) await ok.click({ timeout: 2_000 }).catch(() => {});
      return open.count();
    }, { timeout, interval: 1_000 })
    .toBe(0);
}

/** The browser contexts the journeys use: a 390 px phone and a desktop. */
export const phoneView = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' } as const;
export const deskView = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' } as const;

/**
 * Picks an option of an antd Select or TreeSelect (`select` is its root element), typing first when it searches.
 * Under load the list can re-render while it is clicked, so the click is repeated until the select shows the
 * choice; a popup left open is closed by moving focus on, since it would cover the buttons behind it.
 */
export async function pickOption(page: Page, select: Locator, option: string | RegExp, opts: { type?: string; tree?: boolean } = {}) {
  await select.click();
  if (opts.type) await page.keyboard.type(opts.type);
  const item = opts.tree ? '.ant-select-tree-title' : '.ant-select-item-option';
  const choice = page.locator(`.ant-select-dropdown:visible ${item}`, { hasText: option }).first();
  await choice.click();
  const shown = typeof option === 'string' ? (t: string) => t.includes(option) : (t: string) => option.test(t);
  await expect
    .poll(async () => {
      if (shown(await select.innerText())) return true;
      if (await choice.count()) await choice.click({ timeout: 2_000 }).catch(() => {});
      return false;
    }, { timeout: 15_000 })
    .toBe(true);
  const open = () => page.locator('.ant-select-dropdown:visible').count();
  await expect
    .poll(async () => {
      const n = await open();
      if (n > 0) await page.keyboard.press('Tab');
      return n;
    }, { timeout: 10_000, interval: 500 })
    .toBe(0);
}

/**
 * Opens an antd Tree node until `child` shows. A switcher clicked while the tree is still animating or
 * re-rendering is ignored, so it is clicked again while the node stays closed (never when open, which
 * would close it).
 */
export async function expandTreeNode(page: Page, node: Locator, child: Locator) {
  const closed = node.locator('.ant-tree-switcher_close');
  await expect
    .poll(async () => {
      if (await child.isVisible()) return true;
      if ((await page.locator('.ant-tree-treenode-motion').count()) === 0 && (await closed.count())) await closed.click({ timeout: 2_000 }).catch(() => {});
      return child.isVisible();
    }, { timeout: 30_000, interval: 500 })
    .toBe(true);
}

/** Signs out through the user menu, opening it again when a re-render under load swallowed a click. */
export async function signOutViaMenu(page: Page) {
  const item = page.getByRole('menuitem', { name: '退出登录' });
  await expect
    .poll(async () => {
      if (new URL(page.url()).pathname.startsWith('/login')) return true;
      if (!(await item.isVisible())) await page.locator('[data-testid=user-menu]').click({ timeout: 5_000 }).catch(() => {});
      await item.click({ timeout: 5_000 }).catch(() => {});
      await page.waitForURL(/\/login/, { timeout: 10_000 }).catch(() => {});
      return new URL(page.url()).pathname.startsWith('/login');
    }, { timeout: 60_000, interval: 50 })
    .toBe(true);
}

const cspMarker = '[csp-violation]';

/** Runs in every frame of a watched page before its scripts: says on the console what the page's CSP refused. */
function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`[csp-violation] ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} on ${e.documentURI}${e.sample ? ` (${e.sample})` : ''}`);
  });
}

/**
 * Remembers what the watched pages saw — uncaught page errors, Content-Security-Policy violations and API answers of 400 and above with
 * the start of their body — so that a failed step can print it, with each page's address and the alerts
 * on screen, into the test log (the only thing a CI run leaves to read).
 */
export class PageWatch {
  readonly pageErrors: string[] = [];
  readonly apiErrors: string[] = [];
  private readonly details: string[] = [];
  private readonly pages: Page[] = [];
  private readonly pending = new Map<Request, number>();

  watch(page: Page) {
    this.pages.push(page);
    page.on('pageerror', (e) => this.pageErrors.push(e.message));
    // A refused script, style, image, frame or connection is a page error too, so every journey fails on one.
    void page.addInitScript(reportCspViolations);
    page.on('console', (m) => {
      const text = m.text();
      if (text.startsWith(cspMarker) || (m.type() === 'error' && /^Refused to /.test(text))) this.pageErrors.push(`CSP violation: ${text.replace(cspMarker, '').trim()}`);
    });
    const api = (r: Request) => r.url().includes('/api/');
    page.on('request', (r) => api(r) && this.pending.set(r, Date.now()));
    page.on('requestfinished', (r) => this.pending.delete(r));
    page.on('requestfailed', (r) => {
      this.pending.delete(r);
      if (api(r)) this.details.push(`failed ${r.method()} ${new URL(r.url()).pathname}: ${r.failure()?.errorText ?? ''}`);
    });
    page.on('response', (r) => {
      if (r.status() < 400 || !r.url().includes('/api/')) return;
      const line = `${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`;
      this.apiErrors.push(line);
      void r.text().then(
        (body) => this.details.push(`${line} ${body.slice(0, 300)}`),
        () => this.details.push(line),
      );
    });
    return page;
  }

  /** Each open page's address and the alerts on it, then the last API errors and page errors. */
  async describe(): Promise<string> {
    const lines: string[] = [];
    for (const page of this.pages.filter((p) => !p.isClosed())) {
      const alerts = await page
        .locator('.ant-alert:visible, .ant-message-notice:visible, .ant-notification-notice:visible, .ant-form-item-explain-error:visible')
        .allInnerTexts()
        .catch(() => []);
      lines.push(`  page ${page.url()}${alerts.length ? ` — on screen: ${alerts.map((a) => a.replace(/\s+/g, ' ')).join(' | ')}` : ''}`);
    }
    for (const d of this.details.slice(-10)) lines.push(`  api ${d}`);
    for (const [r, at] of this.pending) lines.push(`  api waiting ${Math.round((Date.now() - at) / 1000)} s: ${r.method()} ${new URL(r.url()).pathname}`);
    for (const e of this.pageErrors.slice(-5)) lines.push(`  page error ${e}`);
    return lines.join('\n');
  }

  /**
   * Adds the description to a failed test's error, where the CI log's summary shows it
   * (call from `onTestFailed`; the test's own error says only which wait ran out).
   */
  async explain(task: { result?: { errors?: { message: string }[] } }) {
    const error = task.result?.errors?.[0];
    if (error) error.message += `\n${await this.describe()}`;
  }
}

/**
 * Confirms the antd confirmation on screen with its `okName` button, once the dialog has finished zooming in, and waits
 * until the page has sent the write to `path`. The dialog grows from where the opening click was; a press on the OK
 * button while it still grows is released where the button has moved on, so the browser makes no click of it and the
 * page sends nothing (Playwright checks only where the press lands).
 */
export async function confirmAndSend(page: Page, okName: string, path: string) {
  const dialog = page.locator('.ant-modal-confirm');
  await dialog.waitFor();
  await expect
    .poll(() => dialog.evaluate((el) => /-(appear|enter)(-active)?(\s|$)/.test(el.className) || el.getAnimations({ subtree: true }).some((a) => a.playState === 'running')))
    .toBe(false);
  const sent = page.waitForRequest((r) => r.method() !== 'GET' && new URL(r.url()).pathname === path, { timeout: 20_000 });
  await dialog.getByRole('button', { name: okName }).click();
  await sent;
}

/**
 * Clicks `button` until the page sends a write to `path`. A button that a list growing above it (an upload's
 * file entry, say) moves just after Playwright found it still loses the click under load; a second click is
 * harmless for a button that shows its loading state once the request is under way.
 */
export async function clickUntilSent(page: Page, button: Locator, path: string) {
  let sent = false;
  const onRequest = (r: Request) => {
    if (r.method() !== 'GET' && new URL(r.url()).pathname === path) sent = true;
  };
  page.on('request', onRequest);
  try {
    await expect
      .poll(async () => {
        if (!sent) await button.click({ timeout: 5_000 }).catch(() => {});
        return sent;
      }, { timeout: 30_000, interval: 1_000 })
      .toBe(true);
  } finally {
    page.off('request', onRequest);
  }
}

/**
 * Clicks `button` until the page starts a download, and returns it. Under load a click during a re-render is lost,
 * and a file made on the server (a PDF, a workbook) can take long to start: each click waits a while for it.
 */
/**
 * Clicks `trigger` until its confirmation bubble (antd Popconfirm) shows, then its OK button until the page sends the
 * write to `path`. Under load a click on a button that moved (a file entry appearing above it) can be lost.
 */
export async function confirmPopup(page: Page, trigger: Locator, path: string) {
  const ok = page.locator('.ant-popconfirm:visible .ant-btn-primary');
  await expect
    .poll(async () => {
      if (!(await ok.isVisible())) await trigger.click({ timeout: 5_000 }).catch(() => {});
      return ok.isVisible();
    }, { timeout: 30_000, interval: 1_000 })
    .toBe(true);
  await clickUntilSent(page, ok, path);
}

export async function downloadBy(page: Page, button: Locator): Promise<Download> {
  for (let attempt = 1; ; attempt++) {
    const started = page.waitForEvent('download', { timeout: 20_000 });
    await button.click();
    try {
      return await started;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/**
 * Where the first row's cell of the column headed `header` stands as the table opens (no horizontal scrolling):
 * 'whole' when it lies inside the table's visible box and under no fixed column, else what hides it.
 */
export async function columnShown(page: Page, tableTestId: string, header: string): Promise<string> {
  return page.evaluate(
    ([tid, head]) => {
      const table = document.querySelector(`[data-testid="${tid}"]`);
      const heads = Array.from(table?.querySelectorAll('thead th') ?? []);
      const index = heads.findIndex((th) => th.textContent?.trim() === head);
      const cells = Array.from(table?.querySelector('.ant-table-tbody tr.ant-table-row')?.querySelectorAll('td') ?? []);
      const box = table?.querySelector('.ant-table-content, .ant-table-body')?.getBoundingClientRect();
      if (index < 0 || !cells[index] || !box) return 'no such column or row';
      const r = cells[index].getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1) return `outside the table (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)})`;
      const fixed = cells.filter((c, i) => i !== index && /ant-table-cell-fix/.test(c.className)).map((c) => c.getBoundingClientRect());
      return fixed.some((f) => f.left < r.right - 1 && f.right > r.left + 1) ? 'under a fixed column' : 'whole';
    },
    [tableTestId, header] as const,
  );
}
