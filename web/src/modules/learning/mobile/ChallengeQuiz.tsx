import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Statistic, Tag } from 'antd';
import { FireOutlined, TrophyOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../kernel/api-client.js';
import { useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { challengeText as ct, lt } from '../messages.js';
import { QuestionInput, QuestionReview } from './QuestionInput.js';
import { QueryState } from './StatusViews.js';

const key = ['learning', 'me', 'challenge'];

/** 挑战答题: one question at a time until the first mistake; the streak and the best are kept on the server. */
export default function ChallengeQuiz() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [answer, setAnswer] = useState<string[]>([]);
  const [newBest, setNewBest] = useState(false);
  const state = useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/api/v1/learning/me/challenge')), meta: { silent: true } });
  const refreshPoints = () => void qc.invalidateQueries({ queryKey: ['points'] });
  const start = useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/learning/me/challenge/start')),
    onSuccess: (s) => {
      qc.setQueryData(key, s);
      setAnswer([]);
      check.reset();
      refreshPoints();
    },
  });
  const check = useMutation({
    mutationFn: (v: { runId: number; questionId: number }) => unwrap(client.POST('/api/v1/learning/me/challenge/{id}/answer', { params: { path: { id: v.runId } }, body: { questionId: v.questionId, answer } })),
    onSuccess: (r) => {
      setAnswer([]);
      const before = qc.getQueryData<{ best: number }>(key)?.best ?? 0;
      setNewBest(r.run.finished && r.run.streak > before);
      if (r.run.finished) refreshPoints();
      // A right answer goes straight on to the next question; the last one answered stays shown with the result.
      qc.setQueryData(key, { best: r.best, run: r.run });
    },
  });
  const data = state.data;
  const run = data?.run;
  const open = run && !run.finished && run.question;
  const justEnded = check.data?.run.finished && check.data.run.id === run?.id ? check.data : null;

  return (
    <>
      <MobileBar title={t(ct.title)} back="/m/study" />
      <div className="vg-m-page" data-testid="challenge">
        <QueryState loading={state.isLoading} error={state.error} retry={() => void state.refetch()}>
          <Card variant="borderless" size="small">
            <div style={{ display: 'flex', justifyContent: 'space-around' }}>
              <Statistic title={t(ct.streak)} value={run?.streak ?? 0} suffix={t(ct.unit)} prefix={<FireOutlined />} data-testid="challenge-streak" />
              <Statistic title={t(ct.best)} value={data?.best ?? 0} suffix={t(ct.unit)} prefix={<TrophyOutlined />} data-testid="challenge-best" />
            </div>
          </Card>
          {open ? (
            <Card variant="borderless" size="small">
              {check.data && check.data.answered.correct && <Alert type="success" showIcon message={t(lt.right)} style={{ marginBottom: 8 }} />}
              <QuestionInput q={run.question!} index={run.streak} value={answer} onChange={setAnswer} />
              <Button block type="primary" disabled={answer.length === 0} loading={check.isPending} onClick={() => check.mutate({ runId: run.id, questionId: run.question!.id })} style={{ marginTop: 12 }} data-testid="challenge-answer">
                {t(ct.answer)}
              </Button>
              <Popconfirm title={t(ct.restartConfirm)} onConfirm={() => start.mutate()}>
                <Button block type="link" style={{ marginTop: 4 }}>
                  {t(ct.restart)}
                </Button>
              </Popconfirm>
            </Card>
          ) : (
            <Card variant="borderless" size="small">
              {run?.finished && (
                <Alert
                  type={run.endReason === 'cleared' ? 'success' : 'info'}
                  showIcon
                  message={run.endReason === 'cleared' ? t(ct.cleared) : t(ct.over)}
                  description={
                    <>
                      <span data-testid="challenge-result-streak">{t(ct.result, { n: run.streak })}</span>
                      {justEnded && newBest && (
                        <Tag color="red" style={{ marginInlineStart: 8 }}>
                          {t(ct.newBest)}
                        </Tag>
                      )}
                    </>
                  }
                  style={{ marginBottom: 12 }}
                  data-testid="challenge-result"
                />
              )}
              {justEnded && <QuestionReview q={justEnded.answered} index={justEnded.run.streak} />}
              <p style={{ color: '#8c8c8c' }}>{t(ct.rules)}</p>
              <Button block type="primary" size="large" loading={start.isPending} onClick={() => start.mutate()} data-testid="challenge-start">
                {run ? t(ct.again) : t(ct.start)}
              </Button>
            </Card>
          )}
        </QueryState>
      </div>
    </>
  );
}
