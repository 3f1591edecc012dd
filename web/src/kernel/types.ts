import type { Permission } from '../../../common/permissions.js';
import type { Role } from '../../../common/roles.js';

export type { Permission, Role };

export interface Me {
  accountId: number;
  username: string;
  displayName: string;
  personId: number | null;
  mustChangePassword: boolean;
  csrfToken: string;
  roles: { role: Role; orgId: number; orgName: string; orgPath: string }[];
  permissions: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page?: number;
  pageSize?: number;
}

export { partyStatuses, partyStatusEn, type PartyStatus } from '../../../common/party-status.js';
