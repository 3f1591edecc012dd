import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, Progress, Result, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { ackText, cText as m, joinErrorText, tierText } from '../messages.js';
import { keptEnded, letters, maxAttempts, useCountdown, useLiveSocket, type LiveState } from '../useLiveSocket.js';
import { CertificateButton } from './Outcome.js';

type Final = { score: number; rank: number | null; players: number; teamRank?: number | null; teamScore?: number | null; award: string | null; awardId?: number | null };

/** The certificate of this round's award: the award's id comes from the member's results on the server. */
function Certificate({ code }: { code: string }) {
  const mine = useQuery({ queryKey: ['contests', 'my-results'], queryFn: () => unwrap(client.GET('/api/v1/contests/my/results')), meta: { silent: true } });
  const r = mine.data?.items.find((x) => x.code === code && x.awardId);
  return r?.awardId ? <CertificateButton awardId={r.awardId} certificateNo={`contest-${r.roundId}`} /> : null;
}

function Ended({ e, code, note }: { e: Final; code: string; note?: string }) {
  const { t } = useI18n();
  const nav = useNavigate();
  return (
    <Result
      status={e.award ? 'success' : 'info'}
      title={e.award ? t(m.awarded, { tier: t(tierText(e.award)) }) : t(m.endedTitle)}
      subTitle={
        <>
          <span data-testid="contest-final">
            {t(m.yourRank, { s: e.score ?? 0, r: e.rank ?? '-', n: e.players ?? 0 })}
            {e.teamRank ? ` · ${t(m.teamRank, { r: e.teamRank, s: e.teamScore ?? 0 })}` : ''}
          </span>
          {note && <div>{note}</div>}
        </>
      }
      extra={
        <Space direction="vertical">
          {e.award ? e.awardId ? <CertificateButton awardId={e.awardId} certificateNo={`contest-${e.awardId}`} /> : <Certificate code={code} /> : null}
          <Button onClick={() => nav('/m/contest')} data-testid="contest-home-link">{t(m.backHome)}</Button>
        </Space>
      }
    />
  );
}

/** The phone gave up: a wrong code, a finished contest, or no connection; what happened, a retry and the way back. */
function Refused({ title, help, retry }: { title: string; help?: string; retry: () => void }) {
  const { t } = useI18n();
  const nav = useNavigate();
  return (
    <Result
      status="warning"
      title={<span data-testid="contest-refused">{title}</span>}
      subTitle={help}
      extra={
        <Space>
          <Button onClick={retry} data-testid="contest-retry">{t(m.retry)}</Button>
          <Button type="primary" onClick={() => nav('/m/contest')} data-testid="contest-home-link">{t(m.backHome)}</Button>
        </Space>
      }
    />
  );
}

export function QuestionCard({ s, answer }: { s: LiveState; answer: (index: number, choice: string[]) => void }) {
  const { t } = useI18n();
  const q = s.question!;
  const [picked, setPicked] = useState<string[]>([]);
  const [text, setText] = useState('');
  const closed = s.closedIndex === q.index;
  const left = useCountdown(q, closed || !!s.paused);
  const ack = s.ack?.index === q.index ? s.ack : null;
  const sent = !!ack?.ok || !!q.answered;
  const result = s.result?.index === q.index ? s.result : null;
  const locked = sent || closed || !!s.paused || (ack?.ok === false && ack.reason !== 'error');
  const options: string[] = q.options ?? [];
  // Options are shuffled per player, so the phone's letters would not be the big screen's: choice options are labelled by their words only.
  const choice = q.type === 'single' || q.type === 'multiple';
  const words = (list: unknown, fallback: string[]) => (Array.isArray(list) && list.length ? (list as string[]) : fallback);
  const byLetter = (ls: string[] | undefined) => (ls ?? []).map((l) => options[letters.indexOf(l)] ?? l);
  // After the reveal: the right option in green, the player's wrong pick in red.
  const optionStyle = (letter: string) =>
    !result ? {} : (result.correctAnswer ?? []).includes(letter) ? { borderColor: '#52c41a', color: '#389e0d', background: '#f6ffed' } : (result.yourAnswer ?? []).includes(letter) ? { borderColor: '#ff4d4f', color: '#cf1322', background: '#fff1f0' } : {};
  const submit = (picks: string[]) => !locked && picks.length && answer(q.index, picks);
  return (
    <Card title={t(m.question, { i: q.index + 1, n: q.total })} extra={!closed && <Tag color={left < 5000 ? 'red' : 'blue'} data-testid="contest-countdown" style={{ fontSize: 18, padding: '2px 10px' }}>{Math.ceil(left / 1000)}s</Tag>}>
      {!closed && <Progress percent={Math.round((left / q.durationMs) * 100)} showInfo={false} status={left < 5000 ? 'exception' : 'active'} />}
      <Typography.Title level={4} data-testid="contest-stem">{q.stem}</Typography.Title>
      {choice && <Typography.Paragraph type="secondary">{t(m.optionsShuffled)}</Typography.Paragraph>}
      {q.type === 'multiple' ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Checkbox.Group value={picked} onChange={(v) => setPicked(v as string[])} disabled={locked} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {options.map((o, i) => <Checkbox key={i} value={letters[i]} style={{ fontSize: 18 }}>{o}</Checkbox>)}
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
            // No space forced into a two-character answer such as 正确.
            <Button key={i} block size="large" autoInsertSpace={false} data-testid="contest-option" disabled={locked} type={picked[0] === letters[i] && !result ? 'primary' : 'default'} style={{ height: 'auto', minHeight: 52, whiteSpace: 'normal', textAlign: 'left', fontSize: 18, ...optionStyle(letters[i]) }} onClick={() => (setPicked([letters[i]]), submit([letters[i]]))}>
              {o}
            </Button>
          ))}
        </Space>
      )}
      {sent && !result && <Alert style={{ marginTop: 12 }} type="success" showIcon message={t(m.sent)} data-testid="contest-ack" />}
      {ack?.ok === false && <Alert style={{ marginTop: 12 }} type="warning" showIcon message={t(ackText(String(ack.reason)))} />}
      {closed && !result && !sent && <Alert style={{ marginTop: 12 }} type="info" showIcon message={t(m.timeUp)} />}
      {s.paused && <Alert style={{ marginTop: 12 }} type="warning" showIcon message={t(m.pausedText)} />}
      {result && (
        <Alert
          style={{ marginTop: 12 }}
          data-testid="contest-result"
          type={result.correct ? 'success' : 'error'}
          showIcon
          message={!result.answered ? t(m.noAnswer) : result.correct ? t(m.right, { p: result.points }) : t(m.wrong)}
          description={
            <>
              <div data-testid="contest-correct-text">
                {t(m.correctAnswer, { a: words(result.correctText, byLetter(result.correctAnswer)).join('、') })}
                {choice && Array.isArray(result.screenAnswer) && result.screenAnswer.length ? t(m.screenLetters, { l: result.screenAnswer.join('') }) : ''}
              </div>
              {result.answered && !result.correct && <div>{t(m.yourAnswerText, { a: words(result.yourText, byLetter(result.yourAnswer)).join('、') })}</div>}
              {result.explanation && <div>{result.explanation}</div>}
              <div data-testid="contest-rank">{t(m.yourRank, { s: result.score, r: result.rank, n: result.players })}</div>
              {result.teamRank ? <div>{t(m.teamRank, { r: result.teamRank, s: result.teamScore })}</div> : null}
            </>
          }
        />
      )}
    </Card>
  );
}

/** The player's phone on a live round (by code or the QR link /m/contest/:code): play along with the host; a refusal or a lost connection says so, with a retry and the way back. */
export default function MobileContest() {
  const { code } = useParams();
  const { t } = useI18n();
  const { state: s, answer, retry } = useLiveSocket(code, 'player');
  // A finished contest refuses a new seat: its result comes from the server, else from what this phone kept.
  const refusedEnded = s.error === 'contest_not_open';
  const mine = useQuery({ queryKey: ['contests', 'my-results'], queryFn: () => unwrap(client.GET('/api/v1/contests/my/results')), enabled: refusedEnded, meta: { silent: true } });
  const fromServer = mine.data?.items.find((r) => r.code === code && r.final);
  const kept = s.failed ? keptEnded(code) : null;
  let body: React.ReactNode = null;
  if (s.ended) body = <Ended e={s.ended as unknown as Final} code={code!} />;
  else if (fromServer) body = <Ended e={{ ...fromServer, award: fromServer.tier, awardId: fromServer.awardId }} code={code!} />;
  else if (refusedEnded && mine.isLoading) body = null;
  else if (kept) body = <Ended e={kept as unknown as Final} code={code!} note={t(m.keptResult)} />;
  else if (s.failed && s.error) body = <Refused title={t(joinErrorText(s.error))} retry={retry} />;
  else if (s.failed) body = <Refused title={t(m.connectFailed)} help={t(m.connectFailedHelp, { n: maxAttempts })} retry={retry} />;
  else if (s.question) body = <QuestionCard key={s.question.index} s={s} answer={answer} />;
  else if (s.lobby) body = <Result status="info" title={s.lobby.contest} subTitle={<span data-testid="contest-waiting">{t(m.waiting)}</span>} />;
  return (
    <>
      <MobileBar title={s.lobby?.contest ?? t(m.homeTitle)} back="/m/contest" />
      <div className="vg-m-page" data-testid="contest-player">
        {s.lobby && <Typography.Text type="secondary">{`${s.lobby.contest} · ${s.lobby.round}`}</Typography.Text>}
        {!s.connected && !s.failed && !s.ended && <Alert type="warning" showIcon data-testid="contest-connecting" message={s.lobby ? t(m.reconnecting) : t(m.connectingTry, { n: Math.max(1, s.attempts) })} />}
        {s.error && !s.failed && <Alert type="error" showIcon message={t(joinErrorText(s.error))} />}
        {body}
      </div>
    </>
  );
}
