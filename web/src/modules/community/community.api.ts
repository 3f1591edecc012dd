import { api } from '../../kernel/api.js';
import { client, unwrap, type Body, type Query, type Schema } from '../../kernel/api-client.js';
import type { Page } from '../../kernel/types.js';

/*
 * The community module's API as the pages use it, in one place. Until the server routes are merged the calls go
 * through the untyped `api` helper with the shapes the routes declare; each moves to the typed client as its
 * route lands.
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
  staffCount: number;
  orgCount: number;
  memberCount: number;
  openNeedCount: number;
}

export interface CommunityProfile extends Community {
  registeredOrgs: { registrationId: number; orgId: number; orgName: string; periodStart: string; periodEnd: string; agreedServices: string[] }[];
  openNeeds: { id: number; title: string; typeCode: string; typeName: string; startsAt: string; endsAt: string; peopleNeeded: number }[];
}

export interface StaffMember {
  accountId: number;
  username: string;
  displayName: string;
  since: string;
}

export interface Regions {
  districts: { code: string; name: string }[];
  streets: { code: string; name: string; districtCode: string }[];
}

interface CommunityRef {
  communityId: number;
  communityName: string;
  districtName: string;
  streetCode: string;
  streetName: string;
}

export interface OrgRegistration extends CommunityRef {
  id: number;
  orgId: number;
  orgName: string;
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

export interface MemberRegistration extends CommunityRef {
  id: number;
  personId: number;
  address: string;
  hasProof: boolean;
  status: 'pending' | 'confirmed' | 'declined' | 'left';
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
  leftAt: string | null;
}

export interface MemberRegistrationRow extends MemberRegistration {
  personName: string;
  orgName: string;
}

export interface UnregisteredMember {
  personId: number;
  name: string;
  orgId: number;
  orgName: string;
  lastStatus: MemberRegistration['status'] | null;
}

export interface NeedType {
  code: string;
  name: string;
  nameEn: string;
}

export interface NeedClaim {
  id: number;
  needId: number;
  claimantKind: 'org' | 'team';
  orgId: number;
  orgName: string;
  teamId: number | null;
  teamName: string | null;
  claimedAt: string;
  activityDueAt: string;
  activityId: number | null;
  status: 'claimed' | 'scheduled' | 'completed' | 'withdrawn' | 'lapsed';
  endReason: string | null;
}

export interface ClaimRow extends NeedClaim {
  needTitle: string;
  communityId: number;
  communityName: string;
  needStartsAt: string;
  needEndsAt: string;
}

export interface Need {
  id: number;
  communityId: number;
  communityName: string;
  districtName: string;
  streetCode: string;
  streetName: string;
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
  claim: NeedClaim | null;
  proximity?: 'community' | 'street' | 'district';
}


export type Team = Schema<'VolunteerTeam'>;

export type TeamMember = Schema<'VolunteerTeamMember'>;

export type MyTeam = Schema<'MyVolunteerTeam'>;

export type HoursRow = Schema<'ServiceHours'>;

export type VolunteerRecord = Schema<'VolunteerRecord'>;


export type CertificateCheck = Schema<'HoursCertificateCheck'>;

export const communityApi = {
  regions: () => api.get<Regions>('/community-regions'),
  communities: (q: Q) => api.get<Page<Community>>('/communities', q),
  /** The communities a staff account acts for. */
  staffCommunities: () => api.get<Page<Community>>('/me/communities', { pageSize: 100 }),
  community: (id: number) => api.get<CommunityProfile>(`/communities/${id}`),
  staffOf: (id: number) => api.get<{ items: StaffMember[] }>(`/communities/${id}/staff`),
  staffAccounts: (q?: string) => api.get<{ items: { accountId: number; username: string; displayName: string }[] }>('/community-staff-accounts', { q }),
  assignStaff: (id: number, accountId: number) => api.post<unknown>(`/communities/${id}/staff`, { accountId }),
  removeStaff: (id: number, accountId: number) => api.delete<unknown>(`/communities/${id}/staff/${accountId}`),

  orgRegistrations: (q: Q) => api.get<Page<OrgRegistration>>('/community-org-registrations', q),
  proposeOrg: (body: { orgId: number; communityIds: number[]; periodStart: string; periodEnd: string; contactName: string; contactPhone: string; agreedServices: string[]; note?: string }) =>
    api.post<{ items: OrgRegistration[] }>('/community-org-registrations', body),
  endOrg: (id: number) => api.post<unknown>(`/community-org-registrations/${id}/end`, {}),
  staffOrgRegistrations: (q: Q) => api.get<Page<OrgRegistration>>('/community-staff/org-registrations', q),
  confirmOrg: (id: number) => api.post<unknown>(`/community-staff/org-registrations/${id}/confirm`),
  declineOrg: (id: number, reason: string) => api.post<unknown>(`/community-staff/org-registrations/${id}/decline`, { reason }),

  memberRegistrations: (q: Q) => api.get<Page<MemberRegistrationRow>>('/community-member-registrations', q),
  staffMemberRegistrations: (q: Q) => api.get<Page<MemberRegistrationRow>>('/community-staff/member-registrations', q),
  confirmMember: (id: number) => api.post<unknown>(`/community-staff/member-registrations/${id}/confirm`),
  declineMember: (id: number, reason: string) => api.post<unknown>(`/community-staff/member-registrations/${id}/decline`, { reason }),
  unregistered: (q: Q) => api.get<Page<UnregisteredMember>>('/community-member-registrations/unregistered', q),
  remind: (personIds: number[]) => api.post<{ count: number }>('/community-member-registrations/remind', { personIds }),

  myRegistration: () => api.get<{ current: MemberRegistration | null; history: MemberRegistration[] }>('/me/community-registration'),
  register: (body: { communityId: number; address: string }) => api.post<MemberRegistration>('/me/community-registration', body),
  leave: () => api.post<unknown>('/me/community-registration/leave', {}),

  needTypes: () => api.get<{ items: NeedType[] }>('/community-need-types'),
  needs: (q: Q) => api.get<Page<Need>>('/community-needs', q),
  staffNeeds: (q: Q) => api.get<Page<Need>>('/community-staff/needs', q),
  needsNearMe: (q: Q) => api.get<Page<Need>>('/me/community-needs/near', q),
  postNeed: (body: { communityId: number; typeCode: string; title: string; description: string; place: string; startsAt: string; endsAt: string; peopleNeeded: number; skillsWanted: string[]; claimDeadline?: string }) =>
    api.post<Need>('/community-staff/needs', body),
  cancelNeed: (id: number, reason: string) => api.post<Need>(`/community-staff/needs/${id}/cancel`, { reason }),
  fulfilNeed: (id: number) => api.post<Need>(`/community-staff/needs/${id}/fulfil`, {}),

  /** An organiser claims for one of their organisations. */
  claimAsOrg: (needId: number, orgId: number) => api.post<ClaimRow>(`/community-needs/${needId}/claims`, { orgId }),
  /** A captain claims for their team. */
  claimAsTeam: (needId: number, teamId: number) => api.post<ClaimRow>(`/me/community-needs/${needId}/claims`, { teamId }),
  claims: (q: Q) => api.get<Page<ClaimRow>>('/community-need-claims', q),
  myClaims: (q: Q) => api.get<Page<ClaimRow>>('/me/community-need-claims', q),
  /** The claim becomes a volunteer activity (organiser side, or `captain`). */
  schedule: (claimId: number, captain: boolean) => api.post<ClaimRow>(`${captain ? '/me' : ''}/community-need-claims/${claimId}/activity`, {}),
  withdraw: (claimId: number, captain: boolean, reason?: string) => api.post<ClaimRow>(`${captain ? '/me' : ''}/community-need-claims/${claimId}/withdraw`, { reason }),

  teams: (query: Query<'/api/v1/community/teams', 'get'>) => unwrap(client.GET('/api/v1/community/teams', { params: { query } })),
  createTeam: (body: Body<'/api/v1/community/teams', 'post'>) => unwrap(client.POST('/api/v1/community/teams', { body })),
  disbandTeam: (id: number) => unwrap(client.PATCH('/api/v1/community/teams/{id}', { params: { path: { id } }, body: { status: 'disbanded' } })),
  teamMembers: (id: number) => unwrap(client.GET('/api/v1/community/teams/{id}/members', { params: { path: { id } } })),
  addTeamMember: (id: number, personId: number) => unwrap(client.POST('/api/v1/community/teams/{id}/members', { params: { path: { id } }, body: { personIds: [personId] } })),
  removeTeamMember: (id: number, personId: number) => unwrap(client.DELETE('/api/v1/community/teams/{id}/members/{personId}', { params: { path: { id, personId } } })),
  myTeams: () => unwrap(client.GET('/api/v1/me/community/teams')),

  hours: (query: Query<'/api/v1/community/hours', 'get'>) => unwrap(client.GET('/api/v1/community/hours', { params: { query } })),
  hoursQueue: (query: Query<'/api/v1/community/hours-queue', 'get'>) => unwrap(client.GET('/api/v1/community/hours-queue', { params: { query } })),
  confirmHours: (ids: number[]) => unwrap(client.POST('/api/v1/community/hours-queue/confirm', { body: { ids } })),
  returnHours: (ids: number[], reason: string) => unwrap(client.POST('/api/v1/community/hours-queue/return', { body: { ids, reason } })),
  adjustHours: (id: number, hours: number, reason: string) => unwrap(client.PATCH('/api/v1/community/hours/{id}', { params: { path: { id } }, body: { hours, reason } })),

  myVolunteer: () => unwrap(client.GET('/api/v1/me/community/volunteer-record')),
  /** Issues a certificate over every confirmed hour so far, then downloads its PDF. */
  async certificate() {
    const c = await unwrap(client.POST('/api/v1/me/community/hours-certificates', { body: {} }));
    await api.download(`/me/community/hours-certificates/${c.id}/certificate.pdf`, undefined, `志愿服务时长证明-${c.verificationCode}.pdf`);
    return c;
  },
  verify: (code: string) => unwrap(client.GET('/api/v1/public/hours-certificates/{code}', { params: { path: { code } } })),
};

export const communityKey = ['community'] as const;
