import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface PostManyResult {
  seconds: number;
  statuses: Record<number, number>;
  /** Milliseconds per request, in completion order. */
  latencies: number[];
  /** CPU time of this process (the server under test) during the run. */
  serverCpuMs: number;
}

const client = fileURLToPath(new URL('./post-client.ts', import.meta.url));

/**
 * POSTs every body once to `url`, `concurrency` at a time, from a child process, so the load
 * generator's CPU and event loop are not counted against the server running in this process.
 */
export function postMany(url: string, bodies: unknown[], opts: { concurrency: number; headers: Record<string, string> }): Promise<PostManyResult> {
  return new Promise((resolve, reject) => {
    const child = fork(client, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let before = process.cpuUsage();
    child.once('spawn', () => (before = process.cpuUsage()));
    child.once('message', (m) => {
      const cpu = process.cpuUsage(before);
      resolve({ ...(m as Omit<PostManyResult, 'serverCpuMs'>), serverCpuMs: (cpu.user + cpu.system) / 1000 });
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
    });
    child.send({ url, bodies, concurrency: opts.concurrency, headers: opts.headers });
  });
}
