import type { outputStatuses } from '../pairing.schema.js';

export type OutputStatus = (typeof outputStatuses)[number];
export type OutputAction = 'submit' | 'approve' | 'return' | 'publish';

/**
 * 共研成果的审核: draft → submitted → approved | returned (→ submitted …); approved → published. The lead (or an
 * admin) submits; admins review and publish. Anything else is a 409.
 */
export const outputTransitions: Record<OutputAction, { from: readonly OutputStatus[]; to: OutputStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
  publish: { from: ['approved'], to: 'published' },
};

/** Text may be changed while the output is with its authors. */
export const editableStatuses: readonly OutputStatus[] = ['draft', 'returned'];

export const nextStatus = (from: OutputStatus, action: OutputAction): OutputStatus | null =>
  outputTransitions[action].from.includes(from) ? outputTransitions[action].to : null;
