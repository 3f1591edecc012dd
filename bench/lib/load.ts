import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU time of this process (server + embedded database) per request: steadier than req/s on a shared machine. */
  cpuMsPerRequest: number;
}

const client = fileURLToPath(new URL('./load-client.ts', import.meta.url));

/**
 * Drives `url` with autocannon from a child process, so neither the load generator's CPU
 * nor its event loop is counted against the server under test, which runs in this process.
 */
export function load(url: string, opts: { duration: number; connections: number; headers?: Record<string, string> }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(client, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const before = process.cpuUsage();
    child.once('message', (m) => {
      const cpu = process.cpuUsage(before);
      const r = m as Omit<LoadResult, 'cpuMsPerRequest'>;
      resolve({ ...r, cpuMsPerRequest: r.requests ? (cpu.user + cpu.system) / 1000 / r.requests : 0 });
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
    });
    child.send({ url, ...opts });
  });
}

export function describe(label: string, r: LoadResult): string {
  const bad = r.non2xx + r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : '';
  return `${label.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50Ms.toFixed(1).padStart(6)} ms   p99 ${r.p99Ms.toFixed(1).padStart(6)} ms   server CPU ${r.cpuMsPerRequest.toFixed(3)} ms/req${bad}`;
}
