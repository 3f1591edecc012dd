// npm run bench -- contest [--players 10000] [--questions 10] [--batch 500] [--window 3000]
// Simulated phones (a child process) play a live contest against the real server started in
// this process (fresh PGlite, or DATABASE_URL), next to a bare `ws` echo/broadcast server
// measured in the same run as the baseline.
import { execSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';
import { buildApp } from '../server/src/app.js';
import { openSeededDatabase } from './lib/seeded-db.js';
import { ok, signIn } from '../test/api-client.js';
import { bulkPlayers, createLiveContest } from './lib/contest-setup.js';

type Awaited_ = { count: number; first: number; last: number; ack: number[]; refused: Record<string, number> };

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const r1 = (x: number) => Math.round(x * 10) / 10;
const mb = (b: number) => Math.round(b / 1048576);

class Clients {
  private seq = 0;
  private waiting = new Map<number, (m: Awaited_) => void>();
  private once: Array<(m: Record<string, unknown>) => boolean> = [];
  private constructor(readonly child: ChildProcess) {
    child.on('message', (m: Record<string, unknown>) => {
      if (m.ev === 'awaited') return this.waiting.get(m.id as number)?.(m as unknown as Awaited_);
      this.once = this.once.filter((f) => !f(m));
    });
  }
  static async start(): Promise<Clients> {
    const child = fork(fileURLToPath(new URL('./lib/contest-clients.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    const c = new Clients(child);
    await c.next('ready');
    return c;
  }
  next(ev: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.once.push((m) => (m.ev === ev ? (resolve(m), true) : false)));
  }
  async connect(url: string, n: number, batch: number, join: boolean, cookiesFile?: string) {
    const p = this.next('connected');
    this.child.send({ cmd: 'connect', url, n, batch, join, cookiesFile });
    return (await p) as { ms: number; open: number; failed: number };
  }
  policy(windowMs: number) {
    this.child.send({ cmd: 'policy', windowMs });
  }
  wait(key: string, acks = false, timeoutMs = 60_000): Promise<Awaited_> {
    const id = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.send({ cmd: 'await', id, key, acks, timeoutMs });
    });
  }
  async close() {
    const p = this.next('closed');
    this.child.send({ cmd: 'close' });
    await p;
  }
}

/** Peak memory of this process (the server side) while `fn` runs. */
function memoryWatch() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 100);
  sample();
  return { stop: () => (clearInterval(timer), sample(), { rss, heap }) };
}

interface Figures { ackP50: number; ackP99: number; ackMax: number; acks: number; questionMs: number[]; resultMs: number[]; refused: Record<string, number> }

function figures(q: Array<{ t0: number; arrived: Awaited_ }>, r: Array<{ t0: number; arrived: Awaited_ }>): Figures {
  const acks = q.flatMap((x) => x.arrived.ack).sort((a, b) => a - b);
  return {
    ackP50: r1(pct(acks, 50)),
    ackP99: r1(pct(acks, 99)),
    ackMax: r1(acks[acks.length - 1] ?? NaN),
    acks: acks.length,
    questionMs: q.map((x) => x.arrived.last - x.t0),
    resultMs: r.map((x) => x.arrived.last - x.t0),
    refused: q[q.length - 1]?.arrived.refused ?? {},
  };
}

async function baseline(clients: Clients, players: number, questions: number, batch: number) {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  await new Promise((resolve) => wss.once('listening', resolve));
  wss.on('connection', (ws) => ws.on('message', (d) => {
    const m = JSON.parse(String(d)) as { t: string; index: number };
    if (m.t === 'answer') ws.send(JSON.stringify({ t: 'ack', index: m.index, ok: true, timeMs: 0 }));
  }));
  const before = process.memoryUsage();
  const mem = memoryWatch();
  const conn = await clients.connect(`ws://127.0.0.1:${(wss.address() as { port: number }).port}/`, players, batch, false);
  const broadcast = (m: unknown) => {
    const s = JSON.stringify(m);
    for (const ws of wss.clients) ws.send(s);
  };
  const q: Array<{ t0: number; arrived: Awaited_ }> = [];
  const r: Array<{ t0: number; arrived: Awaited_ }> = [];
  for (let i = 0; i < questions; i++) {
    const t0 = Date.now();
    const wait = clients.wait(`question:${i}`, true);
    broadcast({ t: 'question', index: i, total: questions, type: 'single', stem: '压力测试题：下列哪一项是正确的？', options: ['选项一', '选项二', '选项三', '选项四'], durationMs: 20000, remainingMs: 20000, deadline: t0 + 20000, serverTime: t0, answered: false });
    q.push({ t0, arrived: await wait });
    const t1 = Date.now();
    const res = clients.wait(`result:${i}`);
    broadcast({ t: 'result', index: i, answered: true, correct: true, points: 1500, yourAnswer: ['B'], correctAnswer: ['B'], explanation: '', score: 1500 * (i + 1), rank: 1, players, teamRank: 1, teamScore: 1500 });
    r.push({ t0: t1, arrived: await res });
  }
  const peak = mem.stop();
  await clients.close();
  await new Promise((resolve) => wss.close(resolve));
  return { conn, ...figures(q, r), rssMb: mb(peak.rss - before.rss), heapMb: mb(peak.heap - before.heapUsed) };
}

export async function main(args: string[]) {
  const { values } = parseArgs({ args, options: { players: { type: 'string', default: '10000' }, questions: { type: 'string', default: '10' }, batch: { type: 'string', default: '500' }, window: { type: 'string', default: '3000' } } });
  const players = Number(values.players);
  const questions = Number(values.questions);
  const batch = Number(values.batch);
  const windowMs = Number(values.window);
  const nofile = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim()) || Infinity;
  // The server holds one descriptor per socket, the client process another; plus the database and slack.
  console.log(`ulimit -n: ${nofile} (each process needs about ${players + 200})`);
  if (nofile < players + 200) console.log(`warning: ulimit -n ${nofile} is too low for ${players} players; raise it (ulimit -n ${players + 1000}) or lower --players`);

  const { database, env, close } = await openSeededDatabase('tiny', (m) => console.log(m));
  const { app } = await buildApp({ database, env: { ...env, LOGIN_RATE_LIMIT_PER_MINUTE: 1000 }, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'vg-bench-contest-'));
  const clients = await Clients.start();
  try {
    const t = Date.now();
    const cookies = await bulkPlayers(database.db, players, `bench${Date.now().toString(36)}`);
    const cookiesFile = join(dir, 'cookies.json');
    writeFileSync(cookiesFile, JSON.stringify(cookies));
    const { api } = await signIn(base, 'admin', env.DEMO_PASSWORD);
    const { roundId, code } = await createLiveContest(database.db, api, questions, 20);
    console.log(`database: ${database.kind}; ${players} players with sessions and a ${questions}-question live contest in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    clients.policy(windowMs);

    const bare = await baseline(clients, players, questions, batch);
    console.log(`bare ws: ${bare.conn.open} sockets in ${bare.conn.ms} ms; ack p50 ${bare.ackP50} ms p99 ${bare.ackP99} ms; broadcast to all max ${Math.max(...bare.questionMs)} ms; memory +${bare.rssMb} MB RSS, +${bare.heapMb} MB heap`);

    const host = (command: 'open' | 'start' | 'next' | 'reveal' | 'end') => ok(api.POST('/api/v1/contests/rounds/{roundId}/live/{command}', { params: { path: { roundId, command } } }));
    await host('open');
    const before = process.memoryUsage();
    const mem = memoryWatch();
    const conn = await clients.connect(`${base.replace('http', 'ws')}/api/v1/contests/live/${code}/ws`, players, batch, true, cookiesFile);
    const joined = await clients.wait('welcome:', false, 120_000);
    console.log(`contest: ${conn.open} sockets in ${conn.ms} ms (${conn.failed} failed); ${joined.count} joined within ${joined.last - joined.first} ms`);
    const q: Array<{ t0: number; arrived: Awaited_ }> = [];
    const r: Array<{ t0: number; arrived: Awaited_ }> = [];
    for (let i = 0; i < questions; i++) {
      const wait = clients.wait(`question:${i}`, true);
      const t0 = Date.now();
      await host(i === 0 ? 'start' : 'next');
      q.push({ t0, arrived: await wait });
      const res = clients.wait(`result:${i}`);
      const t1 = Date.now();
      await host('reveal');
      r.push({ t0: t1, arrived: await res });
      const a = q[i].arrived;
      console.log(`  question ${i + 1}: to all ${a.last - t0} ms (${a.count}), acks ${a.ack.length} p50 ${r1(pct(a.ack, 50))} p99 ${r1(pct(a.ack, 99))} ms; result to all ${r[i].arrived.last - t1} ms (${r[i].arrived.count})`);
    }
    const endWait = clients.wait(`ended:${questions - 1}`);
    const te = Date.now();
    await host('end');
    const ended = await endWait;
    const peak = mem.stop();
    const live = figures(q, r);
    const out = { ...live, endedMs: ended.count === conn.open ? ended.last - te : null, endedTo: ended.count, rssMb: mb(peak.rss - before.rss), heapMb: mb(peak.heap - before.heapUsed), rssTotalMb: mb(peak.rss), heapTotalMb: mb(peak.heap) };
    console.log(`contest: ack p50 ${out.ackP50} ms p99 ${out.ackP99} ms max ${out.ackMax} ms (${out.acks} acks; refused ${JSON.stringify(out.refused)})`);
    console.log(`contest: question to all max ${Math.max(...out.questionMs)} ms; result/leaderboard to all max ${Math.max(...out.resultMs)} ms; final ranking to ${out.endedTo} players in ${out.endedMs ?? '(not all within 60 s)'} ms`);
    console.log(`contest: memory +${out.rssMb} MB RSS, +${out.heapMb} MB heap (process peak ${out.rssTotalMb} MB RSS, ${out.heapTotalMb} MB heap)`);
    const ratio = bare.ackP99 / out.ackP99;
    console.log(`ratio (bare ack p99 / contest ack p99): ${ratio.toFixed(3)}`);
    console.log(
      JSON.stringify({
        bench: 'contest',
        players,
        connected: conn.open,
        questions,
        database: database.kind,
        ackP50Ms: out.ackP50,
        ackP99Ms: out.ackP99,
        questionToAllMaxMs: Math.max(...out.questionMs),
        leaderboardToAllMaxMs: Math.max(...out.resultMs),
        endedToAllMs: out.endedMs,
        rssMb: out.rssMb,
        heapMb: out.heapMb,
        baselineAckP50Ms: bare.ackP50,
        baselineAckP99Ms: bare.ackP99,
        baselineBroadcastMaxMs: Math.max(...bare.questionMs),
        baselineRssMb: bare.rssMb,
        baselineHeapMb: bare.heapMb,
        goalMet: out.ackP99 < 100 && Math.max(...out.resultMs) <= 1000 && conn.open === players,
        ratio: Number(ratio.toFixed(3)),
      }),
    );
  } finally {
    clients.child.kill();
    await app.close();
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
}
