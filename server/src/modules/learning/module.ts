import type { VanguardModule } from '../../kernel/module.js';
import { admins, everyone } from '../../kernel/access/roles.js';
import { awardOn } from '../../kernel/points/award-on.js';
import './learning.events.js';
import { questionsRoutes } from './questions.routes.js';
import { examsRoutes } from './exams.routes.js';
import { studyRoutes } from './study.routes.js';
import { challengeRoutes } from './challenge.routes.js';
import { sweepOverdue } from './commands/exam-attempt.js';
import { coursesRoutes } from './courses.routes.js';
import { myCoursesRoutes } from './my-courses.routes.js';
import { recordLessonCompleted } from './commands/lesson-progress.js';
import { learningMetrics } from './learning.metrics.js';
import { seedLearning } from './learning.seed.js';
import '../content/index.js'; // the content.* events listened to below

/** Question bank, daily quiz, timed exams and the wrong-answer book (必修课 / 终身课). */
export const learningModule: VanguardModule = {
  name: 'learning',
  permissions: [
    { name: 'learning.questions_read', roles: admins, scope: 'subtree', description: '查看题库' },
    { name: 'learning.questions_write', roles: admins, scope: 'subtree', description: '维护题库、导入题目、分配每日答题标签' },
    { name: 'learning.exams_manage', roles: admins, scope: 'subtree', description: '组织考试、查看成绩与统计' },
    { name: 'learning.courses_manage', roles: admins, scope: 'subtree', description: '管理课程、分配必修课、查看完成率' },
    { name: 'learning.study', roles: everyone, scope: 'self', description: '每日答题、参加考试、错题本' },
  ],
  routes(app, ctx) {
    questionsRoutes(app, ctx);
    examsRoutes(app, ctx);
    studyRoutes(app, ctx);
    challengeRoutes(app, ctx);
    coursesRoutes(app, ctx);
    myCoursesRoutes(app, ctx);
  },
  subscribe(ctx) {
    // A finished reading or video completes the lesson in every course holding that item.
    ctx.events.on('content.read_completed', (p) => recordLessonCompleted(ctx, p.personId, p.contentId));
    ctx.events.on('content.video_watched', (p) => recordLessonCompleted(ctx, p.personId, p.contentId));
    // Points come from the kernel's rules for this event type (with their daily cap); the ledger key makes a redelivery harmless.
    awardOn(ctx, 'learning.daily_quiz_completed', { zh: '完成每日答题', en: 'Completes the daily quiz' }, (p) => ({ personId: p.personId, key: `daily_quiz:${p.quizId}`, note: `${p.correct}/${p.total}` }));
    awardOn(ctx, 'learning.course_completed', { zh: '完成一门课程', en: 'Completes a course' }, (p) => ({ personId: p.personId, key: `course:${p.courseId}` }));
    // Once per exam, whatever the number of attempts: a retake does not earn again.
    awardOn(ctx, 'learning.exam_submitted', { zh: '参加一场考试（交卷）', en: 'Takes an exam (submitted)' }, (p) => ({ personId: p.personId, key: `exam:${p.examId}`, note: `${p.score}/${p.totalPoints}` }));
    // 挑战答题: a point per question right in a row (the rule's daily cap bounds the day); a run with none right earns nothing.
    awardOn(ctx, 'learning.challenge_finished', { zh: '完成一轮挑战答题（按连续答对题数）', en: 'Finishes a challenge run (by questions right in a row)' }, (p) => ({
      personId: p.streak > 0 ? p.personId : null,
      key: `challenge:${p.runId}`,
      units: p.streak,
      note: `${p.streak}`,
    }));
  },
  seed: seedLearning,
  metrics: learningMetrics,
  jobs: (ctx) => ({ 'learning.exam_sweep': async () => void (await sweepOverdue(ctx)) }),
  schedules: [{ name: 'learning.exam_sweep', everySeconds: 60 }],
};
