// A first start on an empty DATA_DIR migrates and seeds the tiny city (most of a journey's start-up).
// The journeys all start from the same city, so it is seeded once per run by a real server process,
// stopped cleanly, and each journey gets a copy of that folder: its server then starts the way a
// restart does. The folder is keyed by a hash of the server's code and migrations, so a change to
// either seeds again.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer } from '../test/server-process.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return sources(path);
      return /\.(ts|sql|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
    })
    .sort();
}

/** Changes with any server source, migration or shared file the seed may use. */
function fingerprint(repoRoot: string): string {
  const h = createHash('sha256');
  for (const dir of ['server', 'common']) for (const f of sources(resolve(repoRoot, dir))) h.update(f).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

const STALE_LOCK_MS = 10 * 60_000;

/**
 * The seeded folder for this code, made by whichever process gets there first; the others wait for it.
 * test/global-setup.ts starts it beside the test database's own seed when journeys are in the run.
 */
export async function seededTemplate(repoRoot: string): Promise<string> {
  const root = resolve(repoRoot, '.tmp');
  mkdirSync(root, { recursive: true });
  const template = join(root, `e2e-city-${fingerprint(repoRoot)}`);
  const lock = `${template}.lock`;
  for (;;) {
    if (existsSync(template)) return template;
    try {
      mkdirSync(lock);
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      for (const old of readdirSync(root).filter((n) => n.startsWith('e2e-city-') && !n.endsWith('.lock'))) rmSync(join(root, old), { recursive: true, force: true });
      const building = `${template}.building`;
      rmSync(building, { recursive: true, force: true });
      const server = await startServer({ DATA_DIR: building });
      await server.stop();
      renameSync(building, template);
      return template;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Fills `dataDir` with a copy of the seeded tiny city. */
export async function copySeededCity(repoRoot: string, dataDir: string) {
  cpSync(await seededTemplate(repoRoot), dataDir, { recursive: true });
}
