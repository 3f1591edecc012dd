import type { Permission } from '../../../common/permissions.js';
import type { Role } from '../../../common/roles.js';

export type { Permission, Role };

/**
 * A page of a list, for pages that still call the API through api.ts; pages on the typed client take the page
 * type from the document (`Answer<…>`).
 */
export interface Page<T> {
  items: T[];
  total: number;
  page?: number;
  pageSize?: number;
}

export { partyStatuses, partyStatusEn, type PartyStatus } from '../../../common/party-status.js';
