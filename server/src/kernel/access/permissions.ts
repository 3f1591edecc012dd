import type { Permission } from '../../../../common/permissions.js';
import type { Role } from './roles.js';

/**
 * A permission is `resource.action`, held by some roles. Scope says what part of
 * the organisation tree a holder reaches: the subtree of the organisation the role
 * is assigned at ('subtree'), or only the caller's own records ('self').
 */
export interface PermissionDef {
  name: Permission;
  roles: readonly Role[];
  scope: 'subtree' | 'self';
  description: string;
}

const registry = new Map<string, PermissionDef>();

export function definePermissions(defs: readonly PermissionDef[]): void {
  for (const def of defs) {
    if (!/^[a-z_]+\.[a-z_]+$/.test(def.name)) throw new Error(`Permission name must be resource.action: ${def.name}`);
    const existing = registry.get(def.name);
    if (existing && existing !== def) throw new Error(`Permission defined twice: ${def.name}`);
    registry.set(def.name, def);
  }
}

export function getPermission(name: string): PermissionDef {
  const def = registry.get(name);
  if (!def) throw new Error(`Unknown permission: ${name}`);
  return def;
}

export function allPermissions(): PermissionDef[] {
  return [...registry.values()];
}

export function roleHas(role: Role, permission: string): boolean {
  return getPermission(permission).roles.includes(role);
}
