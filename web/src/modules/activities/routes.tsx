import { lazy } from 'react';
import { AppstoreOutlined, CalendarOutlined, HeartOutlined, QrcodeOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const ActivitiesPage = lazy(() => import('./ActivitiesPage.js'));
const ActivityDetailPage = lazy(() => import('./ActivityDetailPage.js'));
const CheckinScreen = lazy(() => import('./CheckinScreen.js'));
const CarePage = lazy(() => import('./CarePage.js'));
const ActivityTypesPage = lazy(() => import('./ActivityTypesPage.js'));
const MobileCare = lazy(() => import('./mobile/MobileCare.js'));
const MobileActivities = lazy(() => import('./mobile/MobileActivities.js'));
const MobileActivityPage = lazy(() => import('./mobile/MobileActivityPage.js'));
const MobileCheckin = lazy(() => import('./mobile/MobileCheckin.js'));
const MobileInbox = lazy(() => import('./mobile/MobileInbox.js'));

export const activitiesModule: WebModule = {
  name: 'activities',
  menu: [
    { path: '/activities', group: 'courses', order: 50, icon: <CalendarOutlined />, permission: 'activities.read', label: { zh: '活动管理', en: 'Activities' } },
    { path: '/care', group: 'mechanisms', order: 58, icon: <HeartOutlined />, permission: 'activities.read', label: { zh: '关心关爱', en: 'Care' } },
    { path: '/system/activity-types', group: 'system', order: 50, icon: <AppstoreOutlined />, permission: 'activities.configure', label: { zh: '活动类型与类别', en: 'Activity types' } },
  ],
  settings: [{ path: '/system/activity-types', order: 50, permission: 'activities.configure', label: { zh: '活动类型与类别', en: 'Activity types and categories' }, description: { zh: '发布活动时可选的类别和类型（中英文名称、是否计服务时长）：新增、修改、停用', en: 'The categories and types offered when publishing an activity (names in both languages, service hours): add, edit, deactivate' } }],
  routes: [
    { path: 'activities', permission: 'activities.read', element: <ActivitiesPage /> },
    { path: 'activities/:id', permission: 'activities.read', element: <ActivityDetailPage /> },
    { path: 'activities/:id/screen', permission: 'activities.checkin', element: <CheckinScreen /> },
    { path: 'care', permission: 'activities.read', element: <CarePage /> },
    { path: 'system/activity-types', permission: 'activities.configure', element: <ActivityTypesPage /> },
  ],
  mobileRoutes: [
    { path: 'activities', permission: 'activities.join', element: <MobileActivities /> },
    { path: 'activities/:id', permission: 'activities.join', element: <MobileActivityPage /> },
    { path: 'checkin', permission: 'activities.join', element: <MobileCheckin /> },
    { path: 'inbox', element: <MobileInbox /> },
    { path: 'care', permission: 'activities.join', element: <MobileCare /> },
  ],
  mobileLinks: [
    { path: '/m/activities', order: 10, icon: <CalendarOutlined />, permission: 'activities.join', label: { zh: '我的活动', en: 'My activities' } },
    { path: '/m/checkin', order: 11, icon: <QrcodeOutlined />, permission: 'activities.join', label: { zh: '扫码签到', en: 'Check in' } },
    { path: '/m/care', order: 12, icon: <HeartOutlined />, permission: 'activities.join', label: { zh: '关心关爱', en: 'Care' } },
  ],
};
