import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/**
 * The citizen pages move between themselves without a router library, so the small public app stays small. A move
 * is a history entry and a popstate event: the full app's router (which also routes these pages) follows it too.
 */
export function goTo(to: string) {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export interface Where {
  pathname: string;
  hash: string;
}

const here = (): Where => ({ pathname: window.location.pathname, hash: window.location.hash });

/** The current path and fragment, following back/forward, `goTo` and a changed #fragment. */
export function useWhere(): Where {
  const [where, setWhere] = useState(here);
  useEffect(() => {
    const follow = () => setWhere(here());
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);
  return where;
}

/** A link between citizen pages; a click with a modifier key still opens a new tab as links do. */
export function CitizenLink({ to, children, className, testId }: { to: string; children: ReactNode; className?: string; testId?: string }) {
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    goTo(to);
  };
  return (
    <a href={to} onClick={open} className={className} data-testid={testId}>
      {children}
    </a>
  );
}

/** What shows while a page's code or data loads, without the admin toolkit. */
export function CitizenLoading({ text }: { text: string }) {
  return (
    <div className="vg-c-loading" role="status" aria-live="polite">
      {text}
    </div>
  );
}
