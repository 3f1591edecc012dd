import { WebSocket } from 'ws';

export type Msg = Record<string, any> & { t: string };

/** A test client of the live protocol: answers pings, keeps every message, waits for a type. */
export class WsClient {
  readonly messages: Msg[] = [];
  private cursor = 0;
  private waiters: Array<() => void> = [];
  closed = false;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as Msg;
      if (m.t === 'ping') return ws.send(JSON.stringify({ t: 'pong', id: m.id }));
      this.messages.push(m);
      for (const w of this.waiters.splice(0)) w();
    });
    ws.on('close', () => {
      this.closed = true;
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static open(base: string, code: string, cookie?: string): Promise<WsClient> {
    return WsClient.connect(base, `/api/v1/contests/live/${code}/ws`, cookie);
  }

  /** The socket of 双人对战 and 四人赛. */
  static match(base: string, cookie?: string): Promise<WsClient> {
    return WsClient.connect(base, '/api/v1/contests/match/ws', cookie);
  }

  private static connect(base: string, path: string, cookie?: string): Promise<WsClient> {
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}${path}`, { headers: cookie ? { cookie } : {} });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new WsClient(ws)));
      ws.once('error', reject);
    });
  }

  send(m: Record<string, unknown>) {
    this.ws.send(JSON.stringify(m));
  }

  /** The next message of type `t` (after those already taken), within `ms`. */
  async next(t: string, ms = 10_000, pred: (m: Msg) => boolean = () => true): Promise<Msg> {
    const until = Date.now() + ms;
    for (;;) {
      while (this.cursor < this.messages.length) {
        const m = this.messages[this.cursor++];
        if (m.t === t && pred(m)) return m;
      }
      if (this.closed) throw new Error(`socket closed while waiting for ${t}`);
      const left = until - Date.now();
      if (left <= 0) throw new Error(`no ${t} within ${ms} ms; got ${JSON.stringify(this.messages.slice(-5))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  close() {
    this.ws.close();
  }
}

export const sampleQuestions = [
  { type: 'single', stem: '青春之岛先锋平台测试题一：中国共产党成立于哪一年？', options: ['1919年', '1921年', '1927年', '1949年'], answer: ['B'] },
  { type: 'single', stem: '青春之岛先锋平台测试题二：党的根本宗旨是什么？', options: ['全心全意为人民服务', '实事求是', '群众路线', '独立自主'], answer: ['A'] },
  { type: 'judge', stem: '青春之岛先锋平台测试题三：党支部是党的基础组织。', options: [], answer: ['true'] },
] as const;

/** The player's letter for the option whose text is `text`. */
export function letterOf(question: Msg, text: string): string {
  return 'ABCDEFGHIJ'[(question.options as string[]).indexOf(text)];
}
