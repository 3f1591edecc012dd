import type { VanguardModule } from '../kernel/module.js';
import { activitiesModule } from './activities/module.js';
import { learningModule } from './learning/module.js';
import { contentModule } from './content/module.js';
import { practiceModule } from './practice/module.js';
import { contestsModule } from './contests/module.js';
import { squadsModule } from './squads/module.js';
import { demandsModule } from './demands/module.js';
import { communityModule } from './community/module.js';
import { pairingModule } from './pairing/module.js';
import { assessmentModule } from './assessment/module.js';
import { basesModule } from './bases/module.js';
import { showcaseModule } from './showcase/module.js';

/** Business modules, in load order. Add a module here after creating modules/<name>/module.ts. */
export const businessModules: VanguardModule[] = [activitiesModule, contentModule, learningModule, practiceModule, contestsModule, squadsModule, demandsModule, communityModule, pairingModule, assessmentModule, basesModule, showcaseModule];
