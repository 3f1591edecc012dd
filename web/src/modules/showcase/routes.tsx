import { lazy } from 'react';
import { AuditOutlined, TrophyOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const CompetitionsPage = lazy(() => import('./CompetitionsPage.js'));
const ResultsPage = lazy(() => import('./ResultsPage.js'));
const WorkbenchPage = lazy(() => import('./WorkbenchPage.js'));

/** 树典型、亮实绩: innovation case competitions (the committee's steps, raw vs normalised results) and the reviewer's blind workbench. */
export const showcaseModule: WebModule = {
  name: 'showcase',
  menu: [
    { path: '/showcase/competitions', group: 'orientations', order: 60, icon: <TrophyOutlined />, permission: 'showcase.manage', label: { zh: '创新案例评选', en: 'Case competitions' } },
    { path: '/showcase/review', group: 'orientations', order: 61, icon: <AuditOutlined />, permission: 'showcase.review', label: { zh: '案例评审', en: 'Case review' } },
  ],
  routes: [
    { path: 'showcase/competitions', permission: 'showcase.manage', element: <CompetitionsPage /> },
    { path: 'showcase/competitions/:id/results', permission: 'showcase.manage', element: <ResultsPage /> },
    { path: 'showcase/review', permission: 'showcase.review', element: <WorkbenchPage /> },
  ],
};
