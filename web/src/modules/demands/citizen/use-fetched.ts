import { useCallback, useEffect, useState } from 'react';

export interface Fetched<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** One read for a citizen page (no query library in the small public app); a later answer never overwrites a newer one. */
export function useFetched<T>(read: (() => Promise<T>) | null, key: string): Fetched<T> {
  const [state, setState] = useState<{ key: string; data?: T; error?: unknown; loading: boolean }>({ key, loading: !!read });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!read) return;
    let current = true;
    setState((s) => ({ key, data: s.key === key ? s.data : undefined, loading: true }));
    read().then(
      (data) => current && setState({ key, data, loading: false }),
      (error: unknown) => current && setState({ key, error, loading: false }),
    );
    return () => {
      current = false;
    };
    // `read` is a new function each render; `key` says what it reads.
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const mine = state.key === key;
  return { data: mine ? state.data : undefined, error: mine ? state.error : undefined, loading: !!read && (!mine || state.loading), reload };
}
