import { lazy } from 'react';
import { AlertOutlined, ApiOutlined, ControlOutlined, BarChartOutlined, FormOutlined, PhoneOutlined, SendOutlined, SolutionOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';
import { citizenRoutes } from './citizen/routes.js';

const IntakePage = lazy(() => import('./IntakePage.js'));
const DispatchBoard = lazy(() => import('./DispatchBoard.js'));
const Workbench = lazy(() => import('./Workbench.js'));
const SupervisionBoard = lazy(() => import('./SupervisionBoard.js'));
const AnalyticsPage = lazy(() => import('./AnalyticsPage.js'));
const Open311KeysPage = lazy(() => import('./Open311KeysPage.js'));
const DemandSettingsPage = lazy(() => import('./settings/DemandSettingsPage.js'));

export const demandsModule: WebModule = {
  name: 'demands',
  menu: [
    { path: '/demands/intake', group: 'carriers', order: 60, icon: <PhoneOutlined />, permission: 'demands.intake', label: { zh: '青诉即办·热线受理', en: 'Demands: intake' } },
    { path: '/demands/dispatch', group: 'carriers', order: 61, icon: <SendOutlined />, permission: 'demands.dispatch', label: { zh: '青诉即办·派单', en: 'Demands: dispatch' } },
    { path: '/demands/workbench', group: 'carriers', order: 62, icon: <SolutionOutlined />, permission: 'demands.handle', label: { zh: '青诉即办·承办', en: 'Demands: workbench' } },
    { path: '/demands/supervision', group: 'carriers', order: 63, icon: <AlertOutlined />, permission: 'demands.supervise', label: { zh: '青诉即办·督办', en: 'Demands: supervision' } },
    { path: '/demands/analytics', group: 'carriers', order: 64, icon: <BarChartOutlined />, permission: 'demands.read', label: { zh: '青诉即办·分析', en: 'Demands: analytics' } },
    { path: '/demands/settings', group: 'system', order: 59, icon: <ControlOutlined />, permission: 'demands.configure', label: { zh: '青诉即办·设置', en: 'Demands: settings' } },
    { path: '/demands/open311-keys', group: 'system', order: 60, icon: <ApiOutlined />, permission: 'demands.configure', label: { zh: 'Open311 API 密钥', en: 'Open311 API keys' } },
  ],
  settings: [
    { path: '/demands/settings', order: 60, permission: 'demands.configure', label: { zh: '青诉即办设置', en: 'Demand settings' }, description: { zh: '诉求分类与办理时限、节假日与调休、派单规则、三率口径与个人信息保留期限', en: 'Categories and deadlines, holidays and adjusted workdays, dispatch rules, the rates’ definitions and retention' } },
    { path: '/demands/open311-keys', order: 61, permission: 'demands.configure', label: { zh: 'Open311 API 密钥', en: 'Open311 API keys' }, description: { zh: '第三方系统经 Open311 接口提交诉求所用的密钥：创建（仅显示一次）、查看最近使用、停用', en: 'Keys for client systems submitting through Open311: issue (shown once), see last use, revoke' } },
  ],
  routes: [
    { path: 'demands/intake', permission: 'demands.intake', element: <IntakePage /> },
    { path: 'demands/dispatch', permission: 'demands.dispatch', element: <DispatchBoard /> },
    { path: 'demands/workbench', permission: 'demands.handle', element: <Workbench /> },
    { path: 'demands/supervision', permission: 'demands.supervise', element: <SupervisionBoard /> },
    { path: 'demands/analytics', permission: 'demands.read', element: <AnalyticsPage /> },
    { path: 'demands/open311-keys', permission: 'demands.configure', element: <Open311KeysPage /> },
    { path: 'demands/settings', permission: 'demands.configure', element: <DemandSettingsPage /> },
  ],
  publicRoutes: citizenRoutes,
  mobileLinks: [{ path: '/c/submit', order: 60, icon: <FormOutlined />, label: { zh: '我要反映', en: 'Report a problem' } }],
};
