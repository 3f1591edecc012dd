import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { rows, type Db } from '../../../kernel/db/client.js';

/** Settings a committee admin may change at run time (PUT /api/v1/demand-settings). */
export const editableSettings = z.object({
  /** Closed demands older than this lose the citizen's personal data. */
  retentionYears: z.number().int().min(1).max(30),
  /** Leading zero bits the citizen's browser must find (about 2^n hashes). */
  powDifficulty: z.number().int().min(0).max(24),
  /** Public submissions per phone number per day. */
  phoneDailyLimit: z.number().int().min(1).max(1000),
  /** How long a challenge may be solved and used. */
  challengeTtlSeconds: z.number().int().min(30).max(3600),
  /** 响应率 counts only acceptances within the response deadline (false: any acceptance). */
  responseInTimeOnly: z.boolean(),
  /** 解决率: a demand is resolved when answered, or only once closed (callback done). */
  resolutionMeans: z.enum(['answered', 'closed']),
  /** 解决率 counts only resolutions within the resolution deadline (false: any). */
  resolutionInTimeOnly: z.boolean(),
  /** 满意率 counts 基本满意 as satisfied (false: only 满意). */
  basicallySatisfiedCounts: z.boolean(),
});
export type DemandSettings = z.infer<typeof editableSettings>;

export const defaultSettings: DemandSettings = {
  retentionYears: 3, powDifficulty: 16, phoneDailyLimit: 5, challengeTtlSeconds: 600,
  responseInTimeOnly: true, resolutionMeans: 'answered', resolutionInTimeOnly: true, basicallySatisfiedCounts: true,
};

export type RateDefinitions = Pick<DemandSettings, 'responseInTimeOnly' | 'resolutionMeans' | 'resolutionInTimeOnly' | 'basicallySatisfiedCounts'>;

export async function getSettings(db: Db): Promise<DemandSettings> {
  const found = await rows<{ key: string; value: unknown }>(db, sql`SELECT key, value FROM demand_settings WHERE key <> 'challenge_secret'`);
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const r of found) if (r.key in defaultSettings) merged[r.key] = r.value;
  return editableSettings.parse(merged);
}

export async function putSettings(db: Db, patch: Partial<DemandSettings>) {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    await db.execute(sql`INSERT INTO demand_settings (key, value) VALUES (${key}, ${JSON.stringify(value)}::jsonb)
      ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`);
  }
}

/** The HMAC key of proof-of-work challenges: made once per installation, shared by every process. */
export async function challengeSecret(db: Db): Promise<string> {
  await db.execute(sql`INSERT INTO demand_settings (key, value) VALUES ('challenge_secret', ${JSON.stringify(randomBytes(32).toString('hex'))}::jsonb) ON CONFLICT (key) DO NOTHING`);
  const [r] = await rows<{ value: string }>(db, sql`SELECT value FROM demand_settings WHERE key = 'challenge_secret'`);
  return r.value;
}
