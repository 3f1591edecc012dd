import { api } from '../../kernel/api.js';
import type { Page } from '../../kernel/types.js';

/*
 * The community module's API as the pages use it. Until the server routes are merged the calls go through the
 * untyped `api` helper with the shapes of issue 13 and the module's README; each moves to the typed client as
 * its route lands.
 */

type Q = Record<string, string | number | boolean | undefined>;

export interface Community {
  id: number;
  name: string;
  districtCode: string;
  districtName: string;
  streetCode: string;
  streetName: string;
  partyOrgName: string;
  phone: string | null;
  address: string | null;
  orgCount?: number;
  memberCount?: number;
  openNeedCount?: number;
}

export interface CommunityProfile extends Community {
  staff: { accountId: number; displayName: string; username?: string }[];
}

export interface OrgRegistration {
  id: number;
  orgId: number;
  orgName: string;
  communityId: number;
  communityName: string;
  periodStart: string;
  periodEnd: string;
  contactName: string;
  contactPhone: string;
  agreedServices: string[];
  note: string;
  status: 'proposed' | 'confirmed' | 'declined' | 'ended';
  declineReason: string | null;
  createdAt: string;
}

export interface MemberRegistration {
  id: number;
  personId: number;
  personName: string;
  orgName?: string | null;
  communityId: number;
  communityName: string;
  address: string;
  status: 'pending' | 'confirmed' | 'declined' | 'left';
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface UnregisteredMember {
  personId: number;
  name: string;
  orgName: string;
}

export interface NeedType {
  code: string;
  name: string;
  nameEn: string;
}

export interface Need {
  id: number;
  communityId: number;
  communityName: string;
  districtName?: string;
  streetName?: string;
  typeCode: string;
  typeName: string;
  title: string;
  description: string;
  place: string;
  startsAt: string;
  endsAt: string;
  peopleNeeded: number;
  skillsWanted: string[];
  status: 'open' | 'claimed' | 'fulfilled' | 'cancelled' | 'expired';
  claimDeadline: string;
  flaggedAt: string | null;
  claim?: { id: number; claimantName: string; teamId: number | null; activityId: number | null; status: string } | null;
}

export interface ClaimResult {
  id: number;
  needId: number;
  activityId: number | null;
  status: string;
}

export interface Team {
  id: number;
  name: string;
  orgId: number;
  orgName: string;
  captainPersonId: number;
  captainName: string;
  serviceTypes: string[];
  description: string;
  status: 'active' | 'disbanded';
  memberCount: number;
}

export interface TeamMember {
  personId: number;
  name: string;
  orgName?: string | null;
  joinedAt: string;
}

export interface HoursRow {
  id: number;
  activityId: number;
  activityTitle: string;
  personId: number;
  personName: string;
  communityName: string;
  startsAt?: string;
  recordedHours: number;
  adjustedHours: number | null;
  adjustReason: string | null;
  hours: number;
  status: 'pending' | 'confirmed' | 'returned';
  returnReason: string | null;
  teamName?: string | null;
}

export interface MyCommunity {
  current: MemberRegistration | null;
  history: MemberRegistration[];
  captainOf: { id: number; name: string }[];
}

export interface VolunteerRecord {
  confirmedHours: number;
  pendingHours: number;
  activityCount: number;
  teams: { id: number; name: string }[];
  communities: { id: number; name: string }[];
  activities: { activityId: number; title: string; startsAt: string; communityName: string; hours: number; status: HoursRow['status'] }[];
}

export interface Verification {
  valid: boolean;
  holderName?: string;
  totalHours?: number;
  activityCount?: number;
  periodFrom?: string;
  periodTo?: string;
  issuedAt?: string;
}

export const communityApi = {
  communities: (q: Q) => api.get<Page<Community>>('/communities', q),
  community: (id: number) => api.get<CommunityProfile>(`/communities/${id}`),
  assignStaff: (id: number, body: { accountId: number }) => api.post<unknown>(`/communities/${id}/staff`, body),
  removeStaff: (id: number, accountId: number) => api.delete<unknown>(`/communities/${id}/staff/${accountId}`),

  orgRegistrations: (q: Q) => api.get<Page<OrgRegistration>>('/community/org-registrations', q),
  proposeOrg: (body: { orgId: number; communityId: number; periodStart: string; periodEnd: string; contactName: string; contactPhone: string; agreedServices: string[]; note?: string }) =>
    api.post<OrgRegistration>('/community/org-registrations', body),
  confirmOrg: (id: number) => api.post<unknown>(`/community/org-registrations/${id}/confirm`),
  declineOrg: (id: number, reason: string) => api.post<unknown>(`/community/org-registrations/${id}/decline`, { reason }),
  endOrg: (id: number) => api.post<unknown>(`/community/org-registrations/${id}/end`),

  memberRegistrations: (q: Q) => api.get<Page<MemberRegistration>>('/community/member-registrations', q),
  confirmMember: (id: number) => api.post<unknown>(`/community/member-registrations/${id}/confirm`),
  declineMember: (id: number, reason: string) => api.post<unknown>(`/community/member-registrations/${id}/decline`, { reason }),
  unregistered: (q: Q) => api.get<Page<UnregisteredMember>>('/community/unregistered-members', q),
  remind: (personIds: number[]) => api.post<{ count: number }>('/community/unregistered-members/remind', { personIds }),

  needTypes: () => api.get<{ items: NeedType[] }>('/community/need-types'),
  needs: (q: Q) => api.get<Page<Need>>('/community/needs', q),
  postNeed: (body: { communityId?: number; typeCode: string; title: string; description: string; place: string; startsAt: string; endsAt: string; peopleNeeded: number; skillsWanted: string[]; claimDeadline: string }) =>
    api.post<Need>('/community/needs', body),
  cancelNeed: (id: number) => api.post<unknown>(`/community/needs/${id}/cancel`),
  claim: (id: number, body: { teamId?: number; orgId?: number }) => api.post<ClaimResult>(`/community/needs/${id}/claims`, body),

  teams: (q: Q) => api.get<Page<Team>>('/community/teams', q),
  createTeam: (body: { name: string; orgId: number; captainPersonId: number; serviceTypes: string[]; description?: string }) => api.post<Team>('/community/teams', body),
  disbandTeam: (id: number) => api.post<unknown>(`/community/teams/${id}/disband`),
  teamMembers: (id: number) => api.get<{ items: TeamMember[] }>(`/community/teams/${id}/members`),
  addTeamMember: (id: number, personId: number) => api.post<unknown>(`/community/teams/${id}/members`, { personId }),
  removeTeamMember: (id: number, personId: number) => api.delete<unknown>(`/community/teams/${id}/members/${personId}`),

  hours: (q: Q) => api.get<Page<HoursRow>>('/community/hours', q),
  confirmHours: (ids: number[]) => api.post<{ count: number }>('/community/hours/confirm', { ids }),
  returnHours: (id: number, reason: string) => api.post<unknown>(`/community/hours/${id}/return`, { reason }),
  adjustHours: (id: number, hours: number, reason: string) => api.post<unknown>(`/community/hours/${id}/adjust`, { hours, reason }),

  myCommunity: () => api.get<MyCommunity>('/me/community'),
  register: (body: { communityId: number; address: string }) => api.post<MemberRegistration>('/me/community/registrations', body),
  leave: () => api.post<unknown>('/me/community/leave'),
  needsNearMe: (q: Q) => api.get<Page<Need>>('/me/community/needs', q),
  myVolunteer: () => api.get<VolunteerRecord>('/me/volunteer'),
  certificate: () => api.download('/me/volunteer/certificate', undefined, '志愿服务时长证明.pdf'),
  verify: (code: string) => api.get<Verification>(`/public/community/certificates/${encodeURIComponent(code)}`),
};

export const communityKey = ['community'] as const;
