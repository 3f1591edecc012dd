import type { WebModule } from './types.js';
import { learningModule } from './learning/routes.js';
import { orgModule } from './org/routes.js';
import { auditModule } from './audit/routes.js';
import { pointsModule } from './points/routes.js';
import { meModule } from './me/routes.js';
import { activitiesModule } from './activities/routes.js';
import { contentModule } from './content/routes.js';
import { practiceModule } from './practice/routes.js';
import { contestsModule } from './contests/routes.js';
import { demandsModule } from './demands/routes.js';
import { cockpitModule } from './cockpit/routes.js';
import { communityModule } from './community/routes.js';
import { squadsModule } from './squads/routes.js';
import { pairingModule } from './pairing/routes.js';
import { basesModule } from './bases/routes.js';
import { assessmentModule } from './assessment/routes.js';
import { showcaseModule } from './showcase/routes.js';
import { systemModule } from './system/routes.js';

/** A new module adds its routes.tsx here. */
const modules: WebModule[] = [orgModule, auditModule, pointsModule, meModule, activitiesModule, learningModule, contentModule, practiceModule, contestsModule, squadsModule, demandsModule, communityModule, pairingModule, assessmentModule, basesModule, showcaseModule, cockpitModule];

/** Every web module, in menu order, and the settings overview built from the settings pages they offer. */
export const webModules: WebModule[] = [...modules, systemModule(modules.flatMap((m) => m.settings ?? []))];
