import { useState } from 'react';
import { Button, Card, Result, Space } from 'antd';
import { TrophyOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { modal } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { client, unwrap } from '../../../kernel/api-client.js';
import type { DailyQuiz as Quiz } from '../learning.api-types.js';
import { lt } from '../messages.js';
import { QuestionInput, QuestionReview } from './QuestionInput.js';
import { QueryState } from './StatusViews.js';

/** Points the quiz earned today: the ledger rows carrying this quiz's score note, written when the quiz was submitted. */
async function pointsFor(quiz: Extract<Quiz, { submitted: true }>): Promise<number> {
  const mine = await unwrap(client.GET('/api/v1/points/me', { params: { query: { page: 1, pageSize: 20 } } }));
  const today = new Date().toDateString();
  return mine.items.filter((i) => i.note === `${quiz.correct}/${quiz.total}` && new Date(i.at).toDateString() === today && i.ruleCode === 'daily_quiz').reduce((s, i) => s + i.points, 0);
}

/** 每日答题: five questions, one submission a day, then the answers with explanations and the points earned. */
export default function DailyQuiz() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [answers, setAnswers] = useState<Record<number, string[]>>({});
  const quiz = useQuery({ queryKey: ['learning', 'me', 'daily-quiz'], queryFn: () => unwrap(client.GET('/api/v1/learning/me/daily-quiz')), meta: { silent: true } });
  const graded = quiz.data?.submitted ? quiz.data : undefined;
  const earned = useQuery({ queryKey: ['learning', 'me', 'daily-quiz', 'points', graded?.id], queryFn: () => pointsFor(graded!), enabled: !!graded, meta: { silent: true } });
  const submit = useMutation({
    mutationFn: (q: Quiz) =>
      unwrap(client.POST('/api/v1/learning/me/daily-quiz/{id}/submit', { params: { path: { id: q.id } }, body: { answers: q.questions.map((x) => ({ questionId: x.id, answer: answers[x.id] ?? [] })) } })),
    onSuccess: (result) => {
      qc.setQueryData(['learning', 'me', 'daily-quiz'], result);
      void qc.invalidateQueries({ queryKey: ['points'] });
      void qc.invalidateQueries({ queryKey: ['learning', 'me', 'wrong'] });
    },
  });
  const q = quiz.data;
  const onSubmit = () => {
    if (!q) return;
    const missing = q.questions.filter((x) => !(answers[x.id]?.length)).length;
    if (missing === 0) return submit.mutate(q);
    modal()?.confirm({ title: t(lt.unanswered, { n: missing }), okText: t(common.confirm), cancelText: t(common.cancel), onOk: () => submit.mutate(q) });
  };

  return (
    <>
      <MobileBar title={t(lt.dailyQuiz)} />
      <div className="vg-m-page" data-testid="daily-quiz">
        <QueryState loading={quiz.isLoading} error={quiz.error} retry={() => void quiz.refetch()}>
          {q && !q.submitted && (
            <>
              {q.questions.map((x, i) => (
                <Card key={x.id} variant="borderless" size="small">
                  <QuestionInput q={x} index={i} value={answers[x.id] ?? []} onChange={(v) => setAnswers((a) => ({ ...a, [x.id]: v }))} />
                </Card>
              ))}
              <Button type="primary" size="large" block loading={submit.isPending} onClick={onSubmit} data-testid="quiz-submit">
                {t(lt.submit)}
              </Button>
            </>
          )}
          {q && q.submitted && (
            <>
              <Result
                status={q.correct === q.total ? 'success' : 'info'}
                icon={<TrophyOutlined style={{ color: '#c8161d' }} />}
                title={<span data-testid="quiz-score">{t(lt.quizResult, { correct: q.correct, total: q.total })}</span>}
                subTitle={
                  <span data-testid="quiz-points">{earned.data ? t(lt.pointsEarned, { n: earned.data }) : earned.isLoading ? '…' : t(lt.noPointsToday)}</span>
                }
                style={{ background: '#fff', borderRadius: 8, padding: '24px 12px' }}
              />
              <Space direction="vertical" style={{ width: '100%' }}>
                {q.questions.map((x, i) => (
                  <Card key={x.id} variant="borderless" size="small">
                    <QuestionReview q={x} index={i} />
                  </Card>
                ))}
              </Space>
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}
