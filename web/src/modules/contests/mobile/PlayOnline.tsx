import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, Progress, Result, Space, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../kernel/api.js';
import { client, unwrap, type Answer } from '../../../kernel/api-client.js';
import { showError } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { cText as m, joinErrorText } from '../messages.js';
import { letters } from '../useLiveSocket.js';
import { CertificateButton, QueryState, TierTag } from './Outcome.js';

type Served = Extract<Answer<'/api/v1/contests/rounds/{roundId}/play', 'post'>, { done: false }>;
type Mine = Answer<'/api/v1/contests/my/results', 'get'>['items'][number];

/** Milliseconds left, counted from the server's remainingMs when the question arrived (not the phone's clock). */
function useLeft(q: Served | undefined, receivedAt: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!q) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [q]);
  return q ? Math.max(0, q.remainingMs - (now - receivedAt)) : 0;
}

function QuestionView({ q, receivedAt, roundId, onNext }: { q: Served; receivedAt: number; roundId: number; onNext: () => void }) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [late, setLate] = useState(false);
  const left = useLeft(q, receivedAt);
  const timeUp = left <= 0;
  const send = useMutation({
    mutationFn: (choice: string[]) => unwrap(client.POST('/api/v1/contests/rounds/{roundId}/answer', { params: { path: { roundId } }, body: { index: q.index, choice } })),
    meta: { silent: true },
    onSuccess: onNext,
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'contest_answer_late') return setLate(true);
      if (err instanceof ApiError && err.code === 'contest_already_answered') return onNext();
      showError(err);
    },
  });
  // The server closes a question a moment after its time (it allows for a slow network): ask again until it serves the next.
  useEffect(() => {
    if (!timeUp && !late) return;
    const timer = setInterval(onNext, 1500);
    return () => clearInterval(timer);
  }, [timeUp, late, onNext]);
  const locked = timeUp || late || send.isPending;
  const submit = (choice: string[]) => !locked && choice.length > 0 && send.mutate(choice);
  const options = q.options ?? [];
  return (
    <Card
      title={t(m.question, { i: q.index + 1, n: q.total })}
      extra={<span data-testid="contest-countdown" style={{ fontSize: 18, color: left < 5000 ? '#cf1322' : undefined }}><ClockCircleOutlined /> {t(m.timeLeft, { s: Math.ceil(left / 1000) })}</span>}
    >
      <Progress percent={Math.round((left / q.durationMs) * 100)} showInfo={false} status={left < 5000 ? 'exception' : 'active'} />
      <Typography.Title level={4} data-testid="contest-stem">{q.stem}</Typography.Title>
      {q.type === 'multiple' ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Checkbox.Group value={picked} onChange={(v) => setPicked(v as string[])} disabled={locked} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {options.map((o, i) => <Checkbox key={i} value={letters[i]} style={{ fontSize: 18 }}>{`${letters[i]}. ${o}`}</Checkbox>)}
          </Checkbox.Group>
          <Button type="primary" block size="large" disabled={locked || !picked.length} onClick={() => submit([...picked].sort())}>{t(m.submit)}</Button>
        </Space>
      ) : q.type === 'fill' ? (
        <Space.Compact style={{ width: '100%' }}>
          <Input size="large" value={text} onChange={(e) => setText(e.target.value)} disabled={locked} placeholder={t(m.fillPlaceholder)} />
          <Button type="primary" size="large" disabled={locked || !text.trim()} onClick={() => submit([text.trim()])}>{t(m.submit)}</Button>
        </Space.Compact>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {options.map((o, i) => (
            <Button key={i} block size="large" data-testid="contest-option" disabled={locked} type={picked[0] === letters[i] ? 'primary' : 'default'} style={{ height: 'auto', minHeight: 52, whiteSpace: 'normal', textAlign: 'left', fontSize: 18 }} onClick={() => (setPicked([letters[i]]), submit([letters[i]]))}>
              {`${letters[i]}. ${o}`}
            </Button>
          ))}
        </Space>
      )}
      {(timeUp || late) && <Alert style={{ marginTop: 12 }} type="warning" showIcon message={late ? t(m.answerLate) : t(m.timeUp)} />}
    </Card>
  );
}

function Finished({ mine, score, answered, total }: { mine: Mine | undefined; score: number; answered: number; total: number }) {
  const { t } = useI18n();
  const nav = useNavigate();
  return (
    <Result
      status="success"
      title={t(m.onlineDone)}
      subTitle={
        <span data-testid="contest-online-result">
          {t(m.onlineScore, { s: score, a: answered, n: total })}
          {mine ? ` · ${t(mine.final ? m.rankFinal : m.rankNow, { r: mine.rank, n: mine.players })}` : ''}
        </span>
      }
      extra={
        <Space direction="vertical" style={{ width: '100%' }}>
          {mine?.tier && <TierTag tier={mine.tier} />}
          {mine?.awardId && <CertificateButton awardId={mine.awardId} certificateNo={`contest-${mine.roundId}`} block />}
          <Button block onClick={() => nav('/m/contest')} data-testid="contest-home-link">{t(m.backHome)}</Button>
        </Space>
      }
    />
  );
}

/** An online (限时窗口) round on the phone: one question at a time as the server serves it; the server keeps the clock and the answers, so a reload loses nothing. */
export default function PlayOnline() {
  const { t } = useI18n();
  const nav = useNavigate();
  const qc = useQueryClient();
  const roundId = Number(useParams().roundId);
  const [started, setStarted] = useState(false);
  const mine = useQuery({ queryKey: ['contests', 'my-results', roundId], queryFn: () => unwrap(client.GET('/api/v1/contests/my/results', { params: { query: { roundId } } })), meta: { silent: true } });
  const round = useQuery({ queryKey: ['contests', 'my-rounds'], queryFn: () => unwrap(client.GET('/api/v1/contests/my/rounds')), meta: { silent: true } });
  const me = mine.data?.items[0];
  const playing = started || !!me;
  const play = useQuery({
    queryKey: ['contests', 'play', roundId],
    queryFn: () => unwrap(client.POST('/api/v1/contests/rounds/{roundId}/play', { params: { path: { roundId } } })),
    enabled: playing,
    retry: false,
    refetchOnWindowFocus: false,
    meta: { silent: true },
  });
  const p = play.data;
  useEffect(() => {
    if (p?.done) void qc.invalidateQueries({ queryKey: ['contests', 'my-results'] });
  }, [p?.done, qc]);
  const info = round.data?.items.find((r) => r.id === roundId);
  const notOpen = play.error instanceof ApiError ? play.error.code : null;
  const refetch = play.refetch;
  const next = useCallback(() => void refetch(), [refetch]);

  let body: React.ReactNode;
  if (mine.isLoading || (playing && play.isLoading)) body = <QueryState loading error={null} retry={next}>{null}</QueryState>;
  else if (mine.error) body = <QueryState loading={false} error={mine.error} retry={() => void mine.refetch()}>{null}</QueryState>;
  else if (notOpen && me) body = <Finished mine={me} score={me.score} answered={me.answered} total={me.total} />;
  else if (notOpen)
    body = (
      <Result
        status="warning"
        title={t(joinErrorText(notOpen))}
        extra={<Space><Button onClick={next}>{t(m.retry)}</Button><Button type="primary" onClick={() => nav('/m/contest')} data-testid="contest-home-link">{t(m.backHome)}</Button></Space>}
        data-testid="contest-refused"
      />
    );
  else if (play.error) body = <QueryState loading={false} error={play.error} retry={next}>{null}</QueryState>;
  else if (p?.done) body = <Finished mine={me} score={p.score} answered={p.answered} total={p.total} />;
  else if (p) body = <QuestionView key={p.index} q={p} receivedAt={play.dataUpdatedAt} roundId={roundId} onNext={next} />;
  else
    body = (
      <Card title={info ? `${info.contestName} · ${info.name}` : t(m.openRounds)}>
        {info && <Typography.Paragraph>{t(m.roundFacts, { n: info.questions, s: info.secondsPerQuestion })}</Typography.Paragraph>}
        <Alert type="info" showIcon message={t(m.playIntro)} style={{ marginBottom: 12 }} />
        <Button type="primary" block size="large" data-testid="contest-start" onClick={() => setStarted(true)}>{t(m.startPlay)}</Button>
      </Card>
    );
  return (
    <>
      <MobileBar title={info?.contestName ?? t(m.homeTitle)} back="/m/contest" />
      <div className="vg-m-page" data-testid="contest-online">{body}</div>
    </>
  );
}
