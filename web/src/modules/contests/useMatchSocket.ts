import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveMsg, LiveState } from './useLiveSocket.js';

/** The phone's view of a 双人对战 or 四人赛: the queue, then the live question state the question card reads. */
export interface MatchState extends LiveState {
  queued: (LiveMsg & { receivedAt: number }) | null;
  matched: LiveMsg | null;
  /** Why the member is out of the queue: cancelled, timeout, elsewhere. */
  left: string | null;
  /** Opponents who left the match. */
  gone: string[];
}

const initial: MatchState = {
  connected: false,
  attempts: 0,
  failed: false,
  error: null,
  lobby: null,
  question: null,
  ack: null,
  closedIndex: null,
  paused: null,
  result: null,
  distribution: null,
  reveal: null,
  ended: null,
  players: 0,
  queued: null,
  matched: null,
  left: null,
  gone: [],
};

function reduce(s: MatchState, m: LiveMsg): MatchState {
  switch (m.t) {
    case 'queued':
      return { ...s, queued: { ...m, receivedAt: performance.now() }, left: null, error: null };
    case 'left':
      return { ...s, queued: null, left: m.reason };
    case 'matched':
      return { ...s, matched: m, queued: null, players: m.players?.length ?? 0 };
    case 'question': {
      const same = s.question?.index === m.index;
      return { ...s, question: { ...m, receivedAt: performance.now() }, closedIndex: null, ack: same ? s.ack : null, result: same ? s.result : null };
    }
    case 'ack':
      return { ...s, ack: m };
    case 'result':
      return { ...s, result: m, closedIndex: m.index };
    case 'ended':
      return { ...s, ended: m };
    case 'opponent_left':
      return { ...s, gone: [...s.gone, m.name] };
    case 'error':
      return { ...s, error: m.code, queued: null };
    default:
      return s;
  }
}

/**
 * The match socket (/api/v1/contests/match/ws): joins the queue of `kind` when it opens; closing
 * it (leaving the page) leaves the queue, or the match, whose remaining questions then score nothing.
 */
export function useMatchSocket(kind: 'duel' | 'four') {
  const [state, setState] = useState<MatchState>(initial);
  const [generation, setGeneration] = useState(0);
  const ws = useRef<WebSocket | null>(null);

  useEffect(() => {
    setState({ ...initial, attempts: 1 });
    const proto = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const sock = new WebSocket(`${proto}://${window.location.host}/api/v1/contests/match/ws`);
    ws.current = sock;
    const send = (m: Record<string, unknown>) => sock.readyState === WebSocket.OPEN && sock.send(JSON.stringify(m));
    sock.onopen = () => {
      setState((s) => ({ ...s, connected: true, attempts: 0 }));
      send({ t: 'queue', kind });
    };
    sock.onmessage = (ev) => {
      const m = JSON.parse(String(ev.data)) as LiveMsg;
      if (m.t === 'ping') return void send({ t: 'pong', id: m.id });
      setState((s) => reduce(s, m));
    };
    sock.onclose = () => setState((s) => ({ ...s, connected: false, failed: !s.ended }));
    return () => {
      sock.onclose = null;
      sock.close();
    };
  }, [kind, generation]);

  const answer = useCallback((index: number, choice: string[]) => ws.current?.send(JSON.stringify({ t: 'answer', index, choice })), []);
  const cancel = useCallback(() => ws.current?.readyState === WebSocket.OPEN && ws.current.send(JSON.stringify({ t: 'cancel' })), []);
  /** Another match, or another try after the queue gave up: a new socket joins the queue again. */
  const again = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, answer, cancel, again };
}
