// Child process of load.ts: runs autocannon's programmatic API and sends the result back.
import autocannon from 'autocannon';

process.once('message', async (opts: { url: string; duration: number; connections: number; headers?: Record<string, string> }) => {
  const result = await autocannon({ url: opts.url, connections: opts.connections, duration: opts.duration, headers: opts.headers });
  process.send!(
    {
      rps: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    },
    () => process.exit(0),
  );
});
