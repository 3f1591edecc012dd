import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { Spin } from 'antd';
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from './api.js';
import { client, unwrap, type Schema } from './api-client.js';
import type { Permission } from './types.js';

/** The signed-in account, its roles and permissions. */
export type Me = Schema<'Me'>;

interface Auth {
  me: Me | null;
  loading: boolean;
  can: (permission: Permission) => boolean;
  hasRole: (role: string) => boolean;
  refresh: () => Promise<Me | null>;
  login: (username: string, password: string) => Promise<{ mustChangePassword: boolean }>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);
const ME_KEY = ['auth', 'me'];

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await unwrap(client.GET('/api/v1/auth/me'));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

/** Who is signed in (null: nobody). */
export const meQuery = queryOptions({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: 1 });

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const { data, isPending, refetch } = useQuery(meQuery);
  const me = data ?? null;

  useEffect(() => {
    // Any 401 from a later call means the session ended: forget it and let the guards redirect.
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      qc.setQueryData(ME_KEY, null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [qc]);

  const refresh = useCallback(async () => (await refetch()).data ?? null, [refetch]);

  const login = useCallback(
    async (username: string, password: string) => {
      const res = await unwrap(client.POST('/api/v1/auth/login', { body: { username, password } }));
      setCsrfToken(res.csrfToken);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      await refresh();
      return { mustChangePassword: res.mustChangePassword };
    },
    [qc, refresh],
  );

  const logout = useCallback(async () => {
    try {
      const res = await unwrap(client.POST('/api/v1/auth/logout'));
      // Signed in through the identity provider: its sign-out too, which sends the browser back to /login.
      if (res.redirectTo) window.location.assign(res.redirectTo);
    } finally {
      setCsrfToken(null);
      // Set before removing the rest: clearing the whole cache would leave the observer on a stale `me`.
      qc.setQueryData(ME_KEY, null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    }
  }, [qc]);

  const value = useMemo<Auth>(() => {
    const perms = new Set(me?.permissions ?? []);
    const roles = new Set(me?.roles.map((r) => r.role) ?? []);
    return {
      me,
      loading: isPending,
      can: (p) => perms.has(p),
      hasRole: (r) => roles.has(r as never),
      refresh,
      login,
      logout,
    };
  }, [me, isPending, refresh, login, logout]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

export function FullPageSpin() {
  return (
    <div style={{ minHeight: '60vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

/** Signed-in pages: no session → /login (remembering where to come back); initial password → /change-password. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const loc = useLocation();
  if (loading) return <FullPageSpin />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(loc.pathname + loc.search)}`} replace />;
  if (me.mustChangePassword) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}

/** A password is changed here only in a session signed in with one; the identity provider keeps its own. */
export function canChangePassword(me: Me | null): boolean {
  return me != null && me.signedInWith === 'password';
}

/** Phone homes of the accounts that hold only one role of these. */
const phoneHomes: Record<string, string> = { member: '/m', entrepreneur: '/m/entrepreneur' };

/** Where a user lands after sign-in: plain members get the phone home, entrepreneurs their 青创π page, everyone else the admin shell. */
export function homeFor(me: Me): string {
  const only = me.roles.length > 0 && me.roles.every((r) => r.role === me.roles[0].role) ? me.roles[0].role : null;
  return (only && phoneHomes[only]) || '/';
}
