import { useEffect, useRef, useState } from 'react';
import { FIGURES_STREAM_URL } from './cockpit.api.js';

export type StreamMode = 'push' | 'polling';

/** Live counts of what the stream hooks hold open, read by the big screen's long-run check. */
export const streamStats = { sources: 0, timers: 0 };

/**
 * Calls `onChange` when figures change: on each `figures` event of the server-sent stream, and every
 * `pollMs` while the stream is down (it is then retried every `retryMs`). Changes closer than `minGapMs`
 * are merged into one call. One EventSource and at most two timers at a time, all released on unmount.
 */
export function useFiguresStream(onChange: () => void, opts: { pollMs?: number; retryMs?: number; minGapMs?: number } = {}): StreamMode {
  const { pollMs = 30_000, retryMs = 60_000, minGapMs = 2_000 } = opts;
  const [mode, setMode] = useState<StreamMode>('push');
  const callback = useRef(onChange);
  callback.current = onChange;

  useEffect(() => {
    let source: EventSource | null = null;
    let poll: ReturnType<typeof setInterval> | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let pending: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    let stopped = false;

    const fire = () => {
      if (pending) return;
      const wait = Math.max(0, last + minGapMs - Date.now());
      streamStats.timers += 1;
      pending = setTimeout(() => {
        streamStats.timers -= 1;
        pending = null;
        last = Date.now();
        callback.current();
      }, wait);
    };
    const startPolling = () => {
      if (poll) return;
      setMode('polling');
      streamStats.timers += 1;
      poll = setInterval(fire, pollMs);
    };
    const stopPolling = () => {
      if (!poll) return;
      clearInterval(poll);
      streamStats.timers -= 1;
      poll = null;
    };
    const closeSource = () => {
      if (!source) return;
      source.onopen = null;
      source.onerror = null;
      source.removeEventListener('figures', onFigures);
      source.close();
      streamStats.sources -= 1;
      source = null;
    };
    // Any change refreshes every figure on screen; the topics only say which module wrote.
    const onFigures = () => fire();
    const connect = () => {
      if (stopped) return;
      if (typeof EventSource === 'undefined') return startPolling();
      source = new EventSource(FIGURES_STREAM_URL, { withCredentials: true });
      streamStats.sources += 1;
      source.addEventListener('figures', onFigures);
      source.onopen = () => {
        // Whatever changed while the stream was down is fetched once.
        if (poll) fire();
        stopPolling();
        setMode('push');
      };
      source.onerror = () => {
        // The browser reconnects by itself unless the answer was not a stream (then readyState is CLOSED).
        startPolling();
        if (source?.readyState === EventSource.CLOSED) {
          closeSource();
          if (!retry) {
            streamStats.timers += 1;
            retry = setTimeout(() => {
              streamStats.timers -= 1;
              retry = null;
              connect();
            }, retryMs);
          }
        }
      };
    };
    connect();
    return () => {
      stopped = true;
      closeSource();
      stopPolling();
      for (const t of [retry, pending]) if (t) {
        clearTimeout(t);
        streamStats.timers -= 1;
      }
    };
  }, [pollMs, retryMs, minGapMs]);
  return mode;
}
