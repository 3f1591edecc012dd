import { roles, type Role } from '../../../../common/roles.js';

// The roles themselves are shared with the web app (common/roles.ts); the groups below are server policy.
export { isRole, roleLabels, roles, type Role } from '../../../../common/roles.js';

/** Role groups many permissions share. */
export const everyone = roles;
export const admins = ['committee_admin', 'org_admin'] as const satisfies readonly Role[];
export const organisers = ['committee_admin', 'org_admin', 'branch_secretary'] as const satisfies readonly Role[];
