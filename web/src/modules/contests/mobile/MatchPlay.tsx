import { useEffect, useState } from 'react';
import { Alert, Button, Card, List, Result, Space, Spin, Tag, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { punct, useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { cText as m, joinErrors } from '../messages.js';
import { useMatchSocket, type MatchState } from '../useMatchSocket.js';
import { QuestionCard } from './MobileContest.js';

type Row = { rank: number; name: string; score: number; correct: number; left: boolean };

/** Seconds left in the queue, from the server's remainingMs when the message came. */
function useQueueLeft(q: MatchState['queued']) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!q) return;
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, [q]);
  return q ? Math.max(0, Math.ceil((q.remainingMs - (now - q.receivedAt)) / 1000)) : 0;
}

function Standings({ rows, title, testId }: { rows: Row[]; title: string; testId: string }) {
  const { t } = useI18n();
  return (
    <List
      size="small"
      bordered
      style={{ background: '#fff', marginTop: 12 }}
      header={<strong>{title}</strong>}
      dataSource={rows}
      data-testid={testId}
      renderItem={(r) => (
        <List.Item data-testid="match-row" extra={<strong>{r.score}</strong>}>
          <Space>
            <Tag color={r.rank === 1 ? 'gold' : 'default'}>{r.rank}</Tag>
            <span>{r.name}</span>
            {r.left && <Typography.Text type="secondary">{t(m.matchLeftRow)}</Typography.Text>}
          </Space>
        </List.Item>
      )}
    />
  );
}

const leftText = { cancelled: null, timeout: m.leftTimeout, elsewhere: m.leftElsewhere } as const;
const errorText = { ...joinErrors, in_match: m.inMatch, no_questions: m.noQuestions };

/** 双人对战 or 四人赛 on the phone: wait in the queue (who waits, a countdown, cancel), play the questions live, see the ranking. */
export default function MatchPlay() {
  const kind = useParams().kind === 'four' ? 'four' : 'duel';
  const { t } = useI18n();
  const nav = useNavigate();
  const qc = useQueryClient();
  const { state: s, answer, cancel, again } = useMatchSocket(kind);
  const queueLeft = useQueueLeft(s.queued);
  const title = t(kind === 'duel' ? m.duel : m.four);
  useEffect(() => {
    if (s.ended) void qc.invalidateQueries({ queryKey: ['contests', 'my-matches'] });
  }, [s.ended, qc]);
  const sep = t(punct.comma);

  let body: React.ReactNode;
  if (s.ended) {
    const e = s.ended;
    const rows = (e.standings ?? []) as Row[];
    body = (
      <>
        <Result
          status={e.rank === 1 ? 'success' : 'info'}
          title={e.rank === 1 ? t(m.matchWon) : t(m.matchOver)}
          subTitle={<span data-testid="match-final">{t(m.matchPlace, { r: e.rank ?? '-', n: e.players, s: e.score, c: e.correct, q: e.total })}</span>}
          extra={
            <Space direction="vertical" style={{ width: '100%' }}>
              <Button type="primary" block onClick={again} data-testid="match-again">{t(m.matchAgain)}</Button>
              <Button block onClick={() => nav('/m/contest')} data-testid="contest-home-link">{t(m.backHome)}</Button>
            </Space>
          }
        />
        <Standings rows={rows} title={t(m.matchRanking)} testId="match-ranking" />
      </>
    );
  } else if (s.question) {
    body = (
      <>
        <QuestionCard key={s.question.index} s={s} answer={answer} />
        {s.result && s.result.index === s.question.index && <Standings rows={(s.result.standings ?? []) as Row[]} title={t(m.matchStandings)} testId="match-standings" />}
      </>
    );
  } else if (s.matched) {
    body = (
      <Result
        status="success"
        icon={<TeamOutlined />}
        title={<span data-testid="match-found">{t(m.matchFound)}</span>}
        subTitle={t(m.matchPlayers, { names: (s.matched.players as { name: string }[]).map((p) => p.name).join(sep) })}
      />
    );
  } else if (s.error || (s.left && leftText[s.left as keyof typeof leftText])) {
    const text = s.error ? (errorText[s.error as keyof typeof errorText] ?? m.connectFailed) : leftText[s.left as keyof typeof leftText]!;
    body = (
      <Result
        status="warning"
        title={<span data-testid="match-refused">{t(text)}</span>}
        extra={
          <Space>
            <Button onClick={again} data-testid="match-again">{t(m.retry)}</Button>
            <Button type="primary" onClick={() => nav('/m/contest')} data-testid="contest-home-link">{t(m.backHome)}</Button>
          </Space>
        }
      />
    );
  } else if (s.failed) {
    body = <Result status="warning" title={t(m.connectFailed)} extra={<Button onClick={again} data-testid="match-again">{t(m.retry)}</Button>} />;
  } else if (s.queued) {
    const names = (s.queued.waiting ?? []) as string[];
    body = (
      <Card data-testid="match-queue">
        <Result
          icon={<Spin size="large" />}
          title={t(m.matchQueued)}
          subTitle={
            <Space direction="vertical">
              <span data-testid="match-waiting">{t(m.matchWaiting, { w: names.length, n: s.queued.size, names: names.join(sep) })}</span>
              <Tag color="blue" data-testid="match-countdown">{t(m.matchCountdown, { s: queueLeft })}</Tag>
            </Space>
          }
          extra={<Button block onClick={() => (cancel(), nav('/m/contest'))} data-testid="match-cancel">{t(m.matchCancel)}</Button>}
        />
      </Card>
    );
  } else body = <Loading />;

  return (
    <>
      <MobileBar title={title} back="/m/contest" />
      <div className="vg-m-page" data-testid="match-page">
        {s.gone.map((name) => <Alert key={name} type="warning" showIcon message={t(m.opponentLeft, { name })} />)}
        {body}
      </div>
    </>
  );
}
