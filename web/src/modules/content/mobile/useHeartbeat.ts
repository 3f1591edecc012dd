import { useEffect, useRef, useState } from 'react';
import { client, unwrap } from '../../../kernel/api-client.js';
import type { BeatResult } from '../content.api.js';

export const BEAT_MS = 15_000;

/**
 * Tells the server every 15 s whether the page is in front (document.visibilityState);
 * the server credits only intervals that were visible at both ends. A beat also goes
 * out when the tab is hidden or shown, so the boundaries are exact.
 */
export function useHeartbeat(itemId: number | null, onCompleted?: () => void) {
  const [last, setLast] = useState<BeatResult | null>(null);
  const completedRef = useRef(onCompleted);
  completedRef.current = onCompleted;

  useEffect(() => {
    if (itemId == null) return;
    let stopped = false;
    let wasCompleted: boolean | null = null;
    const beat = async () => {
      try {
        const r = await unwrap(client.POST('/api/v1/content/{id}/heartbeat', { params: { path: { id: itemId } }, body: { visible: document.visibilityState === 'visible' } }));
        if (stopped) return;
        setLast(r);
        if (wasCompleted === false && r.completed) completedRef.current?.();
        wasCompleted = r.completed;
      } catch {
        // a missed beat only loses that interval's credit
      }
    };
    void beat();
    const timer = setInterval(beat, BEAT_MS);
    const onVisibility = () => void beat();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [itemId]);

  return last;
}
