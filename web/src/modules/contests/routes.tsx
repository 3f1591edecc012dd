import { lazy } from 'react';
import { TrophyOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const ContestsPage = lazy(() => import('./ContestsPage.js'));
const ContestDetailPage = lazy(() => import('./ContestDetailPage.js'));
const ResultsPage = lazy(() => import('./ResultsPage.js'));
const HostConsole = lazy(() => import('./HostConsole.js'));
const ContestScreen = lazy(() => import('./ContestScreen.js'));
const MobileContest = lazy(() => import('./mobile/MobileContest.js'));
const ContestHome = lazy(() => import('./mobile/ContestHome.js'));
const PlayOnline = lazy(() => import('./mobile/PlayOnline.js'));
const MatchPlay = lazy(() => import('./mobile/MatchPlay.js'));

export const contestsModule: WebModule = {
  name: 'contests',
  menu: [{ path: '/contests', group: 'courses', order: 70, icon: <TrophyOutlined />, permission: 'contests.manage', label: { zh: '知识竞赛', en: 'Contests' } }],
  routes: [
    { path: 'contests', permission: 'contests.manage', element: <ContestsPage /> },
    { path: 'contests/:id', permission: 'contests.manage', element: <ContestDetailPage /> },
    { path: 'contests/rounds/:roundId/results', permission: 'contests.manage', element: <ResultsPage /> },
    { path: 'contests/rounds/:roundId/console', permission: 'contests.host', element: <HostConsole /> },
    // The big screen covers the whole window (.vg-screen), so it can live under the admin shell.
    { path: 'screen/contest/:code', permission: 'contests.host', element: <ContestScreen /> },
  ],
  mobileRoutes: [
    { path: 'contest', permission: 'contests.play', element: <ContestHome /> },
    { path: 'contest/play/:roundId', permission: 'contests.play', element: <PlayOnline /> },
    { path: 'contest/match/:kind', permission: 'contests.play', element: <MatchPlay /> },
    { path: 'contest/:code', permission: 'contests.play', element: <MobileContest /> },
  ],
  mobileLinks: [{ path: '/m/contest', order: 30, icon: <TrophyOutlined />, permission: 'contests.play', label: { zh: '知识竞赛', en: 'Contests' } }],
};
