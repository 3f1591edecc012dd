import type { VanguardModule } from '../../kernel/module.js';
import { admins, everyone } from '../../kernel/access/roles.js';
import { sql } from 'drizzle-orm';
import { awardOn, defineAward } from '../../kernel/points/award-on.js';
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
import { learningDetails } from './learning.details.js';

/** Question bank, daily quiz, timed exams and the wrong-answer book (必修课 / 终身课). */
/** The learning records each event stands for: a submitted daily quiz, a course completion, a submitted exam sitting. */
const dailyQuiz = defineAward({
  event: 'learning.daily_quiz_completed',
  label: { zh: '完成每日答题', en: 'Completes the daily quiz' },
  map: (p) => ({ personId: p.personId, key: `daily_quiz:${p.quizId}`, note: `${p.correct}/${p.total}` }),
  replay: {
    query: sql`SELECT submitted_at AS occurred_at, jsonb_build_object('personId', person_id, 'quizId', id, 'correct', coalesce(correct, 0), 'total', total, 'day', day) AS payload
                 FROM learning_daily_quizzes WHERE submitted_at IS NOT NULL`,
  },
});
const courseCompleted = defineAward({
  event: 'learning.course_completed',
  label: { zh: '完成一门课程', en: 'Completes a course' },
  map: (p) => ({ personId: p.personId, key: `course:${p.courseId}` }),
  replay: {
    query: sql`SELECT c.completed_at AS occurred_at, jsonb_build_object('personId', c.person_id, 'courseId', c.course_id, 'kind', k.kind) AS payload
                 FROM learning_course_completions c JOIN learning_courses k ON k.id = c.course_id`,
  },
});
const examSubmitted = defineAward({
  event: 'learning.exam_submitted',
  label: { zh: '参加一场考试（交卷）', en: 'Takes an exam (submitted)' },
  map: (p) => ({ personId: p.personId, key: `exam:${p.examId}`, note: `${p.score}/${p.totalPoints}` }),
  replay: {
    query: sql`SELECT submitted_at AS occurred_at, jsonb_build_object('personId', person_id, 'examId', exam_id, 'attemptId', id, 'score', score::float8,
                        'totalPoints', total_points::float8, 'auto', auto_submitted) AS payload
                 FROM learning_exam_attempts WHERE submitted_at IS NOT NULL`,
  },
});

// 挑战答题: a point per question right in a row (the rule's daily cap bounds the day); a run with none right earns nothing.
const challengeFinished = defineAward({
  event: 'learning.challenge_finished',
  label: { zh: '完成一轮挑战答题（按连续答对题数）', en: 'Finishes a challenge run (by questions right in a row)' },
  map: (p) => ({ personId: p.streak > 0 ? p.personId : null, key: `challenge:${p.runId}`, units: p.streak, note: `${p.streak}` }),
  replay: {
    query: sql`SELECT finished_at AS occurred_at, jsonb_build_object('personId', person_id, 'runId', id, 'streak', streak, 'reason', end_reason) AS payload
                 FROM learning_challenge_runs WHERE finished_at IS NOT NULL`,
  },
});

export const learningModule: VanguardModule = {
  name: 'learning',
  detailMessages: learningDetails,
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
    awardOn(ctx, dailyQuiz);
    awardOn(ctx, courseCompleted);
    // Once per exam, whatever the number of attempts: a retake does not earn again.
    awardOn(ctx, examSubmitted);
    awardOn(ctx, challengeFinished);
  },
  seed: seedLearning,
  metrics: learningMetrics,
  jobs: (ctx) => ({ 'learning.exam_sweep': async () => void (await sweepOverdue(ctx)) }),
  schedules: [{ name: 'learning.exam_sweep', everySeconds: 60 }],
};
