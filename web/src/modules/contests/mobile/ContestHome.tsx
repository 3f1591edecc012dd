import { Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap, type Answer } from '../../../kernel/api-client.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { cText as m } from '../messages.js';
import { CertificateButton, fmtTime, QueryState, TierTag } from './Outcome.js';
import { MatchCard, MyMatches } from './MatchHome.js';

type Round = Answer<'/api/v1/contests/my/rounds', 'get'>['items'][number];
type Result = Answer<'/api/v1/contests/my/results', 'get'>['items'][number];

export function JoinForm() {
  const { t } = useI18n();
  const nav = useNavigate();
  return (
    <Card title={t(m.joinTitle)} size="small">
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

const liveOn = (r: Round) => r.kind === 'live' && r.phase !== 'draft' && r.phase !== 'ended';

function OpenRound({ r, mine }: { r: Round; mine: Result | undefined }) {
  const { t, lang } = useI18n();
  const nav = useNavigate();
  if (liveOn(r)) {
    return (
      <Card size="small" data-testid="contest-open-round" title={r.contestName} extra={<Tag color="red">{t(m.liveNow)}</Tag>}>
        <Typography.Paragraph style={{ marginBottom: 8 }}>{r.name}</Typography.Paragraph>
        <Button type="primary" block onClick={() => nav(`/m/contest/${r.code}`)}>{t(m.enterLive)}</Button>
      </Card>
    );
  }
  const now = Date.now();
  const early = r.opensAt != null && new Date(r.opensAt).getTime() > now;
  const late = r.closesAt != null && new Date(r.closesAt).getTime() < now;
  const label = mine?.done ? m.viewResult : mine ? m.continuePlay : early ? m.notYetOpen : late ? m.closed : m.startPlay;
  return (
    <Card size="small" data-testid="contest-open-round" title={r.contestName} extra={mine?.done ? <Tag color="green">{t(m.onlineDone)}</Tag> : null}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <strong>{r.name}</strong>
        <Typography.Text type="secondary">
          <ClockCircleOutlined /> {t(m.windowText, { from: fmtTime(r.opensAt, lang), to: fmtTime(r.closesAt, lang) })}
        </Typography.Text>
        <Typography.Text type="secondary">{t(m.roundFacts, { n: r.questions, s: r.secondsPerQuestion })}</Typography.Text>
        <Button type="primary" block disabled={!mine?.done && (early || late)} data-testid="contest-play" onClick={() => nav(`/m/contest/play/${r.id}`)}>
          {t(label)}
        </Button>
      </Space>
    </Card>
  );
}

/** A member's contests on the phone: rounds to play now, the join code of a live final, results, awards and certificates. */
export default function ContestHome() {
  const { t } = useI18n();
  const rounds = useQuery({ queryKey: ['contests', 'my-rounds'], queryFn: () => unwrap(client.GET('/api/v1/contests/my/rounds')), meta: { silent: true } });
  const results = useQuery({ queryKey: ['contests', 'my-results'], queryFn: () => unwrap(client.GET('/api/v1/contests/my/results')), meta: { silent: true } });
  const awards = useQuery({ queryKey: ['contests', 'my-awards'], queryFn: () => unwrap(client.GET('/api/v1/contests/my/awards')), meta: { silent: true } });
  const byRound = new Map((results.data?.items ?? []).map((r) => [r.roundId, r]));
  const open = (rounds.data?.items ?? []).filter((r) => (r.kind === 'async' && r.phase === 'open') || liveOn(r));
  return (
    <>
      <MobileBar title={t(m.homeTitle)} />
      <div className="vg-m-page" data-testid="contest-home">
        <MatchCard />
        <Typography.Title level={5}>{t(m.openRounds)}</Typography.Title>
        <QueryState loading={rounds.isLoading} error={rounds.error} retry={() => void rounds.refetch()}>
          {open.length ? open.map((r) => <OpenRound key={r.id} r={r} mine={byRound.get(r.id)} />) : <EmptyState description={t(m.noOpenRounds)} />}
        </QueryState>
        <JoinForm />
        <Typography.Title level={5}>{t(m.myResults)}</Typography.Title>
        <QueryState loading={results.isLoading} error={results.error} retry={() => void results.refetch()}>
          {results.data?.items.length ? (
            <List
              size="small"
              bordered
              style={{ background: '#fff' }}
              dataSource={results.data.items}
              renderItem={(r) => (
                <List.Item data-testid="contest-my-result" extra={r.tier ? <TierTag tier={r.tier} /> : null}>
                  <List.Item.Meta
                    title={`${r.contestName} · ${r.roundName}`}
                    description={`${t(m.resultLine, { s: r.score, c: r.correct, n: r.total })} · ${t(r.final ? m.rankFinal : m.rankNow, { r: r.rank, n: r.players })}`}
                  />
                </List.Item>
              )}
            />
          ) : (
            <EmptyState description={t(m.noResults)} />
          )}
        </QueryState>
        <MyMatches />
        <Typography.Title level={5}>{t(m.myAwards)}</Typography.Title>
        <QueryState loading={awards.isLoading} error={awards.error} retry={() => void awards.refetch()}>
          {awards.data?.items.length ? (
            <List
              size="small"
              bordered
              style={{ background: '#fff' }}
              dataSource={awards.data.items}
              renderItem={(a) => (
                <List.Item data-testid="contest-award" extra={<CertificateButton awardId={a.id} certificateNo={a.certificateNo} />}>
                  <List.Item.Meta title={<><TierTag tier={a.tier} /> {a.contestName}</>} description={t(m.awardLine, { round: a.roundName, r: a.rank, s: a.score })} />
                </List.Item>
              )}
            />
          ) : (
            <EmptyState description={t(m.noAwards)} />
          )}
        </QueryState>
      </div>
    </>
  );
}
