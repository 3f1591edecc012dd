import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { signIn } from './api-client.js';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  kill9: () => Promise<void>;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Starts `server/src/main.ts` as a real child process and resolves once it prints its URL. */
export function startServer(env: Record<string, string>, timeoutMs = 180_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', SEED_SCALE: 'tiny', DEMO_MODE: 'true', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  // Never outlive the test process, whatever happens to it.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /is running at (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child, output: () => out, kill9: () => kill('SIGKILL'), stop: (signal = 'SIGTERM') => kill(signal) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${out}`));
    });
  });
}

/**
 * A signed-in client over real HTTP: `api` is the typed client (test/api-client.ts); `call`, `get` and `upload`
 * send raw requests with the same cookie and CSRF header.
 */
export async function httpLogin(base: string, username: string, password = 'Vanguard@2026') {
  const { api, cookie, csrfToken } = await signIn(base, username, password);
  const headers = { cookie, 'x-csrf-token': csrfToken };
  const call = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { ...init, headers: { ...headers, ...(init.headers ?? {}) } });
  return {
    api,
    cookie,
    csrfToken,
    call,
    get: (path: string) => call(path),
    upload(path: string, file: Buffer, filename: string, type: string, signal?: AbortSignal) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file)], { type }), filename);
      return call(path, { method: 'POST', body: form, signal });
    },
  };
}
