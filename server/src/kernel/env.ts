import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting of the server. Defaults make `npm start` work on a fresh machine. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PGLITE_WORKER: bool.default(true),
  // Named prepared statements per connection; turn off behind a pooler that cannot keep them (PgBouncer transaction mode before 1.21).
  DATABASE_PREPARE: bool.default(true),
  // PostgreSQL connections that carry single statements pipelined (0: every statement takes a pooled connection of its own).
  DATABASE_PIPELINE: z.coerce.number().int().min(0).max(16).default(2),
  DEMO_MODE: bool.default(true),
  DEMO_PASSWORD: z.string().min(8).default('Vanguard@2026'),
  SEED_SCALE: z.enum(['none', 'tiny', 'small', 'city']).default('city'),
  /** Share of demo members aged 35 or under (young cadres). */
  SEED_YOUNG_RATIO: z.coerce.number().min(0).max(1).default(0.4),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Seconds a resolved session is reused in-process before the database is asked again (0 = off). */
  SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(3),
  /** Seconds hot lists (members) are reused in-process; any write in this process retires them at once (0 = off). */
  READ_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(2),
  /** Seconds a figure's value is reused for the same (metric, scope, period); a write of its module retires it at once (0 = off). */
  FIGURES_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  /** Bearer token for /metrics when HOST is not loopback (callers on loopback need none); unset = loopback only. */
  METRICS_TOKEN: z.string().min(16).optional(),
  COOKIE_SECURE: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  /**
   * What to do with an answer that does not match its response schema: `strict` fails the request (500), `lenient`
   * logs it and sends the answer. Default: strict, except lenient in production.
   */
  RESPONSE_CHECK: z.enum(['strict', 'lenient']).optional(),
  /** OpenID Connect sign-in: the provider's issuer URL, this app's client and its callback URL, all four or none. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: z.string().url().optional(),
  /** Which claim names the person: `preferred_username` = the account's username; `id_number_sha256` = SHA-256 hex of the person's ID number. */
  OIDC_CLAIM: z.enum(['preferred_username', 'id_number_sha256']).default('preferred_username'),
  OIDC_SCOPES: z.string().min(1).default('openid profile'),
  /** `false` turns username/password sign-in off (OIDC must then be configured). */
  PASSWORD_LOGIN: bool.default(true),
}).superRefine((env, ctx) => {
  const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'] as const;
  const set = oidc.filter((k) => env[k] !== undefined);
  if (set.length > 0 && set.length < oidc.length) {
    for (const k of oidc.filter((k) => env[k] === undefined)) ctx.addIssue({ code: 'custom', path: [k], message: `required with ${set.join(', ')} (OIDC needs all of ${oidc.join(', ')})` });
  }
  if (!env.PASSWORD_LOGIN && set.length < oidc.length) {
    ctx.addIssue({ code: 'custom', path: ['PASSWORD_LOGIN'], message: 'password sign-in can be turned off only when OIDC is configured' });
  }
});

/** The OIDC settings when all are given, else null. */
export function oidcSettings(env: Env) {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET || !env.OIDC_REDIRECT_URL) return null;
  return { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, redirectUrl: env.OIDC_REDIRECT_URL, claim: env.OIDC_CLAIM, scopes: env.OIDC_SCOPES };
}
export type OidcSettings = NonNullable<ReturnType<typeof oidcSettings>>;

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  return envSchema.parse(cleaned);
}

/** Reads process.env; on a bad value prints which variable and why, then exits. */
export function loadEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (err) {
    if (err instanceof z.ZodError) {
      for (const issue of err.issues) {
        console.error(`Invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
      }
      process.exit(1);
    }
    throw err;
  }
}
