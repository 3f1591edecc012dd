import type { Text } from './text.js';
import { kernelAuditActions } from './kernel.js';
import { activitiesAuditActions } from './activities.js';
import { contentAuditActions } from './content.js';
import { learningAuditActions } from './learning.js';
import { practiceAuditActions } from './practice.js';
import { contestsAuditActions } from './contests.js';
import { squadsAuditActions } from './squads.js';
import { demandsAuditActions, demandsAuditTerms } from './demands.js';
import { communityAuditActions } from './community.js';
import { pairingAuditActions } from './pairing.js';
import { basesAuditActions } from './bases.js';
import { assessmentAuditActions } from './assessment.js';
import { showcaseAuditActions } from './showcase.js';

export type { Text };
export { auditEntityLabels } from './entities.js';

/**
 * Every audit action code with its label, one file per module. The server's audit() accepts only these codes,
 * so an action without a label does not compile; the audit log shows the labels.
 */
export const auditActionLabels = {
  ...kernelAuditActions,
  ...activitiesAuditActions,
  ...contentAuditActions,
  ...learningAuditActions,
  ...practiceAuditActions,
  ...contestsAuditActions,
  ...squadsAuditActions,
  ...demandsAuditActions,
  ...communityAuditActions,
  ...pairingAuditActions,
  ...basesAuditActions,
  ...assessmentAuditActions,
  ...showcaseAuditActions,
} satisfies Record<string, Text>;

export type AuditAction = keyof typeof auditActionLabels;

/** Codes that appear inside audit summaries (statuses), shown in the reader's language. */
export const auditSummaryTerms: Record<string, Text> = { ...demandsAuditTerms };

export const isAuditAction = (code: string): code is AuditAction => Object.hasOwn(auditActionLabels, code);
