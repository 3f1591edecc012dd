// Child process of `npm run bench -- contest`: the simulated phones, so the load generator does
// not share the server's event loop. Driven over IPC by bench/contest.ts.
import { readFileSync } from 'node:fs';
import { WebSocket } from 'ws';

type Cmd =
  | { cmd: 'connect'; url: string; cookiesFile?: string; n: number; batch: number; join: boolean }
  | { cmd: 'policy'; windowMs: number }
  | { cmd: 'await'; id: number; key: string; timeoutMs: number; acks?: boolean }
  | { cmd: 'close' };

const sockets: WebSocket[] = [];
/** Arrival times (epoch ms) per `type:index`, and answer round trips per question. */
const arrivals = new Map<string, number[]>();
const ackMs = new Map<number, number[]>();
const refused = new Map<string, number>();
let windowMs = 2000;
const waiters: Array<{ key: string; need: number; done: () => void }> = [];

const reply = (m: unknown) => process.send!(m);

function record(key: string, at: number) {
  let list = arrivals.get(key);
  if (!list) arrivals.set(key, (list = []));
  list.push(at);
  for (let i = waiters.length - 1; i >= 0; i--) {
    if (waiters[i].key === key && list.length >= waiters[i].need) {
      const [w] = waiters.splice(i, 1);
      w.done();
    }
  }
}

function wire(ws: WebSocket) {
  const sent = new Map<number, number>();
  ws.on('message', (data) => {
    const at = Date.now();
    const m = JSON.parse(String(data)) as { t: string; id?: number; index?: number; options?: string[]; ok?: boolean; reason?: string; answered?: boolean };
    if (m.t === 'ping') return ws.send(`{"t":"pong","id":${m.id}}`);
    record(`${m.t}:${m.index ?? ''}`, at);
    if (m.t === 'question' && !m.answered && !sent.has(m.index!)) {
      const index = m.index!;
      const letter = 'ABCD'[Math.floor(Math.random() * Math.max(1, Math.min(4, m.options?.length ?? 1)))];
      sent.set(index, 0);
      setTimeout(() => {
        sent.set(index, performance.now());
        ws.send(JSON.stringify({ t: 'answer', index, choice: [letter] }));
      }, Math.random() * windowMs);
    } else if (m.t === 'ack') {
      const t0 = sent.get(m.index!);
      if (m.ok && t0) {
        let list = ackMs.get(m.index!);
        if (!list) ackMs.set(m.index!, (list = []));
        list.push(performance.now() - t0);
      } else if (!m.ok) refused.set(m.reason ?? '?', (refused.get(m.reason ?? '?') ?? 0) + 1);
    }
  });
}

async function connect(c: Extract<Cmd, { cmd: 'connect' }>) {
  const cookies: string[] = c.cookiesFile ? JSON.parse(readFileSync(c.cookiesFile, 'utf8')) : [];
  const t0 = Date.now();
  let failed = 0;
  for (let i = 0; i < c.n; i += c.batch) {
    const batch = Array.from({ length: Math.min(c.batch, c.n - i) }, (_, k) => i + k);
    await Promise.all(
      batch.map(
        (k) =>
          new Promise<void>((resolve) => {
            const ws = new WebSocket(c.url, { headers: cookies[k] ? { cookie: cookies[k] } : {}, perMessageDeflate: false });
            ws.once('open', () => {
              sockets.push(ws);
              wire(ws);
              if (c.join) ws.send('{"t":"join"}');
              resolve();
            });
            ws.once('error', () => (failed++, resolve()));
          }),
      ),
    );
  }
  reply({ ev: 'connected', ms: Date.now() - t0, open: sockets.length, failed });
}

function summary(key: string, acks: boolean) {
  const list = arrivals.get(key) ?? [];
  const index = Number(key.split(':')[1]);
  const lat = acks ? [...(ackMs.get(index) ?? [])].sort((a, b) => a - b) : [];
  return { count: list.length, first: Math.min(...list), last: Math.max(...list), ack: lat, refused: Object.fromEntries(refused) };
}

process.on('message', async (c: Cmd) => {
  if (c.cmd === 'connect') return connect(c);
  if (c.cmd === 'policy') return void (windowMs = c.windowMs);
  if (c.cmd === 'close') {
    for (const ws of sockets.splice(0)) ws.terminate();
    arrivals.clear();
    ackMs.clear();
    refused.clear();
    return reply({ ev: 'closed' });
  }
  if (c.cmd === 'await') {
    const need = sockets.length;
    const ackKey = `ack:${c.key.split(':')[1]}`;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, c.timeoutMs);
      const done = () => (clearTimeout(timer), resolve());
      if ((arrivals.get(c.key)?.length ?? 0) >= need) return done();
      waiters.push({ key: c.key, need, done });
    });
    if (c.acks) {
      // The answers are spread over the window: wait until every ack is back too.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, c.timeoutMs + windowMs);
        const done = () => (clearTimeout(timer), resolve());
        if ((arrivals.get(ackKey)?.length ?? 0) >= need) return done();
        waiters.push({ key: ackKey, need, done });
      });
    }
    reply({ ev: 'awaited', id: c.id, ...summary(c.key, !!c.acks) });
  }
});
reply({ ev: 'ready' });
