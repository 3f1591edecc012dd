import type { Db } from '../db/client.js';
import { orgs } from '../org/org.schema.js';
import { pathInScope, type Scope } from '../access/scope.js';

export interface OrgRef {
  id: number;
  path: string;
  names: string[];
  namePath: string;
}

/** Every organisation with its full name path ('青岛市委市直机关工委/…/办公室党支部'). */
export async function loadOrgRefs(db: Db): Promise<Map<number, OrgRef>> {
  const all = await db.select({ id: orgs.id, name: orgs.name, path: orgs.path }).from(orgs);
  const nameById = new Map(all.map((o) => [o.id, o.name]));
  const refs = new Map<number, OrgRef>();
  for (const o of all) {
    const names = o.path
      .split('/')
      .filter(Boolean)
      .map((id) => nameById.get(Number(id)) ?? '?');
    refs.set(o.id, { id: o.id, path: o.path, names, namePath: names.join('/') });
  }
  return refs;
}

export type OrgLookup = { org: OrgRef } | { error: 'unknown' | 'ambiguous'; matches?: number };

/**
 * Resolves a roster cell to one organisation inside the caller's scope: the full name path,
 * or any unique tail of it (down to the org's name alone). Organisations outside the scope
 * are invisible here, so the answer never reveals whether they exist.
 */
export function makeOrgResolver(refs: Map<number, OrgRef>, scope: Scope) {
  const byName = new Map<string, OrgRef[]>();
  for (const ref of refs.values()) {
    if (!pathInScope(ref.path, scope)) continue;
    const name = ref.names[ref.names.length - 1];
    byName.set(name, [...(byName.get(name) ?? []), ref]);
  }
  const cache = new Map<string, OrgLookup>();
  return (text: string): OrgLookup => {
    const key = text.replace(/[\\>＞]/g, '/');
    const hit = cache.get(key);
    if (hit) return hit;
    const segments = key
      .split('/')
      .map((s) => s.trim())
      .filter(Boolean);
    const candidates = (byName.get(segments[segments.length - 1] ?? '') ?? []).filter((ref) =>
      segments.every((s, i) => ref.names[ref.names.length - segments.length + i] === s),
    );
    const result: OrgLookup =
      candidates.length === 1 ? { org: candidates[0] } : candidates.length === 0 ? { error: 'unknown' } : { error: 'ambiguous', matches: candidates.length };
    cache.set(key, result);
    return result;
  };
}
