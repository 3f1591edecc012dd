import { useCallback, useEffect, useRef, useState } from 'react';

/** One message of the live WebSocket protocol (docs/contests-protocol.md); not part of the HTTP API document. */
export type LiveMsg = { t: string } & Record<string, any>;

export interface LiveState {
  connected: boolean;
  /** Connection attempts since the last open socket; the page shows them while it tries. */
  attempts: number;
  /** Gave up: too many failed attempts, or the server refused for good (a wrong code, a finished contest). */
  failed: boolean;
  error: string | null;
  lobby: LiveMsg | null;
  question: (LiveMsg & { receivedAt: number }) | null;
  ack: LiveMsg | null;
  closedIndex: number | null;
  paused: LiveMsg | null;
  result: LiveMsg | null;
  distribution: LiveMsg | null;
  reveal: LiveMsg | null;
  ended: LiveMsg | null;
  players: number;
}

const initial: LiveState = { connected: false, attempts: 0, failed: false, error: null, lobby: null, question: null, ack: null, closedIndex: null, paused: null, result: null, distribution: null, reveal: null, ended: null, players: 0 };
const tokenKey = (code: string) => `vg.contest.${code}`;
const endedKey = (code: string) => `vg.contest.${code}.ended`;
/** Attempts before the page stops trying and offers a retry. */
export const maxAttempts = 4;
/** Refusals a reconnect cannot change. */
const fatal = new Set(['not_found', 'contest_not_open', 'contest_not_entrant', 'unauthenticated', 'forbidden']);

/** The final result this phone received for a contest code, kept for a reload (the server's answer wins when it comes). */
export function keptEnded(code: string | undefined): LiveMsg | null {
  if (!code) return null;
  try {
    return JSON.parse(sessionStorage.getItem(endedKey(code)) ?? 'null') as LiveMsg | null;
  } catch {
    return null;
  }
}

function reduce(s: LiveState, m: LiveMsg): LiveState {
  switch (m.t) {
    case 'lobby':
      return { ...s, error: null, lobby: m, players: m.players ?? s.players };
    case 'question': {
      const same = s.question?.index === m.index;
      return { ...s, question: { ...m, receivedAt: performance.now() }, paused: null, closedIndex: null, ack: same ? s.ack : null, result: same ? s.result : null, reveal: same ? s.reveal : null, distribution: same ? s.distribution : null };
    }
    case 'ack':
      return { ...s, ack: m };
    case 'closed':
      return { ...s, closedIndex: m.index };
    case 'paused':
      return { ...s, paused: m };
    case 'result':
      return { ...s, result: m, closedIndex: m.index, players: m.players ?? s.players };
    case 'distribution':
      return { ...s, distribution: m, players: m.players ?? s.players };
    case 'reveal':
      return { ...s, reveal: m, closedIndex: m.index, players: m.players ?? s.players };
    case 'ended':
      return { ...s, ended: m, paused: null };
    case 'error':
      return { ...s, error: m.code, failed: s.failed || fatal.has(m.code) };
    default:
      return s;
  }
}

/**
 * One live-contest socket (player or big screen). Reconnects by itself; a player keeps the
 * resume token in sessionStorage so a reload or a new network comes back to the same seat.
 */
export function useLiveSocket(code: string | undefined, role: 'player' | 'screen') {
  const [state, setState] = useState<LiveState>(initial);
  const [generation, setGeneration] = useState(0);
  const ws = useRef<WebSocket | null>(null);

  useEffect(() => {
    if (!code) return;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState({ ...initial, attempts: 1 });
    const connect = () => {
      const proto = window.location.protocol === 'https:' ? 'wss' : 'ws';
      const sock = new WebSocket(`${proto}://${window.location.host}/api/v1/contests/live/${code}/ws`);
      ws.current = sock;
      const send = (m: Record<string, unknown>) => sock.readyState === WebSocket.OPEN && sock.send(JSON.stringify(m));
      sock.onopen = () => {
        attempt = 0;
        setState((s) => ({ ...s, connected: true, attempts: 0, failed: false }));
        const token = role === 'player' ? sessionStorage.getItem(tokenKey(code)) : null;
        send(role === 'screen' ? { t: 'screen' } : token ? { t: 'resume', token } : { t: 'join' });
      };
      sock.onmessage = (ev) => {
        const m = JSON.parse(String(ev.data)) as LiveMsg;
        if (m.t === 'ping') return void send({ t: 'pong', id: m.id });
        if (m.t === 'welcome' && m.token) sessionStorage.setItem(tokenKey(code), m.token);
        if (m.t === 'ended' && role === 'player') sessionStorage.setItem(endedKey(code), JSON.stringify(m));
        if (m.t === 'error' && fatal.has(m.code)) {
          stopped = true;
          sock.close();
        }
        if (m.t === 'error' && m.code === 'bad_token') {
          sessionStorage.removeItem(tokenKey(code));
          return void send({ t: 'join' });
        }
        setState((s) => reduce(s, m));
      };
      sock.onclose = () => {
        if (ws.current === sock) ws.current = null;
        setState((s) => ({ ...s, connected: false }));
        if (stopped) return;
        attempt++;
        // A big screen keeps trying; a phone says so and offers a retry.
        if (role === 'player' && attempt >= maxAttempts) return setState((s) => ({ ...s, failed: true }));
        setState((s) => ({ ...s, attempts: attempt + 1 }));
        timer = setTimeout(connect, Math.min(10_000, 500 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random() / 2));
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      ws.current?.close();
    };
  }, [code, role, generation]);

  /** Starts over after the page gave up. */
  const retry = useCallback(() => setGeneration((g) => g + 1), []);
  const answer = useCallback((index: number, choice: string[]) => {
    ws.current?.send(JSON.stringify({ t: 'answer', index, choice }));
  }, []);
  return { state, answer, retry };
}

/** Milliseconds left on the current question, counted from the server's `remainingMs` (not the local clock). */
export function useCountdown(question: LiveState['question'], stopped: boolean) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!question || stopped) return;
    const timer = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(timer);
  }, [question, stopped]);
  if (!question) return 0;
  return Math.max(0, question.remainingMs - (now - question.receivedAt));
}

export const letters = 'ABCDEFGHIJ';
