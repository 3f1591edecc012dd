import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { parseDeadline } from '../workflow/deadlines.js';
import { responseDeadlineFor } from './demands.reference.js';
import type { CategoryAudience } from '../demands.schema.js';

/** A demand category another module brings (e.g. pairing's concern categories), with its deadline and default agency. */
export interface CategoryDef {
  code: string;
  name: string;
  nameEn: string;
  /** The resolution deadline as in seed/qingdao.json ('5wd', '24h'); the response deadline follows from it. */
  defaultDeadline: string;
  /** The agency whose 机关党委 handles it when no dispatch rule matches. */
  defaultAgency: string;
  /** 'enterprise': filed only through the registering module, never listed to or taken from the public (default 'public'). */
  audience?: CategoryAudience;
}

/**
 * Adds the categories that do not exist yet; existing rows are kept so committee edits survive restarts — all but
 * the audience, which is the registering module's to say: a row registered before the audience existed is set right.
 */
export async function registerDemandCategories(db: Db, defs: readonly CategoryDef[], sortFrom = 100) {
  const added: string[] = [];
  const moved: string[] = [];
  for (const [i, c] of defs.entries()) {
    const resolution = parseDeadline(c.defaultDeadline);
    const response = responseDeadlineFor(resolution);
    const audience = c.audience ?? 'public';
    const inserted = await rows(db, sql`INSERT INTO demand_categories (code, name, name_en, default_agency, response_value, response_unit, resolution_value, resolution_unit, sort, audience)
      VALUES (${c.code}, ${c.name}, ${c.nameEn}, ${c.defaultAgency}, ${response.value}, ${response.unit}, ${resolution.value}, ${resolution.unit}, ${sortFrom + i}, ${audience})
      ON CONFLICT (code) DO NOTHING RETURNING code`);
    if (inserted.length) added.push(c.code);
    else if ((await rows(db, sql`UPDATE demand_categories SET audience = ${audience} WHERE code = ${c.code} AND audience <> ${audience} RETURNING code`)).length) moved.push(`${c.code}→${audience}`);
  }
  // Like the demands' own seed: the Open311 discovery document dates its service list by these entries.
  const system = { accountId: null, username: 'system' };
  if (added.length) await audit(db, null, { action: 'demands.category_seed', entity: 'demand_category', summary: added.join(','), actor: system });
  if (moved.length) await audit(db, null, { action: 'demands.category_audience', entity: 'demand_category', summary: moved.join(','), actor: system });
}
