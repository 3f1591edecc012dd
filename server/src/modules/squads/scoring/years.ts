import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { AppError } from '../../../kernel/errors.js';
import type { PeriodKind } from '../squads.schema.js';
import type { Weights } from './compute.js';
import { listPeriods, periodDays, yearSettings } from './periods.js';

export interface YearSettingsInput {
  periodKind: PeriodKind;
  weights: Weights;
  youngMaxAge: number;
  badgeTopN: number;
}

/** Saves a year's settings; the period kind cannot change once the year has periods. */
export async function saveYearSettings(db: Db, req: FastifyRequest, year: number, body: YearSettingsInput) {
  const before = await yearSettings(db, year);
  const periods = await listPeriods(db, year);
  if (periods.length && periods[0].kind !== body.periodKind) throw new AppError('conflict', { field: 'periodKind', reason: 'the year already has periods of another kind' });
  const w = body.weights;
  await transaction(db, async (tx) => {
    await tx.execute(sql`INSERT INTO squad_years (year, period_kind, weight_learning, weight_skill, weight_innovation, weight_duty, weight_performance, young_max_age, badge_top_n, updated_by, updated_at)
      VALUES (${year}, ${body.periodKind}, ${w.learning}, ${w.skill}, ${w.innovation}, ${w.duty}, ${w.performance}, ${body.youngMaxAge}, ${body.badgeTopN}, ${req.auth?.accountId ?? null}, now())
      ON CONFLICT (year) DO UPDATE SET period_kind = excluded.period_kind, weight_learning = excluded.weight_learning, weight_skill = excluded.weight_skill,
        weight_innovation = excluded.weight_innovation, weight_duty = excluded.weight_duty, weight_performance = excluded.weight_performance,
        young_max_age = excluded.young_max_age, badge_top_n = excluded.badge_top_n, updated_by = excluded.updated_by, updated_at = now()`);
    await audit(tx, req, { action: 'squads.year_settings', entity: 'squad_year', entityId: year, summary: `${year}`, before, after: body });
  });
}

/** Creates the year's periods (months or quarters, per its settings) that do not exist yet; answers the year's periods. */
export async function createPeriods(db: Db, req: FastifyRequest, year: number) {
  const settings = await yearSettings(db, year);
  const existing = await listPeriods(db, year);
  if (existing.some((p) => p.kind !== settings.periodKind)) throw new AppError('conflict', { field: 'year', reason: 'the year already has periods of another kind' });
  const count = settings.periodKind === 'month' ? 12 : 4;
  const created = await transaction(db, async (tx) => {
    let n = 0;
    for (let seq = 1; seq <= count; seq++) {
      const { startsOn, endsOn } = periodDays(year, settings.periodKind, seq);
      const made = await rows(
        tx,
        sql`INSERT INTO squad_periods (year, kind, seq, starts_on, ends_on) VALUES (${year}, ${settings.periodKind}, ${seq}, ${startsOn}, ${endsOn})
            ON CONFLICT (year, kind, seq) DO NOTHING RETURNING id`,
      );
      n += made.length;
    }
    if (n > 0) await audit(tx, req, { action: 'squads.periods_create', entity: 'squad_year', entityId: year, summary: `${year}: ${n} ${settings.periodKind} periods` });
    return n;
  });
  return { created, items: await listPeriods(db, year) };
}

export interface CriterionInput {
  name: string;
  description: string;
  weight: number;
}

export async function rubricOf(db: Db, year: number) {
  const list = await rows<{ id: number; seq: number; name: string; description: string; weight: string }>(
    db,
    sql`SELECT id, seq, name, description, weight FROM squad_rubric_criteria WHERE year = ${year} ORDER BY seq`,
  );
  return list.map((c) => ({ ...c, weight: Number(c.weight) }));
}

/**
 * Replaces the year's 比作为 rubric (3–5 criteria, distinct names). Once a rating of the year exists the criteria are
 * kept (ratings refer to them): only names, descriptions and weights may change, same number of criteria.
 */
export async function saveRubric(db: Db, req: FastifyRequest, year: number, criteria: CriterionInput[]) {
  const before = await rubricOf(db, year);
  const [rated] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM squad_ratings r JOIN squad_periods p ON p.id = r.period_id WHERE p.year = ${year}`);
  if (rated.n > 0 && criteria.length !== before.length) throw new AppError('conflict', { field: 'criteria', reason: 'the year has ratings: the number of criteria cannot change' });
  await transaction(db, async (tx) => {
    if (rated.n > 0) {
      // Free the names first (unique per year), then set each criterion in place.
      for (const c of before) await tx.execute(sql`UPDATE squad_rubric_criteria SET name = ${`~${c.id}`} WHERE id = ${c.id}`);
      for (const [i, c] of criteria.entries()) {
        await tx.execute(sql`UPDATE squad_rubric_criteria SET name = ${c.name}, description = ${c.description}, weight = ${c.weight} WHERE id = ${before[i].id}`);
      }
    } else {
      await tx.execute(sql`DELETE FROM squad_rubric_criteria WHERE year = ${year}`);
      for (const [i, c] of criteria.entries()) {
        await tx.execute(sql`INSERT INTO squad_rubric_criteria (year, seq, name, description, weight) VALUES (${year}, ${i + 1}, ${c.name}, ${c.description}, ${c.weight})`);
      }
    }
    await audit(tx, req, { action: 'squads.rubric_save', entity: 'squad_year', entityId: year, summary: `${year}: ${criteria.length} criteria`, before, after: criteria });
  });
  return rubricOf(db, year);
}
