import { lazy } from 'react';
import { FileSearchOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const AuditPage = lazy(() => import('./AuditPage.js'));

export const auditModule: WebModule = {
  name: 'audit',
  menu: [{ path: '/system/audit', group: 'system', order: 10, icon: <FileSearchOutlined />, permission: 'audit.read', label: { zh: '操作日志', en: 'Audit log' } }],
  routes: [{ path: 'system/audit', permission: 'audit.read', element: <AuditPage /> }],
};
