import { useEffect, useRef, useState } from 'react';
import { client, unwrap, type Answer } from '../../../kernel/api-client.js';

export type Beat = Answer<'/api/v1/content/{id}/heartbeat', 'post'>;

export const BEAT_MS = 15_000;

/**
 * Reading heartbeat: one beat on open, then every 15 s while the page is in front, plus one when it goes
 * to the background (the server gives no credit for time spent hidden).
 */
export function useHeartbeat(contentId: number, enabled: boolean, onCompleted: () => void) {
  const [beat, setBeat] = useState<Beat | null>(null);
  const done = useRef(false);
  const notify = useRef(onCompleted);
  notify.current = onCompleted;
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    const send = async () => {
      try {
        const b = await unwrap(client.POST('/api/v1/content/{id}/heartbeat', { params: { path: { id: contentId } }, body: { visible: document.visibilityState === 'visible' } }));
        if (stopped) return;
        setBeat(b);
        if (b.completed && !done.current) {
          done.current = true;
          notify.current();
        }
      } catch {
        // a missed beat only delays the credit; the next one catches up
      }
    };
    void send();
    const timer = setInterval(() => document.visibilityState === 'visible' && void send(), BEAT_MS);
    const onVisibility = () => void send();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [contentId, enabled]);
  return beat;
}
