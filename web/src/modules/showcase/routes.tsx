import { lazy } from 'react';
import { AuditOutlined, CrownOutlined, FileDoneOutlined, LikeOutlined, PlayCircleOutlined, TrophyOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const CompetitionsPage = lazy(() => import('./CompetitionsPage.js'));
const ResultsPage = lazy(() => import('./ResultsPage.js'));
const WorkbenchPage = lazy(() => import('./WorkbenchPage.js'));
const WallPage = lazy(() => import('./WallPage.js'));
const SeriesPage = lazy(() => import('./SeriesPage.js'));
const RoundsPage = lazy(() => import('./RoundsPage.js'));
const AnswersPage = lazy(() => import('./AnswersPage.js'));
const MyAnswersPage = lazy(() => import('./MyAnswersPage.js'));
const VotePage = lazy(() => import('./mobile/VotePage.js'));
const ExemplarsPage = lazy(() => import('./ExemplarsPage.js'));
const MyCasesPage = lazy(() => import('./MyCasesPage.js'));
const MatrixPage = lazy(() => import('./MatrixPage.js'));
const ReviewPage = lazy(() => import('./mobile/ReviewPage.js'));

/**
 * 树典型、亮实绩: innovation case competitions (the committee's steps, raw vs normalised results) and the reviewer's
 * blind workbench; role models (rounds, wall with a big-screen mode, micro-video series, voting on the phone);
 * 我们的答卷 (feed, publishing, moderation).
 */
export const showcaseModule: WebModule = {
  name: 'showcase',
  menu: [
    { path: '/showcase/wall', group: 'orientations', order: 55, icon: <CrownOutlined />, label: { zh: '先锋典型', en: 'Role models' } },
    { path: '/showcase/series', group: 'orientations', order: 56, icon: <PlayCircleOutlined />, label: { zh: '微视频系列', en: 'Micro-videos' } },
    { path: '/showcase/rounds', group: 'orientations', order: 57, icon: <UsergroupAddOutlined />, permission: 'showcase.manage', label: { zh: '典型评选', en: 'Role-model rounds' } },
    { path: '/showcase/exemplars', group: 'orientations', order: 57.5, icon: <UsergroupAddOutlined />, permission: 'showcase.submit', label: { zh: '典型推荐', en: 'Nominate role models' } },
    { path: '/showcase/answers', group: 'orientations', order: 58, icon: <LikeOutlined />, label: { zh: '我们的答卷', en: 'Our answers' } },
    { path: '/showcase/my-answers', group: 'orientations', order: 59, icon: <FileDoneOutlined />, permission: 'showcase.submit', label: { zh: '答卷发布', en: 'Publish achievements' } },
    { path: '/showcase/cases', group: 'orientations', order: 59.5, icon: <FileDoneOutlined />, permission: 'showcase.submit', label: { zh: '案例申报', en: 'Our cases' } },
    { path: '/showcase/competitions', group: 'orientations', order: 60, icon: <TrophyOutlined />, permission: 'showcase.manage', label: { zh: '创新案例评选', en: 'Case competitions' } },
    { path: '/showcase/review', group: 'orientations', order: 61, icon: <AuditOutlined />, permission: 'showcase.review', label: { zh: '案例评审', en: 'Case review' } },
  ],
  routes: [
    { path: 'showcase/wall', element: <WallPage /> },
    { path: 'showcase/series', element: <SeriesPage /> },
    { path: 'showcase/rounds', permission: 'showcase.manage', element: <RoundsPage /> },
    { path: 'showcase/exemplars', permission: 'showcase.submit', element: <ExemplarsPage /> },
    { path: 'showcase/answers', element: <AnswersPage /> },
    { path: 'showcase/my-answers', permission: 'showcase.submit', element: <MyAnswersPage /> },
    { path: 'showcase/competitions', permission: 'showcase.manage', element: <CompetitionsPage /> },
    { path: 'showcase/cases', permission: 'showcase.submit', element: <MyCasesPage /> },
    { path: 'showcase/competitions/:id/assignments', permission: 'showcase.manage', element: <MatrixPage /> },
    { path: 'showcase/competitions/:id/results', permission: 'showcase.manage', element: <ResultsPage /> },
    { path: 'showcase/review', permission: 'showcase.review', element: <WorkbenchPage /> },
  ],
  mobileRoutes: [
    { path: 'vote', element: <VotePage /> },
    { path: 'vote/:roundId', element: <VotePage /> },
    { path: 'review', permission: 'showcase.review', element: <ReviewPage /> },
    { path: 'review/:id', permission: 'showcase.review', element: <ReviewPage /> },
  ],
  mobileLinks: [
    { path: '/m/vote', order: 45, icon: <CrownOutlined />, label: { zh: '典型评选投票', en: 'Vote for role models' } },
    { path: '/m/review', order: 46, icon: <AuditOutlined />, permission: 'showcase.review', label: { zh: '案例评审', en: 'Case review' } },
  ],
};
