import { lazy } from 'react';
import { AuditOutlined, CheckSquareOutlined, EnvironmentOutlined, FileDoneOutlined, HeartOutlined, HomeOutlined, NotificationOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const CommunitiesPage = lazy(() => import('./CommunitiesPage.js'));
const CommunityProfilePage = lazy(() => import('./CommunityProfilePage.js'));
const RegistrationsPage = lazy(() => import('./RegistrationsPage.js'));
const NeedsBoard = lazy(() => import('./NeedsBoard.js'));
const TeamsPage = lazy(() => import('./TeamsPage.js'));
const HoursQueuePage = lazy(() => import('./HoursQueuePage.js'));
const VerifyCertificate = lazy(() => import('./VerifyCertificate.js'));
const MobileCommunity = lazy(() => import('./mobile/MobileCommunity.js'));
const MobileNeeds = lazy(() => import('./mobile/MobileNeeds.js'));
const MobileVolunteer = lazy(() => import('./mobile/MobileVolunteer.js'));
const MobilePostNeed = lazy(() => import('./mobile/MobilePostNeed.js'));
const MobileEditNeed = lazy(() => import('./mobile/MobileEditNeed.js'));
const MobileStaffNeeds = lazy(() => import('./mobile/MobileStaffNeeds.js'));
const MobileConfirmHours = lazy(() => import('./mobile/MobileConfirmHours.js'));

/** 幸福党建: communities and 双报到, needs lists and claims, red volunteer teams, confirmed service hours. */
export const communityModule: WebModule = {
  name: 'community',
  menu: [
    { path: '/community/needs', group: 'carriers', order: 50, icon: <NotificationOutlined />, permission: 'community.staff', label: { zh: '幸福党建·需求清单', en: 'Community: needs' } },
    { path: '/community/hours', group: 'carriers', order: 51, icon: <CheckSquareOutlined />, permission: 'community.staff', label: { zh: '幸福党建·时长确认', en: 'Community: hours' } },
    { path: '/community/registrations', group: 'carriers', order: 52, icon: <AuditOutlined />, permission: 'community.staff', label: { zh: '幸福党建·双报到', en: 'Community: registrations' } },
    { path: '/community/communities', group: 'carriers', order: 53, icon: <ShopOutlined />, permission: 'community.read', label: { zh: '幸福党建·社区名录', en: 'Community: directory' } },
    { path: '/community/registrations', group: 'carriers', order: 54, icon: <AuditOutlined />, permission: 'community.read', label: { zh: '幸福党建·双报到', en: 'Community: registrations' } },
    { path: '/community/needs', group: 'carriers', order: 55, icon: <NotificationOutlined />, permission: 'community.read', label: { zh: '幸福党建·需求清单', en: 'Community: needs' } },
    { path: '/community/teams', group: 'carriers', order: 56, icon: <TeamOutlined />, permission: 'community.read', label: { zh: '幸福党建·志愿服务队', en: 'Community: teams' } },
    { path: '/community/hours', group: 'carriers', order: 57, icon: <CheckSquareOutlined />, permission: 'community.read', label: { zh: '幸福党建·服务时长', en: 'Community: hours' } },
  ],
  routes: [
    { path: 'community/communities', element: <CommunitiesPage /> },
    { path: 'community/communities/:id', element: <CommunityProfilePage /> },
    { path: 'community/registrations', element: <RegistrationsPage /> },
    { path: 'community/needs', element: <NeedsBoard /> },
    { path: 'community/teams', permission: 'community.read', element: <TeamsPage /> },
    { path: 'community/hours', element: <HoursQueuePage /> },
  ],
  mobileRoutes: [
    { path: 'community', permission: 'community.join', element: <MobileCommunity /> },
    { path: 'community/needs', permission: 'community.join', element: <MobileNeeds /> },
    { path: 'community/record', permission: 'community.join', element: <MobileVolunteer /> },
    { path: 'community/staff-needs', permission: 'community.staff', element: <MobileStaffNeeds /> },
    { path: 'community/post', permission: 'community.staff', element: <MobilePostNeed /> },
    { path: 'community/staff-needs/:id/edit', permission: 'community.staff', element: <MobileEditNeed /> },
    { path: 'community/hours', permission: 'community.staff', element: <MobileConfirmHours /> },
  ],
  mobileLinks: [
    { path: '/m/community', order: 30, icon: <HomeOutlined />, permission: 'community.join', label: { zh: '我的社区', en: 'My community' } },
    { path: '/m/community/needs', order: 31, icon: <EnvironmentOutlined />, permission: 'community.join', label: { zh: '身边需求', en: 'Needs near me' } },
    { path: '/m/community/record', order: 32, icon: <HeartOutlined />, permission: 'community.join', label: { zh: '志愿记录', en: 'Volunteer record' } },
    { path: '/m/community/staff-needs', order: 33, icon: <NotificationOutlined />, permission: 'community.staff', label: { zh: '社区需求', en: 'Community needs' } },
    { path: '/m/community/hours', order: 34, icon: <FileDoneOutlined />, permission: 'community.staff', label: { zh: '确认时长', en: 'Confirm hours' } },
  ],
  publicRoutes: [
    { path: '/verify/hours', element: <VerifyCertificate /> },
    { path: '/verify/hours/:code', element: <VerifyCertificate /> },
  ],
};
