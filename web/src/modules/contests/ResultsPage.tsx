import { Alert, Button, Table, Tabs, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../kernel/api.js';
import { client, unwrap } from '../../kernel/api-client.js';
import { showError } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { Loading, NotFound, PageContainer } from '../../kernel/ui.js';
import { cText as m, tierText } from './messages.js';

const tierColor: Record<string, string> = { gold: 'gold', silver: 'default', bronze: 'orange' };

/** Rankings (individuals and teams), per-question statistics, the award list and the Excel export of one round. */
export default function ResultsPage() {
  const roundId = Number(useParams().roundId);
  const { t } = useI18n();
  const { data, isLoading } = useQuery({ queryKey: ['contests', 'results', roundId], queryFn: () => unwrap(client.GET('/api/v1/contests/rounds/{roundId}/results', { params: { path: { roundId } } })) });
  if (isLoading) return <Loading />;
  if (!data) return <NotFound />;
  const exportXlsx = () => api.download(`/contests/rounds/${roundId}/results.xlsx`, undefined, 'results.xlsx').catch(showError);
  return (
    <PageContainer title={`${data.round.contestName} · ${data.round.name}`} extra={<Button icon={<DownloadOutlined />} onClick={exportXlsx} data-testid="contest-export">{t(m.export)}</Button>}>
      {data.round.ownPeopleOnly && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t(m.ownPeopleOnly)} data-testid="own-people-only" />}
      <Tabs
        items={[
          {
            key: 'individuals',
            label: t(m.individuals),
            children: (
              <Table rowKey="playerId" size="small" dataSource={data.individuals} pagination={{ pageSize: 50 }} data-testid="results-individuals"
                columns={[
                  { title: t(m.rank), dataIndex: 'rank', width: 70 },
                  { title: t(m.playerName), dataIndex: 'name' },
                  { title: t(m.score), dataIndex: 'score', width: 100 },
                  { title: t(m.correct), dataIndex: 'correct', width: 80 },
                  { title: t(m.answered), dataIndex: 'answered', width: 80 },
                  { title: t(m.time), dataIndex: 'timeMs', width: 100, render: (v: number) => (v / 1000).toFixed(1) },
                ]}
              />
            ),
          },
          {
            key: 'teams',
            label: t(m.teamRanking),
            children: (
              <Table rowKey="teamId" size="small" dataSource={data.teams} pagination={false}
                columns={[
                  { title: t(m.rank), dataIndex: 'rank', width: 70 },
                  { title: t(m.teamName), dataIndex: 'name' },
                  { title: t(m.score), dataIndex: 'score', width: 100 },
                  { title: t(m.players), dataIndex: 'players', width: 100 },
                ]}
              />
            ),
          },
          {
            key: 'questions',
            label: t(m.questionStats),
            children: (
              <Table rowKey="index" size="small" dataSource={data.questions} pagination={false}
                columns={[
                  { title: '#', dataIndex: 'index', width: 50, render: (i: number) => i + 1 },
                  { title: t(m.stem), dataIndex: 'stem', ellipsis: true },
                  { title: t(m.answered), dataIndex: 'answered', width: 80 },
                  { title: t(m.correct), dataIndex: 'correct', width: 80 },
                  { title: t(m.correctRate), dataIndex: 'correctRate', width: 90, render: (v: number) => `${v}%` },
                  { title: t(m.avgSeconds), dataIndex: 'avgSeconds', width: 120, render: (v: number | null) => v ?? '—' },
                ]}
              />
            ),
          },
          {
            key: 'awards',
            label: `${t(m.awards)} (${data.awards.length})`,
            children: (
              <Table rowKey="id" size="small" dataSource={data.awards} pagination={{ pageSize: 50 }}
                columns={[
                  { title: t(m.tier), dataIndex: 'tier', width: 90, render: (v: string) => <Tag color={tierColor[v]}>{t(tierText(v))}</Tag> },
                  { title: t(m.rank), dataIndex: 'rank', width: 70 },
                  { title: t(m.name), dataIndex: 'name' },
                  { title: t(m.score), dataIndex: 'score', width: 100 },
                  { title: t(m.certificateNo), dataIndex: 'certificateNo', width: 200 },
                  { title: '', key: 'c', width: 100, render: (_, a) => <a onClick={() => api.download(`/contests/awards/${a.id}/certificate.png`, undefined, `${a.certificateNo}.png`).catch(showError)}>{t(m.certificate)}</a> },
                ]}
              />
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
