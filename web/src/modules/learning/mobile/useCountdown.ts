import { useEffect, useState } from 'react';

/** Seconds left, counted down locally from the server's figure; `remaining` re-syncs it whenever the server is asked again. */
export function useCountdown(remaining: number | undefined, onZero: () => void) {
  const [left, setLeft] = useState<number | undefined>(remaining);
  useEffect(() => {
    if (remaining === undefined) return;
    const end = Date.now() + remaining * 1000;
    setLeft(remaining);
    let fired = false;
    const timer = setInterval(() => {
      const s = Math.max(0, Math.round((end - Date.now()) / 1000));
      setLeft(s);
      if (s === 0 && !fired) {
        fired = true;
        clearInterval(timer);
        onZero();
      }
    }, 250);
    return () => clearInterval(timer);
    // onZero is read at the moment time runs out; re-arming on its identity would restart the clock
  }, [remaining]);
  return left;
}

export const clock = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
