// `npm start`: build the web app when it is missing or older than its sources, then run the
// server with demo defaults.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const env = {
  ...process.env,
  DATA_DIR: process.env.DATA_DIR || './data',
  PORT: process.env.PORT || '3000',
  SEED_SCALE: process.env.SEED_SCALE || 'city',
};

/** Newest modification time of the web app's sources, so an edited checkout rebuilds once. */
function newestSource(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestSource(join(path, name))), st.mtimeMs);
}

function buildWeb() {
  const built = existsSync('web/dist/index.html') ? statSync('web/dist/index.html').mtimeMs : 0;
  const sources = Math.max(...['web/src', 'common', 'web/public', 'web/index.html', 'web/vite.config.ts'].map(newestSource));
  if (built && built >= sources) return;
  if (!existsSync('web/vite.config.ts')) {
    console.log('[start] web/vite.config.ts not found: starting the API only (no web pages).');
    return;
  }
  console.log(`[start] building the web app (${built ? 'sources changed' : 'first start'}) …`);
  const t = Date.now();
  const r = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { stdio: 'inherit', env });
  if (r.status !== 0) {
    const fallback = existsSync('web/dist/index.html') ? 'serving the previous build' : 'starting the API only';
    console.error(`[start] web build failed (exit ${r.status ?? r.signal}); ${fallback}.`);
    return;
  }
  console.log(`[start] web app built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

buildWeb();

// A larger young generation: the first start's seed and busy request handling make many short-lived objects, and
// fewer scavenges of them saved about 1.5 s of the city's first start on 2 cores.
const child = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'server/src/main.ts'], { stdio: 'inherit', env });

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
