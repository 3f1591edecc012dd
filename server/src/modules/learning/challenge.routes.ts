import type { App, ModuleContext } from '../../kernel/module.js';
import { audit } from '../../kernel/audit/audit.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { learnerOf } from './learning.access.js';
import { answerItem, idParams } from './learning.dto.js';
import { answerChallenge, challengeState, startChallenge, type FinishedRun } from './commands/challenge.js';
import { challengeAnswerOut, challengeStateOut } from './learning.responses.js';

const tags = ['learning'];
const access = { permission: 'learning.study' };

/** 挑战答题 on the phone: one question at a time until the first mistake; answers are checked here only. */
export function challengeRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const learner = (req: { auth: unknown }) => learnerOf(db, requireAuth(req.auth as never));
  const finished = (personId: number, f: FinishedRun | null) =>
    f ? ctx.events.publish('learning.challenge_finished', { personId, runId: f.runId, streak: f.streak, reason: f.reason }) : Promise.resolve();

  app.get('/api/v1/learning/me/challenge', { config: { access }, schema: { tags, summary: '挑战答题：最好成绩与当前一轮（不含答案）', response: { 200: challengeStateOut } } }, async (req) =>
    challengeState(db, await learner(req)),
  );

  app.post('/api/v1/learning/me/challenge/start', { config: { access }, schema: { tags, summary: '开始一轮挑战答题（结束未完成的一轮）', response: { 200: challengeStateOut } } }, async (req) => {
    const me = await learner(req);
    const { state, abandoned } = await startChallenge(db, me);
    await audit(db, req, { action: 'learning.challenge_start', entity: 'learning_challenge_run', entityId: state.run!.id, summary: abandoned ? `ended run ${abandoned.runId} at ${abandoned.streak}` : undefined });
    await finished(me.personId, abandoned);
    return state;
  });

  app.post(
    '/api/v1/learning/me/challenge/:id/answer',
    { config: { access }, schema: { tags, summary: '挑战答题作答（答错即结束）', params: idParams, body: answerItem, response: { 200: challengeAnswerOut } } },
    async (req) => {
      const me = await learner(req);
      const { result, finished: f } = await answerChallenge(db, me, req.params.id, req.body.questionId, req.body.answer);
      await audit(db, req, { action: 'learning.challenge_answer', entity: 'learning_challenge_run', entityId: req.params.id, summary: `${result.answered.correct ? 'right' : 'wrong'}, streak ${result.run.streak}` });
      await finished(me.personId, f);
      return result;
    },
  );
}
