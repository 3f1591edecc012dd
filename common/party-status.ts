/** The party statuses a person can have (stored as these Chinese words), and their English names. */
export const partyStatuses = ['正式党员', '预备党员', '入党积极分子', '群众'] as const;
export type PartyStatus = (typeof partyStatuses)[number];

export const partyStatusEn: Record<PartyStatus, string> = {
  正式党员: 'Full member',
  预备党员: 'Probationary member',
  入党积极分子: 'Activist',
  群众: 'Non-member',
};
