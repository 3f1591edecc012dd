import type { Role } from '../../../server/src/kernel/access/roles.js';

export type { Role };

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

/** The party statuses the server accepts (org.schema.ts partyStatuses). */
export const partyStatuses = ['正式党员', '预备党员', '入党积极分子', '群众'] as const;
export type PartyStatus = (typeof partyStatuses)[number];

export const partyStatusEn: Record<PartyStatus, string> = {
  正式党员: 'Full member',
  预备党员: 'Probationary member',
  入党积极分子: 'Activist',
  群众: 'Non-member',
};
