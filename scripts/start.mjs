// `npm start`: build the web app once if needed, then run the server with demo defaults.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const env = {
  ...process.env,
  DATA_DIR: process.env.DATA_DIR || './data',
  PORT: process.env.PORT || '3000',
  SEED_SCALE: process.env.SEED_SCALE || 'city',
};

function buildWeb() {
  if (existsSync('web/dist/index.html')) return;
  if (!existsSync('web/vite.config.ts')) {
    console.log('[start] web/vite.config.ts not found: starting the API only (no web pages).');
    return;
  }
  console.log('[start] building the web app (first start only) …');
  const t = Date.now();
  const r = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`[start] web build failed (exit ${r.status ?? r.signal}); starting the API only.`);
    return;
  }
  console.log(`[start] web app built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

buildWeb();

const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { stdio: 'inherit', env });

// A terminal's Ctrl+C already reaches the child (same process group); `kill <pid>` on this
// process does not, so pass each signal on once.
const forwarded = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (forwarded.has(signal) || child.exitCode !== null) return;
    forwarded.add(signal);
    child.kill(signal);
  });
}

child.on('exit', (code, signal) => {
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 0));
});
