import { lazy } from 'react';
import { TrophyOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const PointsRulesPage = lazy(() => import('./PointsRulesPage.js'));

export const pointsModule: WebModule = {
  name: 'points',
  menu: [{ path: '/system/points-rules', group: 'system', order: 20, icon: <TrophyOutlined />, permission: 'points_rules.read', label: { zh: '积分规则', en: 'Points rules' } }],
  settings: [
    {
      path: '/system/points-rules',
      order: 20,
      permission: 'points_rules.read',
      label: { zh: '积分规则', en: 'Points rules' },
      description: { zh: '哪些事件得多少积分、每日上限；新增、修改、停用和启用规则', en: 'Which events earn how many points and the daily caps: add, edit, deactivate and activate rules' },
    },
  ],
  routes: [{ path: 'system/points-rules', permission: 'points_rules.read', element: <PointsRulesPage /> }],
};
