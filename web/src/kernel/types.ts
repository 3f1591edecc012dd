import type { Role } from '../../../server/src/kernel/access/roles.js';

export type { Role };

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

/** The party statuses the server accepts (org.schema.ts partyStatuses). */
export const partyStatuses = ['正式党员', '预备党员', '入党积极分子', '群众'] as const;
export type PartyStatus = (typeof partyStatuses)[number];

export const partyStatusEn: Record<PartyStatus, string> = {
  正式党员: 'Full member',
  预备党员: 'Probationary member',
  入党积极分子: 'Activist',
  群众: 'Non-member',
};
