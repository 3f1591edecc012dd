import type { Permission } from '../../../common/permissions.js';
import type { Role } from '../../../common/roles.js';

export type { Permission, Role };

/** A page of any list, as every paginated route answers it (server: kernel/openapi/responses.ts `pageOf`). */
export interface Page<T> {
  items: T[];
  total: number;
  page?: number;
  pageSize?: number;
}

export { partyStatuses, partyStatusEn, type PartyStatus } from '../../../common/party-status.js';
