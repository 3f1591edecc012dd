// Child process of post-many.ts: POSTs each JSON body once over keep-alive connections and reports back.
import http from 'node:http';

interface Job {
  url: string;
  headers: Record<string, string>;
  bodies: unknown[];
  concurrency: number;
}

function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', reject);
    req.end(body);
  });
}

process.once('message', async (job: Job) => {
  const url = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const statuses: Record<number, number> = {};
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next < job.bodies.length) {
        const body = JSON.stringify(job.bodies[next++]);
        const t = performance.now();
        const status = await post(agent, url, job.headers, body).catch(() => 0);
        latencies.push(performance.now() - t);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  process.send!({ seconds, statuses, latencies }, () => process.exit(0));
});
