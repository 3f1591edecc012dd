import { api } from '../../kernel/api.js';
import { client, unwrap, type Answer, type Body, type Query, type Schema } from '../../kernel/api-client.js';

/*
 * The community module's API as the pages use it, in one place, through the typed client (web/src/api/openapi.ts).
 * Staff, organisers and members reach the same things through routes of their own (/community-staff/…, /…, /me/…).
 */

export type Community = Schema<'Community'>;

export type CommunityProfile = Schema<'CommunityProfile'>;

export type StaffMember = Answer<'/api/v1/communities/{id}/staff', 'get'>['items'][number];

export type Regions = Schema<'CommunityRegions'>;


export type OrgRegistration = Schema<'CommunityOrgRegistration'>;

export type MemberRegistration = Schema<'CommunityMemberRegistration'>;

export type MemberRegistrationRow = Answer<'/api/v1/community-staff/member-registrations', 'get'>['items'][number];

export type UnregisteredMember = Answer<'/api/v1/community-member-registrations/unregistered', 'get'>['items'][number];

export type NeedType = Answer<'/api/v1/community-need-types', 'get'>['items'][number];

export type NeedClaim = NonNullable<Need['claim']>;

export type ClaimRow = Answer<'/api/v1/community-need-claims', 'get'>['items'][number];

/** A need; the near-me list adds how near it is. */
export type Need = Schema<'CommunityNeed'> & { proximity?: 'community' | 'street' | 'district' };


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
  createCommunity: (body: Body<'/api/v1/communities', 'post'>) => unwrap(client.POST('/api/v1/communities', { body })),
  updateCommunity: (id: number, body: Body<'/api/v1/communities/{id}', 'patch'>) => unwrap(client.PATCH('/api/v1/communities/{id}', { params: { path: { id } }, body })),
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
  /** An optional proof of residence (image or PDF) for the member's pending registration. */
  uploadProof: (file: File) => api.upload<MemberRegistration>('/me/community-registration/proof', file),
  /** Opened in a new tab: the member and that community's staff only (the session cookie goes along). */
  proofUrl: (registrationId: number) => `/api/v1/community-member-registrations/${registrationId}/proof`,

  needTypes: () => unwrap(client.GET('/api/v1/community-need-types')),
  needs: (query: Query<'/api/v1/community-needs', 'get'>) => unwrap(client.GET('/api/v1/community-needs', { params: { query } })),
  staffNeeds: (query: Query<'/api/v1/community-staff/needs', 'get'>) => unwrap(client.GET('/api/v1/community-staff/needs', { params: { query } })),
  needsNearMe: (query: Query<'/api/v1/me/community-needs/near', 'get'>) => unwrap(client.GET('/api/v1/me/community-needs/near', { params: { query } })),
  postNeed: (body: Body<'/api/v1/community-staff/needs', 'post'>) => unwrap(client.POST('/api/v1/community-staff/needs', { body })),
  editNeed: (id: number, body: Body<'/api/v1/community-staff/needs/{id}', 'patch'>) => unwrap(client.PATCH('/api/v1/community-staff/needs/{id}', { params: { path: { id } }, body })),
  need: (id: number) => unwrap(client.GET('/api/v1/community-needs/{id}', { params: { path: { id } } })),
  cancelNeed: (id: number, reason: string) => unwrap(client.POST('/api/v1/community-staff/needs/{id}/cancel', { params: { path: { id } }, body: { reason } })),
  fulfilNeed: (id: number) => unwrap(client.POST('/api/v1/community-staff/needs/{id}/fulfil', { params: { path: { id } } })),

  /** An organiser claims for one of their organisations. */
  claimAsOrg: (needId: number, orgId: number) => unwrap(client.POST('/api/v1/community-needs/{id}/claims', { params: { path: { id: needId } }, body: { orgId } })),
  /** A captain claims for their team. */
  claimAsTeam: (needId: number, teamId: number) => unwrap(client.POST('/api/v1/me/community-needs/{id}/claims', { params: { path: { id: needId } }, body: { teamId } })),
  claims: (query: Query<'/api/v1/community-need-claims', 'get'>) => unwrap(client.GET('/api/v1/community-need-claims', { params: { query } })),
  myClaims: (query: Query<'/api/v1/me/community-need-claims', 'get'>) => unwrap(client.GET('/api/v1/me/community-need-claims', { params: { query } })),
  /** The claim becomes a volunteer activity (organiser side, or `captain`). */
  schedule: (id: number, captain: boolean) =>
    captain
      ? unwrap(client.POST('/api/v1/me/community-need-claims/{id}/activity', { params: { path: { id } }, body: {} }))
      : unwrap(client.POST('/api/v1/community-need-claims/{id}/activity', { params: { path: { id } }, body: {} })),
  withdraw: (id: number, captain: boolean, reason?: string) =>
    captain
      ? unwrap(client.POST('/api/v1/me/community-need-claims/{id}/withdraw', { params: { path: { id } }, body: { reason } }))
      : unwrap(client.POST('/api/v1/community-need-claims/{id}/withdraw', { params: { path: { id } }, body: { reason } })),

  teams: (query: Query<'/api/v1/community/teams', 'get'>) => unwrap(client.GET('/api/v1/community/teams', { params: { query } })),
  createTeam: (body: Body<'/api/v1/community/teams', 'post'>) => unwrap(client.POST('/api/v1/community/teams', { body })),
  updateTeam: (id: number, body: Body<'/api/v1/community/teams/{id}', 'patch'>) => unwrap(client.PATCH('/api/v1/community/teams/{id}', { params: { path: { id } }, body })),
  disbandTeam: (id: number) => unwrap(client.PATCH('/api/v1/community/teams/{id}', { params: { path: { id } }, body: { status: 'disbanded' } })),
  teamMembers: (id: number) => unwrap(client.GET('/api/v1/community/teams/{id}/members', { params: { path: { id } } })),
  addTeamMember: (id: number, personId: number) => unwrap(client.POST('/api/v1/community/teams/{id}/members', { params: { path: { id } }, body: { personIds: [personId] } })),
  removeTeamMember: (id: number, personId: number) => unwrap(client.DELETE('/api/v1/community/teams/{id}/members/{personId}', { params: { path: { id, personId } } })),
  myTeams: () => unwrap(client.GET('/api/v1/me/community/teams')),

  hours: (query: Query<'/api/v1/community/hours', 'get'>) => unwrap(client.GET('/api/v1/community/hours', { params: { query } })),
  hoursQueue: (query: Query<'/api/v1/community/hours-queue', 'get'>) => unwrap(client.GET('/api/v1/community/hours-queue', { params: { query } })),
  confirmHours: (ids: number[]) => unwrap(client.POST('/api/v1/community/hours-queue/confirm', { body: { ids } })),
  returnHours: (ids: number[], reason: string) => unwrap(client.POST('/api/v1/community/hours-queue/return', { body: { ids, reason } })),
  /** 谁组织谁记录: hours from attendance for everyone checked out and not recorded yet. */
  recordHours: (activityId: number) => unwrap(client.POST('/api/v1/community/activities/{id}/hours', { params: { path: { id: activityId } } })),
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
