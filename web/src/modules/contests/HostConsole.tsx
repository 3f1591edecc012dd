import { Button, Card, Col, Popconfirm, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { client, unwrap } from '../../kernel/api-client.js';
import { showError } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { PageContainer } from '../../kernel/ui.js';
import { cText as m, phaseText } from './messages.js';
import { DistributionChart } from './DistributionChart.js';
import { letters, useCountdown, useLiveSocket } from './useLiveSocket.js';

type HostCommand = 'open' | 'start' | 'next' | 'reveal' | 'pause' | 'resume' | 'end';

/** Which commands make sense in each phase; the server still decides (409 invalid_transition). */
const allowed: Record<string, HostCommand[]> = {
  draft: ['open'],
  lobby: ['start', 'pause', 'end'],
  question: ['reveal', 'pause', 'end'],
  reveal: ['next', 'pause', 'end'],
  paused: ['resume', 'end'],
  ended: [],
};

/** The host's desk: drives the round over REST and watches it through a big-screen socket. */
export default function HostConsole() {
  const roundId = Number(useParams().roundId);
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const key = ['contests', 'live', roundId];
  const status = useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/api/v1/contests/rounds/{roundId}/live', { params: { path: { roundId } } })), refetchInterval: 2000 });
  const st = status.data;
  const { state: s } = useLiveSocket(st && st.phase !== 'draft' ? (st.code ?? undefined) : undefined, 'screen');
  const command = useMutation({
    mutationFn: (command: HostCommand) => unwrap(client.POST('/api/v1/contests/rounds/{roundId}/live/{command}', { params: { path: { roundId, command } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: key }),
    onError: showError,
  });
  const q = s.question;
  const closed = !!q && s.closedIndex === q.index;
  const left = useCountdown(q, closed || !!s.paused);
  const dist = s.reveal?.index === q?.index ? s.reveal : s.distribution?.index === q?.index ? s.distribution : null;
  const labels = q ? (q.type === 'single' || q.type === 'multiple' ? (q.options as string[]).map((_, i) => letters[i]) : q.type === 'judge' ? [t(m.trueText), t(m.falseText)] : [t(m.correct), t(m.wrong)]) : [];
  const can = allowed[st?.phase ?? 'draft'] ?? [];
  const btn = (c: 'open' | 'start' | 'next' | 'reveal' | 'pause' | 'resume') => (
    <Button key={c} size="large" type={['start', 'next', 'reveal', 'open'].includes(c) ? 'primary' : 'default'} disabled={!can.includes(c) || (c === 'next' && st!.currentIndex + 1 >= st!.total)} loading={command.isPending && command.variables === c} onClick={() => command.mutate(c)} data-testid={`host-${c}`}>
      {t(m[c])}
    </Button>
  );
  return (
    <PageContainer title={`${t(m.console)}${s.lobby ? ` · ${s.lobby.contest} · ${s.lobby.round}` : ''}`} extra={st?.code && <a href={`/screen/contest/${st.code}`} target="_blank" rel="noreferrer">{t(m.screen)}</a>}>
      <Space wrap style={{ marginBottom: 16 }}>
        {btn('open')}
        {btn('start')}
        {btn('reveal')}
        {btn('next')}
        {btn('pause')}
        {btn('resume')}
        <Popconfirm title={t(m.endConfirm)} onConfirm={() => command.mutate('end')} disabled={!can.includes('end')}>
          <Button danger size="large" disabled={!can.includes('end')} data-testid="host-end">{t(m.end)}</Button>
        </Popconfirm>
        {st?.phase === 'ended' && <Link to={`/contests/rounds/${roundId}/results`}>{t(m.results)}</Link>}
      </Space>
      <Row gutter={16}>
        <Col xs={12} md={6}><Card><Statistic title={t(m.code)} value={st?.code ?? '—'} formatter={(v) => <span data-testid="host-code">{String(v)}</span>} valueStyle={{ letterSpacing: '0.15em' }} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t(m.phase)} valueRender={() => <Tag color="blue" style={{ fontSize: 18 }} data-testid="host-phase">{st ? phaseText(st.phase, lang) : '—'}</Tag>} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t(m.players)} value={Math.max(s.players, st?.players ?? 0)} data-testid="host-players" /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t(m.remaining)} value={q && !closed ? Math.ceil(left / 1000) : '—'} suffix={q && !closed ? 's' : ''} /></Card></Col>
      </Row>
      {q && (
        <Card style={{ marginTop: 16 }} title={`${t(m.current)} ${t(m.question, { i: q.index + 1, n: q.total })}`}>
          <Typography.Title level={4} data-testid="host-stem">{q.stem}</Typography.Title>
          {(q.options as string[]).map((o, i) => <div key={i}>{`${letters[i]}. ${o}`}</div>)}
          <Typography.Text type="secondary">{`${t(m.distribution)}: ${dist?.answered ?? 0}/${s.players}`}</Typography.Text>
          <DistributionChart labels={labels} counts={dist?.counts ?? labels.map(() => 0)} correct={null} height={Math.max(160, labels.length * 56)} color="#333" />
        </Card>
      )}
    </PageContainer>
  );
}
