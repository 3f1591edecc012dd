import { lazy } from 'react';
import { ApartmentOutlined, IdcardOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const OrgTreePage = lazy(() => import('./OrgTreePage.js'));
const MembersPage = lazy(() => import('./MembersPage.js'));
const ImportWizardPage = lazy(() => import('./ImportWizardPage.js'));
const AccountsPage = lazy(() => import('./AccountsPage.js'));

export const orgModule: WebModule = {
  name: 'org',
  menu: [
    { path: '/org/tree', group: 'org', order: 10, icon: <ApartmentOutlined />, permission: 'org.read', label: { zh: '组织架构', en: 'Organisation tree' } },
    { path: '/org/members', group: 'org', order: 20, icon: <TeamOutlined />, permission: 'people.read', label: { zh: '党员花名册', en: 'Member roster' } },
    { path: '/org/import', group: 'org', order: 30, icon: <UploadOutlined />, permission: 'people.import', label: { zh: '花名册导入', en: 'Roster import' } },
    { path: '/org/accounts', group: 'org', order: 40, icon: <IdcardOutlined />, permission: 'accounts.read', label: { zh: '账号与角色', en: 'Accounts and roles' } },
  ],
  routes: [
    { path: 'org/tree', permission: 'org.read', element: <OrgTreePage /> },
    { path: 'org/members', permission: 'people.read', element: <MembersPage /> },
    { path: 'org/import', permission: 'people.import', element: <ImportWizardPage /> },
    { path: 'org/accounts', permission: 'accounts.read', element: <AccountsPage /> },
  ],
};
