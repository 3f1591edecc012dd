import type { VanguardModule } from './module.js';
import { kernelPermissions } from './access/kernel-permissions.js';
import { authRoutes } from './auth/auth.routes.js';

/** The kernel's own features, declared like any module so the app wires them the same way. */
export const kernelModules: VanguardModule[] = [
  { name: 'auth', permissions: kernelPermissions, routes: authRoutes },
];
