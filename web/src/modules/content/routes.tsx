import { lazy } from 'react';
import { AlertOutlined, AuditOutlined, BookOutlined, ReadOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const ContentListPage = lazy(() => import('./ContentListPage.js'));
const ContentEditorPage = lazy(() => import('./ContentEditorPage.js'));
const MobileStudy = lazy(() => import('./mobile/MobileStudy.js'));
const MobileReader = lazy(() => import('./mobile/MobileReader.js'));
const IntegrityPage = lazy(() => import('./integrity/IntegrityPage.js'));
const MobileRequired = lazy(() => import('./mobile/MobileRequired.js'));

export const contentModule: WebModule = {
  name: 'content',
  menu: [
    { path: '/content', group: 'courses', order: 10, icon: <BookOutlined />, permission: 'content.read', label: { zh: '内容管理', en: 'Content' } },
    { path: '/content-review', group: 'courses', order: 11, icon: <AuditOutlined />, permission: 'content.review', label: { zh: '内容审核', en: 'Content review' } },
    { path: '/integrity', group: 'orientations', order: 20, icon: <AlertOutlined />, permission: 'content.assign', label: { zh: '警示教育', en: 'Integrity education' } },
  ],
  routes: [
    { path: 'content', permission: 'content.read', element: <ContentListPage /> },
    { path: 'content-review', permission: 'content.review', element: <ContentListPage queue /> },
    { path: 'content/new', permission: 'content.write', element: <ContentEditorPage /> },
    { path: 'content/:id', permission: 'content.read', element: <ContentEditorPage /> },
    { path: 'integrity', permission: 'content.assign', element: <IntegrityPage /> },
  ],
  mobileRoutes: [
    { path: 'reading', permission: 'content.view', element: <MobileStudy /> },
    { path: 'reading/:id', permission: 'content.view', element: <MobileReader /> },
    { path: 'required', permission: 'content.view', element: <MobileRequired /> },
  ],
  mobileLinks: [
    { path: '/m/reading', order: 20, icon: <ReadOutlined />, permission: 'content.view', label: { zh: '学习资料', en: 'Study' } },
    { path: '/m/required', order: 21, icon: <AlertOutlined />, permission: 'content.view', label: { zh: '我的必读', en: 'Required reading' } },
  ],
};
