import { lazy } from 'react';
import { FlagOutlined, OrderedListOutlined, RocketOutlined, StarOutlined, TeamOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const SquadsPage = lazy(() => import('./SquadsPage.js'));
const SquadProfilePage = lazy(() => import('./SquadProfilePage.js'));
const ScoringPage = lazy(() => import('./ScoringPage.js'));
const RankingPage = lazy(() => import('./RankingPage.js'));
const SquadsBoardScreen = lazy(() => import('./screen/SquadsBoardScreen.js'));
const MobileSquad = lazy(() => import('./mobile/MobileSquad.js'));
const MobileTasks = lazy(() => import('./mobile/MobileTasks.js'));

/** 青年尖刀班 and 五比一做 (the case's first carrier, 青春加速度 担当“1+1”). */
export const squadsModule: WebModule = {
  name: 'squads',
  menu: [
    { path: '/squads', group: 'carriers', order: 10, icon: <RocketOutlined />, permission: 'squads.read', label: { zh: '青年尖刀班', en: 'Vanguard squads' } },
    { path: '/squads/scoring', group: 'carriers', order: 11, icon: <StarOutlined />, permission: 'squads.read', label: { zh: '五比一做考评', en: 'Five-dimension scoring' } },
    { path: '/squads/ranking', group: 'carriers', order: 12, icon: <OrderedListOutlined />, permission: 'squads.read', label: { zh: '尖刀班排行榜', en: 'Squad ranking' } },
  ],
  settings: [
    {
      path: '/squads/scoring?settings=year',
      order: 30,
      permission: 'squads.configure',
      label: { zh: '五比一做年度设置', en: 'Squad scoring: year settings' },
      description: { zh: '每年的考评周期（按月或按季度）、五比权重、青年年龄上限、“一做”名次和“比作为”评分细则', en: 'Each year’s scoring periods (monthly or quarterly), the five weights, the young cadre age limit, the top places and the performance rubric' },
    },
  ],
  routes: [
    { path: 'squads', permission: 'squads.read', element: <SquadsPage /> },
    { path: 'squads/scoring', permission: 'squads.read', element: <ScoringPage /> },
    { path: 'squads/ranking', permission: 'squads.read', element: <RankingPage /> },
    { path: 'squads/:id', permission: 'squads.read', element: <SquadProfilePage /> },
  ],
  mobileRoutes: [
    { path: 'squad', permission: 'squads.join', element: <MobileSquad /> },
    { path: 'squad/tasks', permission: 'squads.join', element: <MobileTasks /> },
  ],
  mobileLinks: [
    { path: '/m/squad', order: 40, icon: <TeamOutlined />, permission: 'squads.join', label: { zh: '我的尖刀班', en: 'My squad' } },
    { path: '/m/squad/tasks', order: 41, icon: <FlagOutlined />, permission: 'squads.join', label: { zh: '攻坚任务', en: 'Hard tasks' } },
  ],
  // The top board of the current period for the big screen (dark, full window); its data is public, so is the page.
  publicRoutes: [{ path: '/screen/squads', element: <SquadsBoardScreen /> }],
};
