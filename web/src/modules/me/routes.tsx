import { lazy } from 'react';
import { UserOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';
// Part of the app's first files (build/chunks.ts): a member's phone opens on it.
import MobileHome from './MobileHome.js';

const MyProfilePage = lazy(() => import('./MyProfilePage.js'));
const MobilePoints = lazy(() => import('./MobilePoints.js'));
const MobileProfile = lazy(() => import('./MobileProfile.js'));

export const meModule: WebModule = {
  name: 'me',
  menu: [{ path: '/me/profile', group: 'me', order: 10, icon: <UserOutlined />, label: { zh: '我的资料与积分', en: 'My profile and points' } }],
  routes: [{ path: 'me/profile', element: <MyProfilePage /> }],
  mobileRoutes: [
    { path: '', element: <MobileHome /> },
    { path: 'points', element: <MobilePoints /> },
    { path: 'profile', element: <MobileProfile /> },
  ],
};
