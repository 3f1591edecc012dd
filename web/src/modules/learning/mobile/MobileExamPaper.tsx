import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Result, Space } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError } from '../../../kernel/api.js';
import { client, unwrap, type Body } from '../../../kernel/api-client.js';
import { modal } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { lt } from '../messages.js';
import { QuestionInput, QuestionReview } from './QuestionInput.js';
import { QueryState } from './StatusViews.js';
import { clock, useCountdown } from './useCountdown.js';

/** Sitting an exam: the server starts the clock and enforces it; answers are saved as they change; at 0 the paper is handed in. */
export default function MobileExamPaper() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const examId = Number(useParams().id);
  const [answers, setAnswers] = useState<Record<number, string[]>>({});
  const [timeUp, setTimeUp] = useState(false);
  const key = ['learning', 'me', 'exam-paper', examId];
  const attemptId = useRef<number | null>(null);
  // Starting is idempotent but audited: start once, then re-read the attempt (which also re-syncs the clock).
  const load = async () => {
    if (attemptId.current) return unwrap(client.GET('/api/v1/learning/me/exam-attempts/{id}', { params: { path: { id: attemptId.current } } }));
    const started = await unwrap(client.POST('/api/v1/learning/me/exams/{id}/start', { params: { path: { id: examId } } }));
    attemptId.current = started.attemptId;
    return started;
  };
  const paper = useQuery({ queryKey: key, queryFn: load, meta: { silent: true }, refetchInterval: (q) => (q.state.data && !q.state.data.submitted ? 60_000 : false) });
  const p = paper.data;
  const seeded = useRef(false);
  useEffect(() => {
    if (!p || seeded.current || p.submitted) return;
    seeded.current = true;
    setAnswers(Object.fromEntries(p.questions.map((q) => [q.id, q.savedAnswer])));
  }, [p]);

  const body = (): Body<'/api/v1/learning/me/exam-attempts/{id}/submit', 'post'> => ({ answers: (p?.questions ?? []).map((q) => ({ questionId: q.id, answer: answers[q.id] ?? [] })) });
  const save = useMutation({ mutationFn: (b: ReturnType<typeof body>) => unwrap(client.PUT('/api/v1/learning/me/exam-attempts/{id}/answers', { params: { path: { id: p!.attemptId } }, body: b })), meta: { silent: true } });
  const submit = useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/learning/me/exam-attempts/{id}/submit', { params: { path: { id: p!.attemptId } }, body: body() })),
    meta: { silent: true },
    onSuccess: (done) => qc.setQueryData(key, done),
    onError: (err) => {
      // The server already closed the paper (its clock ran out first): show what it graded.
      if (err instanceof ApiError && (err.code === 'exam_time_over' || err.code === 'exam_already_submitted')) void paper.refetch();
    },
    onSettled: () => void qc.invalidateQueries({ queryKey: ['learning', 'me', 'exams'] }),
  });
  const left = useCountdown(p && !p.submitted ? p.remainingSeconds : undefined, () => {
    setTimeUp(true);
    submit.mutate();
  });
  const change = (id: number, v: string[]) => {
    const next = { ...answers, [id]: v };
    setAnswers(next);
    save.mutate({ answers: [{ questionId: id, answer: v }] });
  };
  const handIn = () => {
    const missing = (p?.questions ?? []).filter((q) => !(answers[q.id]?.length)).length;
    if (missing === 0) return submit.mutate();
    modal()?.confirm({ title: t(lt.unanswered, { n: missing }), okText: t(common.confirm), cancelText: t(common.cancel), onOk: () => submit.mutate() });
  };

  return (
    <>
      <MobileBar title={t(lt.myExams)} extra={p && !p.submitted && left !== undefined ? <span data-testid="exam-countdown"><ClockCircleOutlined /> {clock(left)}</span> : null} />
      <div className="vg-m-page" data-testid="exam-paper">
        <QueryState loading={paper.isLoading} error={paper.error} retry={() => void paper.refetch()}>
          {p && !p.submitted && (
            <>
              <Alert type={left !== undefined && left < 60 ? 'warning' : 'info'} showIcon message={`${t(lt.remaining)} ${clock(left ?? 0)}`} />
              {p.questions.map((q, i) => (
                <Card key={q.id} variant="borderless" size="small" extra={`${q.points}′`}>
                  <QuestionInput q={q} index={i} value={answers[q.id] ?? []} onChange={(v) => change(q.id, v)} disabled={timeUp || submit.isPending} />
                </Card>
              ))}
              <Button type="primary" size="large" block loading={submit.isPending} onClick={handIn} data-testid="exam-submit">
                {t(lt.submitExam)}
              </Button>
            </>
          )}
          {p && p.submitted && (
            <>
              {/* The verdict against the pass mark, never a tick for any score; without a pass mark only the score. */}
              <Result
                status={p.passed == null ? 'info' : p.passed ? 'success' : 'error'}
                title={<span data-testid="exam-score">{`${t(lt.score)} ${p.score} / ${p.totalPoints}`}</span>}
                subTitle={
                  <Space direction="vertical" size={4}>
                    {p.passed != null && (
                      <span data-testid="exam-verdict" data-passed={p.passed} style={{ fontSize: 18, fontWeight: 600, color: p.passed ? '#389e0d' : '#cf1322' }}>
                        {t(p.passed ? lt.passed : lt.failed)}
                      </span>
                    )}
                    {p.passScore != null && <span>{t(lt.passLine, { n: p.passScore })}</span>}
                    {p.autoSubmitted && <span>{t(lt.timeUp)}</span>}
                  </Space>
                }
                style={{ background: '#fff', borderRadius: 8, padding: '24px 12px' }}
              />
              <Space direction="vertical" style={{ width: '100%' }}>
                {p.questions.map((q, i) => (
                  <Card key={q.id} variant="borderless" size="small" extra={`${q.earned}/${q.points}`}>
                    <QuestionReview q={q} index={i} />
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
