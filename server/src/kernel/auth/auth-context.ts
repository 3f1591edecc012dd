import type { CacheTopic } from '../cache/topic-cache.js';
import type { Role } from '../access/roles.js';

export interface Assignment {
  role: Role;
  orgId: number;
  orgPath: string;
  orgName: string;
}

export const signInMethods = ['password', 'oidc'] as const;
export type SignInMethod = (typeof signInMethods)[number];

/** Who is calling, attached to the request by the guard. */
export interface AuthContext {
  accountId: number;
  username: string;
  displayName: string;
  personId: number | null;
  /** Path of the organisation the linked person belongs to, for participant-side checks. */
  personOrgPath: string | null;
  mustChangePassword: boolean;
  /** How the session was signed in; absent for a caller made up outside a session (seeding). */
  via?: SignInMethod;
  sessionId: string;
  csrfToken: string;
  assignments: Assignment[];
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** 'public': no session; 'session': any signed-in account; otherwise a permission name. */
    access?: 'public' | 'session' | { readonly permission: string };
    /** Allowed while the account must still change its password. */
    allowPendingPasswordChange?: boolean;
    /** Caches this route's successful writes make stale (kernel/cache/topic-cache.ts). */
    invalidates?: ReadonlyArray<CacheTopic>;
  }
}

export function requireAuth(auth: AuthContext | null): AuthContext {
  if (!auth) throw new Error('route reached without a session; check its access config');
  return auth;
}
