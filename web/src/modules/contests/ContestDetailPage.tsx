import { Button, Descriptions, Popconfirm, Space, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { client, unwrap, type Schema } from '../../kernel/api-client.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { Loading, NotFound, PageContainer } from '../../kernel/ui.js';
import { cText as m, phaseText } from './messages.js';
import { OriginNote } from '../../kernel/OriginTag.js';

export const useContest = (id: number) => useQuery({ queryKey: ['contests', 'detail', id], queryFn: () => unwrap(client.GET('/api/v1/contests/{id}', { params: { path: { id } } })) });

/** One contest: its rules and rounds, with the way into results, the host console and the big screen. */
export default function ContestDetailPage() {
  const id = Number(useParams().id);
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const { data: c, isLoading } = useContest(id);
  const finish = useMutation({
    mutationFn: (roundId: number) => unwrap(client.POST('/api/v1/contests/rounds/{roundId}/finish', { params: { path: { roundId } } })),
    onSuccess: () => (showSuccess(t(m.finished)), void qc.invalidateQueries({ queryKey: ['contests'] })),
    onError: showError,
  });
  if (isLoading) return <Loading />;
  if (!c) return <NotFound />;
  const rule = c.awardRule;
  // A contest organised above (市级/上级) is read-only here: no host console, no finishing its rounds.
  const own = c.origin === 'own';
  const fmt = (v: number) => (rule.kind === 'ratio' ? `${Math.round(v * 1000) / 10}%` : String(v));
  return (
    <PageContainer title={c.name} subTitle={c.orgName}>
      <OriginNote origin={c.origin} />
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t(m.entrantKind)}>{t(c.entrantKind === 'team' ? m.team : m.individual)}{c.teams.length ? ` · ${c.teams.map((x) => x.name).join('、')}` : ''}</Descriptions.Item>
        <Descriptions.Item label={t(m.source)}>{t(c.questionSource.kind === 'fixed' ? m.fixed : m.draw)}</Descriptions.Item>
        <Descriptions.Item label={t(m.scoring)}>{t(m.scoringRule, { correct: c.scoring.correctPoints, bonus: c.scoring.speedBonusMax })}</Descriptions.Item>
        <Descriptions.Item label={t(m.awardRule)}>{`${t(m.gold)} ${fmt(rule.gold)} · ${t(m.silver)} ${fmt(rule.silver)} · ${t(m.bronze)} ${fmt(rule.bronze)}`}</Descriptions.Item>
        {c.description && <Descriptions.Item label={t(m.description)} span={2}>{c.description}</Descriptions.Item>}
      </Descriptions>
      <Table<Schema<'ContestRound'>>
        rowKey="id"
        pagination={false}
        dataSource={c.rounds}
        columns={[
          { title: t(m.roundName), dataIndex: 'name' },
          { title: t(m.roundKind), dataIndex: 'kind', width: 160, render: (k: string) => t(k === 'live' ? m.live : m.async) },
          { title: t(m.code), dataIndex: 'code', width: 100, render: (v: string | null) => v ?? '—' },
          { title: t(m.questions), dataIndex: 'questions', width: 70 },
          { title: t(m.players), dataIndex: 'players', width: 90 },
          { title: t(m.phase), dataIndex: 'phase', width: 100, render: (p: string) => <Tag color={p === 'ended' ? 'default' : 'blue'}>{phaseText(p, lang)}</Tag> },
          {
            title: t(common.actions),
            key: 'a',
            width: 300,
            render: (_, r) => (
              <Space wrap>
                <Link to={`/contests/rounds/${r.id}/results`}>{t(m.results)}</Link>
                {own && r.kind === 'live' && <Link to={`/contests/rounds/${r.id}/console`} data-testid={`console-${r.id}`}>{t(m.console)}</Link>}
                {own && r.kind === 'live' && r.code && <a href={`/screen/contest/${r.code}`} target="_blank" rel="noreferrer">{t(m.screen)}</a>}
                {own && r.kind === 'async' && r.phase !== 'ended' && (
                  <Popconfirm title={t(m.finish)} onConfirm={() => finish.mutate(r.id)}>
                    <Button size="small">{t(m.finish)}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
