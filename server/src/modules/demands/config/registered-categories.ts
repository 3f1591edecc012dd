import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { parseDeadline } from '../workflow/deadlines.js';
import { responseDeadlineFor } from './demands.reference.js';

/** A demand category another module brings (e.g. pairing's concern categories), with its deadline and default agency. */
export interface CategoryDef {
  code: string;
  name: string;
  nameEn: string;
  /** The resolution deadline as in seed/qingdao.json ('5wd', '24h'); the response deadline follows from it. */
  defaultDeadline: string;
  /** The agency whose 机关党委 handles it when no dispatch rule matches. */
  defaultAgency: string;
}

/** Adds the categories that do not exist yet; existing rows are kept so committee edits survive restarts. */
export async function registerDemandCategories(db: Db, defs: readonly CategoryDef[], sortFrom = 100) {
  const added: string[] = [];
  for (const [i, c] of defs.entries()) {
    const resolution = parseDeadline(c.defaultDeadline);
    const response = responseDeadlineFor(resolution);
    const inserted = await rows(db, sql`INSERT INTO demand_categories (code, name, name_en, default_agency, response_value, response_unit, resolution_value, resolution_unit, sort)
      VALUES (${c.code}, ${c.name}, ${c.nameEn}, ${c.defaultAgency}, ${response.value}, ${response.unit}, ${resolution.value}, ${resolution.unit}, ${sortFrom + i})
      ON CONFLICT (code) DO NOTHING RETURNING code`);
    if (inserted.length) added.push(c.code);
  }
  // Like the demands' own seed: the Open311 discovery document dates its service list by this entry.
  if (added.length) await audit(db, null, { action: 'demands.category_seed', entity: 'demand_category', summary: added.join(','), actor: { accountId: null, username: 'system' } });
}
