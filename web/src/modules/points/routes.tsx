import { lazy } from 'react';
import { TrophyOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const PointsRulesPage = lazy(() => import('./PointsRulesPage.js'));

export const pointsModule: WebModule = {
  name: 'points',
  menu: [{ path: '/system/points-rules', group: 'system', order: 20, icon: <TrophyOutlined />, permission: 'points_rules.read', label: { zh: '积分规则', en: 'Points rules' } }],
  routes: [{ path: 'system/points-rules', permission: 'points_rules.read', element: <PointsRulesPage /> }],
};
