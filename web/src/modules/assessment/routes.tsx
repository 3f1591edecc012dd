import { lazy } from 'react';
import { AuditOutlined, CheckSquareOutlined, CarryOutOutlined, IdcardOutlined, PartitionOutlined, SolutionOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const SystemsPage = lazy(() => import('./SystemsPage.js'));
const SystemEditorPage = lazy(() => import('./SystemEditorPage.js'));
const RoundsPage = lazy(() => import('./RoundsPage.js'));
const RoundPage = lazy(() => import('./RoundPage.js'));
const TargetPage = lazy(() => import('./TargetPage.js'));
const WorkbenchPage = lazy(() => import('./WorkbenchPage.js'));
const GrowthPage = lazy(() => import('./GrowthPage.js'));
const MyAssessmentPage = lazy(() => import('./mine/MyAssessmentPage.js'));
const MobileTasks = lazy(() => import('./mobile/MobileTasks.js'));
const MobileGrowth = lazy(() => import('./mobile/MobileGrowth.js'));
const MobileVote = lazy(() => import('./mobile/MobileVote.js'));

const manage = 'assessment.manage';
const rate = 'assessment.rate';

/** 考核评价 (考核“指挥棒”, the case's third mechanism): indicator systems, rounds, results, raters, and the growth profile. */
export const assessmentModule: WebModule = {
  name: 'assessment',
  menu: [
    { path: '/assessment/rounds', group: 'mechanisms', order: 60, icon: <AuditOutlined />, permission: manage, label: { zh: '考核评价', en: 'Assessment' } },
    { path: '/assessment/systems', group: 'mechanisms', order: 61, icon: <PartitionOutlined />, permission: manage, label: { zh: '考核指标体系', en: 'Indicator systems' } },
    { path: '/assessment/growth', group: 'mechanisms', order: 62, icon: <IdcardOutlined />, permission: manage, label: { zh: '成长档案', en: 'Growth profiles' } },
    { path: '/assessment/mine', group: 'mechanisms', order: 64, icon: <SolutionOutlined />, permission: 'assessment.report', label: { zh: '我的述职与考核', en: 'My reports and results' } },
    { path: '/assessment/workbench', group: 'mechanisms', order: 63, icon: <CarryOutOutlined />, permission: rate, label: { zh: '评分工作台', en: 'Rater workbench' } },
  ],
  settings: [
    {
      path: '/assessment/systems',
      order: 40,
      permission: manage,
      label: { zh: '考核指标体系', en: 'Assessment indicator systems' },
      description: { zh: '述职评议考核的一级、二级、三级指标、权重与评分规则：新建、编辑草稿、发布新版本', en: 'The three levels of indicators, weights and scoring rules of the assessments: create, edit a draft, publish a version' },
    },
  ],
  routes: [
    { path: 'assessment/systems', permission: manage, element: <SystemsPage /> },
    { path: 'assessment/systems/:id', permission: manage, element: <SystemEditorPage /> },
    { path: 'assessment/rounds', permission: manage, element: <RoundsPage /> },
    { path: 'assessment/rounds/:id', permission: manage, element: <RoundPage /> },
    { path: 'assessment/rounds/:id/targets/:targetId', permission: manage, element: <TargetPage /> },
    { path: 'assessment/growth', permission: manage, element: <GrowthPage /> },
    { path: 'assessment/growth/:personId', permission: manage, element: <GrowthPage /> },
    { path: 'assessment/workbench', permission: rate, element: <WorkbenchPage /> },
    // Reports need assessment.report; results and appeals answer for any signed-in target (the page shows what applies).
    { path: 'assessment/mine', element: <MyAssessmentPage /> },
  ],
  mobileRoutes: [
    { path: 'assessment/tasks', permission: rate, element: <MobileTasks /> },
    // Every person sees their own profile (the server answers for the caller's person).
    { path: 'growth', element: <MobileGrowth /> },
    // Any signed-in voter (leaders, secretaries, member representatives, the public): the server answers with my ballot.
    { path: 'assessment/vote', element: <MobileVote /> },
  ],
  mobileLinks: [
    { path: '/m/assessment/tasks', order: 50, icon: <SolutionOutlined />, permission: rate, label: { zh: '考核评分', en: 'Assessment ratings' } },
    { path: '/m/assessment/vote', order: 49, icon: <CheckSquareOutlined />, label: { zh: '述职评议投票', en: 'Review meeting votes' } },
    { path: '/m/growth', order: 51, icon: <IdcardOutlined />, permission: 'learning.study', label: { zh: '我的成长档案', en: 'My growth profile' } },
  ],
};
