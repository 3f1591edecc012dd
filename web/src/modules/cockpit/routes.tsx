import { lazy } from 'react';
import { DashboardOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const CockpitPage = lazy(() => import('./CockpitPage.js'));
// The big screen and its chart library load only when it is opened.
const CockpitScreen = lazy(() => import('./screen/CockpitScreen.js'));

export const cockpitModule: WebModule = {
  name: 'cockpit',
  menu: [{ path: '/cockpit', group: 'org', order: 100, icon: <DashboardOutlined />, permission: 'figures.read', label: { zh: '数据驾驶舱', en: 'Cockpit' } }],
  routes: [{ path: 'cockpit', permission: 'figures.read', element: <CockpitPage /> }],
  screenRoutes: [{ path: '/screen/cockpit', permission: 'figures.read', element: <CockpitScreen /> }],
};
