import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Progress, Result, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../kernel/api.js';
import { client, unwrap } from '../../../kernel/api-client.js';
import { showError } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { cText as m, tierText } from '../messages.js';
import { letters, useCountdown, useLiveSocket, type LiveState } from '../useLiveSocket.js';

function JoinForm() {
  const { t } = useI18n();
  const nav = useNavigate();
  return (
    <Card title={t(m.joinTitle)}>
      <Form layout="vertical" onFinish={(v: { code: string }) => nav(`/m/contest/${v.code}`)}>
        <Form.Item name="code" label={t(m.joinCode)} rules={[{ required: true, pattern: /^\d{6}$/, message: t(m.joinCode) }]}>
          <Input inputMode="numeric" maxLength={6} size="large" style={{ fontSize: 28, letterSpacing: '0.3em', textAlign: 'center' }} data-testid="contest-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large">
          {t(m.join)}
        </Button>
      </Form>
    </Card>
  );
}

function Certificates({ contest }: { contest: string }) {
  const { t } = useI18n();
  const awards = useQuery({ queryKey: ['contests', 'my-awards'], queryFn: () => unwrap(client.GET('/api/v1/contests/my/awards')) });
  const mine = awards.data?.items.filter((a) => a.contestName === contest) ?? [];
  return (
    <>
      {mine.map((a) => (
        <Button key={a.id} type="primary" data-testid="contest-certificate" onClick={() => api.download(`/contests/awards/${a.id}/certificate.png`, undefined, `${a.certificateNo}.png`).catch(showError)}>
          {t(m.certificate)}
        </Button>
      ))}
    </>
  );
}

function Ended({ s }: { s: LiveState }) {
  const { t } = useI18n();
  const e = s.ended!;
  return (
    <Result
      status={e.award ? 'success' : 'info'}
      title={e.award ? t(m.awarded, { tier: t(tierText(e.award)) }) : t(m.endedTitle)}
      subTitle={
        <span data-testid="contest-final">
          {t(m.yourRank, { s: e.score ?? 0, r: e.rank ?? '-', n: e.players ?? 0 })}
          {e.teamRank ? ` · ${t(m.teamRank, { r: e.teamRank, s: e.teamScore })}` : ''}
        </span>
      }
      extra={e.award ? <Certificates contest={s.lobby?.contest ?? ''} /> : null}
    />
  );
}

function QuestionCard({ s, answer }: { s: LiveState; answer: (index: number, choice: string[]) => void }) {
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
  // After the reveal: the right option in green, the player's wrong pick in red.
  const optionStyle = (letter: string) =>
    !result ? {} : (result.correctAnswer ?? []).includes(letter) ? { borderColor: '#52c41a', color: '#389e0d', background: '#f6ffed' } : (result.yourAnswer ?? []).includes(letter) ? { borderColor: '#ff4d4f', color: '#cf1322', background: '#fff1f0' } : {};
  const submit = (choice: string[]) => !locked && choice.length && answer(q.index, choice);
  return (
    <Card title={t(m.question, { i: q.index + 1, n: q.total })} extra={!closed && <Tag color={left < 5000 ? 'red' : 'blue'} data-testid="contest-countdown" style={{ fontSize: 18, padding: '2px 10px' }}>{Math.ceil(left / 1000)}s</Tag>}>
      {!closed && <Progress percent={Math.round((left / q.durationMs) * 100)} showInfo={false} status={left < 5000 ? 'exception' : 'active'} />}
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
            <Button key={i} block size="large" data-testid="contest-option" disabled={locked} type={picked[0] === letters[i] && !result ? 'primary' : 'default'} style={{ height: 'auto', minHeight: 52, whiteSpace: 'normal', textAlign: 'left', fontSize: 18, ...optionStyle(letters[i]) }} onClick={() => (setPicked([letters[i]]), submit([letters[i]]))}>
              {`${letters[i]}. ${o}`}
            </Button>
          ))}
        </Space>
      )}
      {sent && !result && <Alert style={{ marginTop: 12 }} type="success" showIcon message={t(m.sent)} data-testid="contest-ack" />}
      {ack?.ok === false && <Alert style={{ marginTop: 12 }} type="warning" showIcon message={ack.reason} />}
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
              <div>{t(m.correctAnswer, { a: (result.correctAnswer ?? []).join('、') })}</div>
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

/** The player's phone: join by code (or the QR link /m/contest/:code), then play along with the host. */
export default function MobileContest() {
  const { code } = useParams();
  const { t } = useI18n();
  const { state: s, answer } = useLiveSocket(code, 'player');
  if (!code) return <div className="vg-m-page"><JoinForm /></div>;
  return (
    <div className="vg-m-page" data-testid="contest-player">
      {s.lobby && <Typography.Text type="secondary">{`${s.lobby.contest} · ${s.lobby.round}`}</Typography.Text>}
      {!s.connected && <Alert type="warning" showIcon message={s.lobby ? t(m.reconnecting) : t(m.connecting)} />}
      {s.error && <Alert type="error" showIcon message={t(m.errorCode, { c: s.error })} />}
      {s.ended ? (
        <Ended s={s} />
      ) : s.question ? (
        <QuestionCard key={s.question.index} s={s} answer={answer} />
      ) : s.lobby ? (
        <Result status="info" title={s.lobby.contest} subTitle={<span data-testid="contest-waiting">{t(m.waiting)}</span>} />
      ) : null}
    </div>
  );
}
