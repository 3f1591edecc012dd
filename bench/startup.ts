// npm run bench -- startup [--scale city] [--no-restart]
// Seconds from `node scripts/start.mjs` on an empty DATA_DIR to the first 200 on /healthz and
// on /, then the same for a restart on the now-seeded folder (the baseline).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function status(url: string): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

interface Timing {
  /** Part of the time spent building the web app (only when web/dist was missing or stale). */
  webBuildSeconds: number | null;
  healthzSeconds: number;
  pageSeconds: number | null;
  pageStatus: number;
}

/** Starts the server like `npm start`, polls until /healthz answers 200, then stops it. */
async function timeStart(dataDir: string, scale: string, timeoutMs: number): Promise<Timing> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', SEED_SCALE: scale, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c));
  child.stderr!.on('data', (c: Buffer) => (output += c));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const seconds = () => (performance.now() - t0) / 1000;
  let healthzSeconds: number | null = null;
  let pageSeconds: number | null = null;
  let pageStatus = 0;
  try {
    while (healthzSeconds === null || pageSeconds === null) {
      if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
      if (seconds() * 1000 > timeoutMs) throw new Error(`no 200 on /healthz within ${timeoutMs} ms:\n${output}`);
      if (healthzSeconds === null && (await status(base + '/healthz')) === 200) healthzSeconds = seconds();
      if (pageSeconds === null) {
        pageStatus = await status(base + '/');
        if (pageStatus === 200) pageSeconds = seconds();
        // Without a built web app `/` is a JSON 404 for good; stop waiting for it.
        else if (pageStatus !== 0 && healthzSeconds !== null) break;
      }
      if (healthzSeconds === null || pageSeconds === null) await new Promise((r) => setTimeout(r, 100));
    }
    const build = output.match(/web app built in ([\d.]+) s/);
    return { webBuildSeconds: build ? Number(build[1]) : null, healthzSeconds: healthzSeconds!, pageSeconds, pageStatus };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const fmt = (s: number | null) => (s === null ? 'n/a' : `${s.toFixed(1)} s`);

export async function main(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      scale: { type: 'string', default: 'city' },
      'no-restart': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '600' },
    },
  });
  const timeoutMs = Number(values.timeout) * 1000;
  const dataDir = mkdtempSync(join(tmpdir(), 'vanguard-startup-'));
  try {
    const fresh = await timeStart(dataDir, values.scale!, timeoutMs);
    const built = fresh.webBuildSeconds === null ? '' : ` (of which web build ${fmt(fresh.webBuildSeconds)})`;
    console.log(`fresh start (empty DATA_DIR, SEED_SCALE=${values.scale}): /healthz ${fmt(fresh.healthzSeconds)}, / ${fmt(fresh.pageSeconds)}${fresh.pageSeconds === null ? ` (status ${fresh.pageStatus}: web app not built)` : ''}${built}`);
    const restart = values['no-restart'] ? null : await timeStart(dataDir, values.scale!, timeoutMs);
    if (restart) console.log(`restart (same DATA_DIR):                /healthz ${fmt(restart.healthzSeconds)}, / ${fmt(restart.pageSeconds)}`);
    const round = (s: number | null) => (s === null ? null : Number(s.toFixed(2)));
    console.log(
      JSON.stringify({
        bench: 'startup',
        // Baseline: reopening an already seeded folder; the ratio is how close a first start gets to it.
        ratio: restart ? Number((restart.healthzSeconds / fresh.healthzSeconds).toFixed(3)) : null,
        healthzSeconds: round(fresh.healthzSeconds),
        webBuildSeconds: round(fresh.webBuildSeconds),
        pageSeconds: round(fresh.pageSeconds),
        restartHealthzSeconds: round(restart?.healthzSeconds ?? null),
        restartPageSeconds: round(restart?.pageSeconds ?? null),
        scale: values.scale,
      }),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
