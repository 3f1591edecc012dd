import { describe, expect, it } from 'vitest';
import { permissionCodes } from '../common/permissions.js';
import { kernelModules } from '../server/src/kernel/kernel-modules.js';
import { businessModules } from '../server/src/modules/index.js';

describe('common/permissions.ts', () => {
  it('lists exactly the permissions the server modules define, each once', () => {
    const defined = [...kernelModules, ...businessModules].flatMap((m) => m.permissions ?? []).map((p) => p.name);
    expect(new Set(permissionCodes).size).toBe(permissionCodes.length);
    expect([...defined].sort()).toEqual([...permissionCodes].sort());
  });
});
