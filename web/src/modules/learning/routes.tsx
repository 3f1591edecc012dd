import { lazy } from 'react';
import { BookOutlined, DatabaseOutlined, FileTextOutlined, ReadOutlined, TagsOutlined } from '@ant-design/icons';
import type { WebModule } from '../types.js';

const QuestionsPage = lazy(() => import('./QuestionsPage.js'));
const QuestionImportPage = lazy(() => import('./QuestionImportPage.js'));
const TagAssignmentsPage = lazy(() => import('./TagAssignmentsPage.js'));
const ExamsPage = lazy(() => import('./ExamsPage.js'));
const ExamResultsPage = lazy(() => import('./ExamResultsPage.js'));
const CoursesPage = lazy(() => import('./CoursesPage.js'));
const CourseDetailPage = lazy(() => import('./CourseDetailPage.js'));
const StudyHome = lazy(() => import('./mobile/StudyHome.js'));
const MobileCourse = lazy(() => import('./mobile/MobileCourse.js'));
const MobileLesson = lazy(() => import('./mobile/MobileLesson.js'));
const DailyQuiz = lazy(() => import('./mobile/DailyQuiz.js'));
const MobileExams = lazy(() => import('./mobile/MobileExams.js'));
const MobileExamPaper = lazy(() => import('./mobile/MobileExamPaper.js'));
const WrongBook = lazy(() => import('./mobile/WrongBook.js'));
const ChallengeQuiz = lazy(() => import('./mobile/ChallengeQuiz.js'));

const study = 'learning.study';

export const learningModule: WebModule = {
  name: 'learning',
  menu: [
    { path: '/learning/courses', group: 'courses', order: 10, icon: <ReadOutlined />, permission: 'learning.courses_manage', label: { zh: '课程（必修课/终身课）', en: 'Courses' } },
    { path: '/learning/questions', group: 'courses', order: 20, icon: <DatabaseOutlined />, permission: 'learning.questions_read', label: { zh: '题库', en: 'Question bank' } },
    { path: '/learning/tags', group: 'courses', order: 25, icon: <TagsOutlined />, permission: 'learning.questions_read', label: { zh: '每日答题标签', en: 'Daily quiz tags' } },
    { path: '/learning/exams', group: 'courses', order: 30, icon: <FileTextOutlined />, permission: 'learning.exams_manage', label: { zh: '考试', en: 'Exams' } },
  ],
  settings: [
    {
      path: '/learning/tags',
      order: 25,
      permission: 'learning.questions_write',
      label: { zh: '每日答题标签', en: 'Daily quiz tags' },
      description: { zh: '各组织成员的每日答题从哪些题库标签中抽题；未设置时沿用上级组织', en: 'Which question-bank tags each organisation’s daily quiz draws from; without a setting the parent’s applies' },
    },
  ],
  routes: [
    { path: 'learning/courses', permission: 'learning.courses_manage', element: <CoursesPage /> },
    { path: 'learning/courses/:id', permission: 'learning.courses_manage', element: <CourseDetailPage /> },
    { path: 'learning/questions', permission: 'learning.questions_read', element: <QuestionsPage /> },
    { path: 'learning/questions/import', permission: 'learning.questions_write', element: <QuestionImportPage /> },
    { path: 'learning/tags', permission: 'learning.questions_read', element: <TagAssignmentsPage /> },
    { path: 'learning/exams', permission: 'learning.exams_manage', element: <ExamsPage /> },
    { path: 'learning/exams/:id', permission: 'learning.exams_manage', element: <ExamResultsPage /> },
  ],
  mobileRoutes: [
    { path: 'study', permission: study, element: <StudyHome /> },
    { path: 'study/courses/:id', permission: study, element: <MobileCourse /> },
    { path: 'study/lessons/:contentId', permission: study, element: <MobileLesson /> },
    { path: 'study/quiz', permission: study, element: <DailyQuiz /> },
    { path: 'study/exams', permission: study, element: <MobileExams /> },
    { path: 'study/exams/:id', permission: study, element: <MobileExamPaper /> },
    { path: 'study/wrong', permission: study, element: <WrongBook /> },
    { path: 'study/challenge', permission: study, element: <ChallengeQuiz /> },
  ],
  mobileLinks: [{ path: '/m/study', order: 20, icon: <BookOutlined />, permission: study, label: { zh: '学习中心', en: 'Study centre' } }],
};
