import { lazy } from 'react';
import { BarChartOutlined, FileDoneOutlined, FlagOutlined, FormOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const ProjectsPage = lazy(() => import('./ProjectsPage.js'));
const ReportsPage = lazy(() => import('./ReportsPage.js'));
const StatsPage = lazy(() => import('./StatsPage.js'));
const MobileReports = lazy(() => import('./mobile/MobileReports.js'));
const MobileReportEditor = lazy(() => import('./mobile/MobileReportEditor.js'));

export const practiceModule: WebModule = {
  name: 'practice',
  menu: [
    { path: '/practice/projects', group: 'courses', order: 60, icon: <FlagOutlined />, permission: 'practice.read', label: { zh: '实践项目', en: 'Practice projects' } },
    { path: '/practice/reports', group: 'courses', order: 61, icon: <FileDoneOutlined />, permission: 'practice.read', label: { zh: '基层报告审核', en: 'Grassroots reports' } },
    { path: '/practice/stats', group: 'courses', order: 62, icon: <BarChartOutlined />, permission: 'practice.read', label: { zh: '报告统计', en: 'Report counts' } },
  ],
  routes: [
    { path: 'practice/projects', permission: 'practice.read', element: <ProjectsPage /> },
    { path: 'practice/reports', permission: 'practice.read', element: <ReportsPage /> },
    { path: 'practice/stats', permission: 'practice.read', element: <StatsPage /> },
  ],
  mobileRoutes: [
    { path: 'reports', permission: 'practice.participate', element: <MobileReports /> },
    { path: 'reports/:id', permission: 'practice.participate', element: <MobileReportEditor /> },
  ],
  mobileLinks: [{ path: '/m/reports', order: 30, icon: <FormOutlined />, permission: 'practice.participate', label: { zh: '我的报告', en: 'My reports' } }],
};
