import { api } from '../../kernel/api.js';
import { client, unwrap, type Answer, type Body, type Query, type Schema } from '../../kernel/api-client.js';
import type { Page } from '../../kernel/types.js';

/*
 * The community module's API as the pages use it, in one place. Until the server routes are merged the calls go
 * through the untyped `api` helper with the shapes the routes declare; each moves to the typed client as its
 * route lands.
 */

type Q = Record<string, string | number | boolean | undefined>;

export type Community = Schema<'Community'>;

export type CommunityProfile = Schema<'CommunityProfile'>;

export type StaffMember = Answer<'/api/v1/communities/{id}/staff', 'get'>['items'][number];

export type Regions = Schema<'CommunityRegions'>;


export type OrgRegistration = Schema<'CommunityOrgRegistration'>;

export type MemberRegistration = Schema<'CommunityMemberRegistration'>;

export type MemberRegistrationRow = Answer<'/api/v1/community-staff/member-registrations', 'get'>['items'][number];

export type UnregisteredMember = Answer<'/api/v1/community-member-registrations/unregistered', 'get'>['items'][number];

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
  regions: () => unwrap(client.GET('/api/v1/community-regions')),
  communities: (query: Query<'/api/v1/communities', 'get'>) => unwrap(client.GET('/api/v1/communities', { params: { query } })),
  /** The communities a staff account acts for. */
  staffCommunities: () => unwrap(client.GET('/api/v1/me/communities', { params: { query: { pageSize: 100 } } })),
  community: (id: number) => unwrap(client.GET('/api/v1/communities/{id}', { params: { path: { id } } })),
  staffOf: (id: number) => unwrap(client.GET('/api/v1/communities/{id}/staff', { params: { path: { id } } })),
  staffAccounts: (q?: string) => unwrap(client.GET('/api/v1/community-staff-accounts', { params: { query: { q } } })),
  assignStaff: (id: number, accountId: number) => unwrap(client.POST('/api/v1/communities/{id}/staff', { params: { path: { id } }, body: { accountId } })),
  removeStaff: (id: number, accountId: number) => unwrap(client.DELETE('/api/v1/communities/{id}/staff/{accountId}', { params: { path: { id, accountId } } })),

  orgRegistrations: (query: Query<'/api/v1/community-org-registrations', 'get'>) => unwrap(client.GET('/api/v1/community-org-registrations', { params: { query } })),
  proposeOrg: (body: Body<'/api/v1/community-org-registrations', 'post'>) => unwrap(client.POST('/api/v1/community-org-registrations', { body })),
  endOrg: (id: number) => unwrap(client.POST('/api/v1/community-org-registrations/{id}/end', { params: { path: { id } }, body: {} })),
  staffOrgRegistrations: (query: Query<'/api/v1/community-staff/org-registrations', 'get'>) => unwrap(client.GET('/api/v1/community-staff/org-registrations', { params: { query } })),
  confirmOrg: (id: number) => unwrap(client.POST('/api/v1/community-staff/org-registrations/{id}/confirm', { params: { path: { id } } })),
  declineOrg: (id: number, reason: string) => unwrap(client.POST('/api/v1/community-staff/org-registrations/{id}/decline', { params: { path: { id } }, body: { reason } })),

  memberRegistrations: (query: Query<'/api/v1/community-member-registrations', 'get'>) => unwrap(client.GET('/api/v1/community-member-registrations', { params: { query } })),
  staffMemberRegistrations: (query: Query<'/api/v1/community-staff/member-registrations', 'get'>) => unwrap(client.GET('/api/v1/community-staff/member-registrations', { params: { query } })),
  confirmMember: (id: number) => unwrap(client.POST('/api/v1/community-staff/member-registrations/{id}/confirm', { params: { path: { id } } })),
  declineMember: (id: number, reason: string) => unwrap(client.POST('/api/v1/community-staff/member-registrations/{id}/decline', { params: { path: { id } }, body: { reason } })),
  unregistered: (query: Query<'/api/v1/community-member-registrations/unregistered', 'get'>) => unwrap(client.GET('/api/v1/community-member-registrations/unregistered', { params: { query } })),
  remind: (personIds: number[]) => unwrap(client.POST('/api/v1/community-member-registrations/remind', { body: { personIds } })),

  myRegistration: () => unwrap(client.GET('/api/v1/me/community-registration')),
  register: (body: { communityId: number; address: string }) => unwrap(client.POST('/api/v1/me/community-registration', { body })),
  leave: () => unwrap(client.POST('/api/v1/me/community-registration/leave', { body: {} })),

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
