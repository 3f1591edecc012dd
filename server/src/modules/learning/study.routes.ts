import { z } from 'zod';
import { rowIdParam } from '../../kernel/dto.js';
import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { okOut } from '../../kernel/openapi/responses.js';
import { transaction } from '../../kernel/db/client.js';
import { audit } from '../../kernel/audit/audit.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { learnerOf } from './learning.access.js';
import { answerItem, answersBody, idParams } from './learning.dto.js';
import { answerQuestion, submitQuiz, todaysQuiz, type QuizRow } from './commands/daily-quiz.js';
import { dueReviewCount } from './commands/review-cards.js';
import { shanghaiDay } from '../../kernel/time.js';
import { finishIfOverdue, lockAttempt, saveAnswers, startExam, submitExam } from './commands/exam-attempt.js';
import { attemptView, examsForLearner } from './exams.queries.js';
import { practiceSet, practise, wrongAnswerBook } from './commands/wrong-answers.js';
import { dailyQuizOut, quizAnswerOut, reviewsDueOut, examPaperOut, myExamsOut, practiceResultOut, practiceSetOut, wrongAnswerPage } from './learning.responses.js';

const tags = ['learning'];
const access = { permission: 'learning.study' };
const pageQuery = z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(50).default(20) });
const questionParams = z.object({ questionId: rowIdParam });

/** Members (phones): daily quiz, exams, wrong-answer book. Answers are checked here, never in the browser. */
export function studyRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const learner = (req: { auth: unknown }) => learnerOf(db, requireAuth(req.auth as never));

  app.get('/api/v1/learning/me/daily-quiz', { config: { access }, schema: { tags, summary: '今日答题（5题，不含答案）', response: { 200: dailyQuizOut } } }, async (req) => todaysQuiz(db, await learner(req)));

  /** The end of a quiz (all answered): audited and announced once; the points rules award 'learning.daily_quiz_completed'. */
  async function finished(req: Parameters<typeof audit>[1], personId: number, quiz: QuizRow) {
    await audit(db, req, { action: 'learning.daily_quiz_submit', entity: 'learning_daily_quiz', entityId: quiz.id, summary: `${quiz.correct}/${quiz.total}` });
    await ctx.events.publish('learning.daily_quiz_completed', { personId, quizId: quiz.id, correct: quiz.correct ?? 0, total: quiz.total, day: quiz.day });
  }

  app.post('/api/v1/learning/me/daily-quiz/:id/answer', { config: { access }, schema: { tags, summary: '每日答题：逐题作答（当即判对错并给出解析；同一题只能答一次）', params: idParams, body: answerItem, response: { 200: quizAnswerOut } } }, async (req) => {
    const me = await learner(req);
    const { quiz, finished: done, result, view } = await answerQuestion(db, me, req.params.id, req.body.questionId, req.body.answer);
    await audit(db, req, { action: 'learning.daily_quiz_answer', entity: 'learning_daily_quiz', entityId: quiz.id, summary: `${req.body.questionId}: ${result.correct ? 'correct' : 'wrong'}` });
    if (done) await finished(req, me.personId, quiz);
    return { result, finished: done, quiz: view };
  });

  app.post('/api/v1/learning/me/daily-quiz/:id/submit', { config: { access }, schema: { tags, summary: '提交每日答题（未答的题一次判完）', params: idParams, body: answersBody, response: { 200: dailyQuizOut } } }, async (req) => {
    const me = await learner(req);
    const { quiz, result } = await submitQuiz(db, me, req.params.id, req.body.answers);
    await finished(req, me.personId, quiz);
    return result;
  });

  app.get('/api/v1/learning/me/reviews', { config: { access }, schema: { tags, summary: '今日到期复习题数（间隔重复）', response: { 200: reviewsDueOut } } }, async (req) => {
    const day = shanghaiDay(new Date());
    return { day, due: await dueReviewCount(db, await learner(req), day) };
  });

  app.get('/api/v1/learning/me/exams', { config: { access }, schema: { tags, summary: '我的考试', response: { 200: myExamsOut } } }, async (req) => ({ items: await examsForLearner(db, await learner(req)) }));

  app.post('/api/v1/learning/me/exams/:id/start', { config: { access }, schema: { tags, summary: '开始考试（抽题并开始计时）', params: idParams, response: { 200: examPaperOut } } }, async (req) => {
    const me = await learner(req);
    const attemptId = await startExam(db, req.params.id, me);
    await audit(db, req, { action: 'learning.exam_start', entity: 'learning_exam', entityId: req.params.id, summary: `attempt ${attemptId}` });
    return view(attemptId, me.personId);
  });

  async function view(attemptId: number, personId: number) {
    await finishIfOverdue(ctx, attemptId);
    const a = await lockAttempt(db, attemptId, personId);
    if (!a) throw new AppError('not_found');
    return attemptView(db, a);
  }

  app.get('/api/v1/learning/me/exam-attempts/:id', { config: { access }, schema: { tags, summary: '答卷（进行中或成绩）', params: idParams, response: { 200: examPaperOut } } }, async (req) =>
    view(req.params.id, (await learner(req)).personId),
  );

  app.put('/api/v1/learning/me/exam-attempts/:id/answers', { config: { access }, schema: { tags, summary: '保存作答（截止后拒绝）', params: idParams, body: answersBody, response: { 200: okOut } } }, async (req) => {
    const me = await learner(req);
    await finishIfOverdue(ctx, req.params.id);
    await transaction(db, async (tx) => {
      const a = await lockAttempt(tx, req.params.id, me.personId);
      if (!a) throw new AppError('not_found');
      await saveAnswers(tx, a, req.body.answers);
      await audit(tx, req, { action: 'learning.exam_answer', entity: 'learning_exam_attempt', entityId: a.id, summary: `${req.body.answers.length} answers` });
    });
    return { ok: true as const };
  });

  app.post('/api/v1/learning/me/exam-attempts/:id/submit', { config: { access }, schema: { tags, summary: '交卷', params: idParams, body: answersBody, response: { 200: examPaperOut } } }, async (req) => {
    const me = await learner(req);
    await submitExam(ctx, req.params.id, me, req.body.answers);
    await audit(db, req, { action: 'learning.exam_submit', entity: 'learning_exam_attempt', entityId: req.params.id });
    return view(req.params.id, me.personId);
  });

  app.get('/api/v1/learning/me/wrong-answers', { config: { access }, schema: { tags, summary: '错题本', querystring: pageQuery, response: { 200: wrongAnswerPage } } }, async (req) =>
    wrongAnswerBook(db, (await learner(req)).personId, req.query),
  );

  app.get('/api/v1/learning/me/wrong-answers/practice', { config: { access }, schema: { tags, summary: '错题练习（不含答案）', querystring: z.object({ limit: z.coerce.number().int().min(1).max(20).default(10) }), response: { 200: practiceSetOut } } }, async (req) => ({
    items: await practiceSet(db, (await learner(req)).personId, req.query.limit),
  }));

  app.post('/api/v1/learning/me/wrong-answers/:questionId/practice', { config: { access }, schema: { tags, summary: '错题练习作答（连续答对两次移出错题本）', params: questionParams, body: answerItem.pick({ answer: true }), response: { 200: practiceResultOut } } }, async (req) => {
    const me = await learner(req);
    const result = await practise(db, me.personId, req.params.questionId, req.body.answer);
    await audit(db, req, { action: 'learning.wrong_answer_practice', entity: 'learning_question', entityId: req.params.questionId, summary: result.correct ? (result.removed ? 'removed' : 'correct') : 'wrong' });
    return result;
  });
}
