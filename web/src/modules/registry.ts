import type { WebModule } from './types.js';
import { orgModule } from './org/routes.js';
import { auditModule } from './audit/routes.js';
import { pointsModule } from './points/routes.js';
import { meModule } from './me/routes.js';

/** Every web module, in menu order. A new module adds its routes.tsx here. */
export const webModules: WebModule[] = [orgModule, auditModule, pointsModule, meModule];
