import type { Db } from '../../../kernel/db/client.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { pathInScope, scopeFor } from '../../../kernel/access/scope.js';
import { resolveDepartment } from '../demands.access.js';
import { findVisible } from './demands.queries.js';

/** The department the dispatch rules would pick for the demand (as intake would), offered first in the dispatch dialog. */
export async function dispatchSuggestion(db: Db, auth: AuthContext, id: number) {
  const scope = scopeFor(auth, 'demands.dispatch');
  const d = await findVisible(db, scope, id);
  const dept = await resolveDepartment(db, d.category_code, d.district_code);
  if (!dept || !pathInScope(dept.path, scope)) return { orgId: null, orgName: null };
  return { orgId: dept.id, orgName: dept.name };
}
