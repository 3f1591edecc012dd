import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Progress, Result, Space, Switch, Tag } from 'antd';
import { FileDoneOutlined, TrophyOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { client, unwrap } from '../../../kernel/api-client.js';
import type { DailyQuiz as Quiz, ReviewedQuestion } from '../learning.api-types.js';
import { lt } from '../messages.js';
import { QuestionInput, QuestionReview } from './QuestionInput.js';
import { QueryState } from './StatusViews.js';

/** Seconds a question may take when the member switches the timer on (remembered on this phone). */
export const SECONDS_PER_QUESTION = 20;
const TIMER_KEY = 'vg.learning.quizTimer';
const quizKey = ['learning', 'me', 'daily-quiz'];

/** Points the quiz earned today: the ledger rows carrying this quiz's score note, written when the quiz was finished. */
async function pointsFor(quiz: Extract<Quiz, { submitted: true }>): Promise<number> {
  const mine = await unwrap(client.GET('/api/v1/points/me', { params: { query: { page: 1, pageSize: 20 } } }));
  const today = new Date().toDateString();
  return mine.items.filter((i) => i.note === `${quiz.correct}/${quiz.total}` && new Date(i.at).toDateString() === today && i.ruleCode === 'daily_quiz').reduce((s, i) => s + i.points, 0);
}

/** A countdown for the question on screen; `onZero` runs once when it reaches 0. Off (null) without a question. */
function useQuestionTimer(questionId: number | null, onZero: () => void) {
  const [left, setLeft] = useState<number | null>(null);
  const zero = useRef(onZero);
  zero.current = onZero;
  useEffect(() => {
    if (questionId == null) return setLeft(null);
    const end = Date.now() + SECONDS_PER_QUESTION * 1000;
    setLeft(SECONDS_PER_QUESTION);
    const timer = setInterval(() => {
      const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      setLeft(s);
      if (s === 0) {
        clearInterval(timer);
        zero.current();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [questionId]);
  return left;
}

/** 每日答题: five questions one at a time, each checked at once with the right answer and explanation, then the score and points. */
export default function DailyQuiz() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [value, setValue] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<{ result: ReviewedQuestion; index: number; timedOut: boolean } | null>(null);
  const [timed, setTimed] = useState(() => localStorage.getItem(TIMER_KEY) === '1');
  const quiz = useQuery({ queryKey: quizKey, queryFn: () => unwrap(client.GET('/api/v1/learning/me/daily-quiz')), meta: { silent: true } });
  const q = quiz.data;
  const graded = q?.submitted ? q : undefined;
  const earned = useQuery({ queryKey: [...quizKey, 'points', graded?.id], queryFn: () => pointsFor(graded!), enabled: !!graded && !feedback, meta: { silent: true } });
  const open = q && !q.submitted ? q : undefined;
  const answeredIds = new Set(open?.answered.map((a) => a.id) ?? []);
  const index = open ? open.questions.findIndex((x) => !answeredIds.has(x.id)) : -1;
  const current = index >= 0 ? open!.questions[index] : undefined;

  const send = useMutation({
    mutationFn: (v: { questionId: number; answer: string[]; timedOut: boolean; index: number }) =>
      unwrap(client.POST('/api/v1/learning/me/daily-quiz/{id}/answer', { params: { path: { id: q!.id } }, body: { questionId: v.questionId, answer: v.answer } })),
    onSuccess: (r, v) => {
      setFeedback({ result: r.result, index: v.index, timedOut: v.timedOut });
      setValue([]);
      qc.setQueryData(quizKey, r.quiz);
      void qc.invalidateQueries({ queryKey: ['learning', 'me', 'wrong'] });
      void qc.invalidateQueries({ queryKey: ['learning', 'me', 'reviews'] });
      if (r.finished) void qc.invalidateQueries({ queryKey: ['points'] });
    },
    onError: () => void quiz.refetch(),
  });
  const answer = (given: string[], timedOut = false) => current && !send.isPending && send.mutate({ questionId: current.id, answer: given, timedOut, index });
  const left = useQuestionTimer(timed && current && !feedback ? current.id : null, () => answer([], true));
  const showResult = !!graded && !feedback;
  useEffect(() => {
    if (showResult) window.scrollTo(0, 0);
  }, [showResult]);
  const toggleTimer = (on: boolean) => {
    localStorage.setItem(TIMER_KEY, on ? '1' : '0');
    setTimed(on);
  };
  const wrongBookLink = (
    <Link to="/m/study/wrong" data-testid="quiz-wrong-book">
      <FileDoneOutlined /> {t(lt.openWrongBook)}
    </Link>
  );

  return (
    <>
      <MobileBar title={t(lt.dailyQuiz)} />
      <div className="vg-m-page" data-testid="daily-quiz">
        <QueryState loading={quiz.isLoading} error={quiz.error} retry={() => void quiz.refetch()}>
          {q && !showResult && (
            <Card variant="borderless" size="small">
              <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
                <span data-testid="quiz-progress">{t(lt.quizProgress, { i: (feedback ? feedback.index : index) + 1, n: q.total })}</span>
                <span style={{ fontSize: 12 }}>
                  {t(lt.quizTimer, { s: SECONDS_PER_QUESTION })} <Switch size="small" checked={timed} onChange={toggleTimer} data-testid="quiz-timer" />
                </span>
              </div>
              {left != null && <Progress percent={(left / SECONDS_PER_QUESTION) * 100} showInfo={false} size="small" status={left <= 5 ? 'exception' : 'active'} />}
              {left != null && <div style={{ fontSize: 12, color: '#8c8c8c' }} data-testid="quiz-seconds-left">{t(lt.secondsLeft, { s: left })}</div>}
            </Card>
          )}
          {feedback && (
            <Card variant="borderless" size="small" data-testid="quiz-feedback">
              <Alert
                type={feedback.result.correct ? 'success' : 'error'}
                showIcon
                message={<span data-testid="quiz-verdict">{feedback.timedOut ? t(lt.quizTimeUp) : t(feedback.result.correct ? lt.right : lt.wrong)}</span>}
                style={{ marginBottom: 8 }}
              />
              <QuestionReview q={feedback.result} index={feedback.index} />
              {!feedback.result.correct && <div style={{ marginTop: 8 }}>{wrongBookLink}</div>}
              <Button type="primary" size="large" block style={{ marginTop: 12 }} onClick={() => setFeedback(null)} data-testid="quiz-next">
                {t(graded ? lt.seeResult : lt.next)}
              </Button>
            </Card>
          )}
          {current && !feedback && (
            <Card variant="borderless" size="small">
              {open!.reviewIds.includes(current.id) && <Tag color="gold" data-testid="quiz-review-tag">{t(lt.reviewTag)}</Tag>}
              <QuestionInput key={current.id} q={current} index={index} value={value} onChange={setValue} disabled={send.isPending} />
              <Button type="primary" size="large" block style={{ marginTop: 12 }} disabled={value.length === 0} loading={send.isPending} onClick={() => answer(value)} data-testid="quiz-answer">
                {t(lt.checkAnswer)}
              </Button>
            </Card>
          )}
          {showResult && (
            <>
              <Result
                status={graded.correct === graded.total ? 'success' : 'info'}
                icon={<TrophyOutlined style={{ color: '#c8161d' }} />}
                title={<span data-testid="quiz-score">{t(lt.quizResult, { correct: graded.correct, total: graded.total })}</span>}
                subTitle={<span data-testid="quiz-points">{earned.data ? t(lt.pointsEarned, { n: earned.data }) : earned.isLoading ? '…' : t(lt.noPointsToday)}</span>}
                extra={wrongBookLink}
                style={{ background: '#fff', borderRadius: 8, padding: '24px 12px' }}
              />
              <Space direction="vertical" style={{ width: '100%' }}>
                {graded.questions.map((x, i) => (
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
