import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { getSettings } from '../config/demands.settings.js';
import { rateParts, type RateName } from './analytics.js';
import { measures, type Measure } from './demands.rollup.js';

const anyOf = (list: Measure[]) => sql.raw(`(${list.map((m) => `(${measures[m]})`).join(' OR ')})`);

/**
 * One of the three rates as the demand settings define it today, as conditions over a demand row `d`: the demands
 * it is a share of (`base`) and those that count (`hit`) — the very expressions the rollup counts, for another
 * module's figures over its own subset of demands (pairing's concerns).
 */
export async function demandRateSql(db: Db, name: RateName): Promise<{ hit: SQL; base: SQL }> {
  const p = rateParts(await getSettings(db))[name];
  return { hit: anyOf(p.hit), base: anyOf([p.base]) };
}
