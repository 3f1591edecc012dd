import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { ageOn, shanghaiDay } from '../../../kernel/time.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { personInScope } from '../../../kernel/org/people.queries.js';

/** The default young cadre age limit when a year has no squad_years row (the column default). */
export const DEFAULT_YOUNG_MAX_AGE = 35;

/** The young cadre age limit of the year `day` falls in (squad_years.young_max_age, default 35). */
export async function youngMaxAge(db: Db, day: string): Promise<number> {
  const [y] = await rows<{ young_max_age: number }>(db, sql`SELECT young_max_age FROM squad_years WHERE year = ${Number(day.slice(0, 4))}`);
  return y ? Number(y.young_max_age) : DEFAULT_YOUNG_MAX_AGE;
}

/**
 * The person (read through the kernel's people query, within `scope`) must be a young cadre on `day`
 * (default: today in Asia/Shanghai): age ≤ the year's limit. Unknown or out of scope → 404; too old → 409.
 */
export async function assertYoungCadre(db: Db, scope: Scope, personId: number, day = shanghaiDay(new Date()), field = 'personId') {
  const person = await personInScope(db, personId, scope);
  if (!person) throw new AppError('not_found', [{ field, message: 'person not found' }]);
  const limit = await youngMaxAge(db, day);
  const age = ageOn(person.birth_date, day);
  if (age > limit) throw new AppError('squad_member_too_old', { personId, age, youngMaxAge: limit, day });
  return { name: person.name, orgPath: person.org_path, age };
}
