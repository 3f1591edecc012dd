import { Button, Popconfirm, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { EmptyState } from '../../kernel/EmptyState.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { common, punct, useI18n } from '../../kernel/i18n.js';
import { sText as m } from './messages.js';
import { showcaseApi, showcaseKey, type Results } from './showcase.api.js';

type Row = Results['items'][number];

/** Scores and normalisation: the normalised rank beside the raw one (a harsh and a lenient reviewer weigh alike), the award by quota. */
export default function ResultsPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const id = Number(useParams().id);
  const [page, setPage] = useState(1);
  const comp = useQuery({ queryKey: [...showcaseKey, 'competition', id], queryFn: () => showcaseApi.competition(id) });
  const [picked, setRound] = useState<number>();
  const round = picked ?? comp.data?.reviewRound ?? 1;
  const q = useQuery({ queryKey: [...showcaseKey, 'results', id, round, page], queryFn: () => showcaseApi.results(id, { round, page, pageSize: 50 }), retry: false, enabled: !!comp.data });
  const data = q.data;
  const c = comp.data;
  const quota = c ? c.demonstrationQuota + c.excellentQuota : 0;
  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <h2 style={{ margin: 0 }}>{t(m.results)}</h2>
        <Segmented value={round} onChange={(v) => (setRound(Number(v)), setPage(1))} options={[{ value: 1, label: t(m.round1) }, { value: 2, label: t(m.round2) }]} data-testid="results-round" />
        {data && <Tag color="blue">{t(m.method)}{t(punct.colon)}{t(m[data.method])}</Tag>}
        {data && c && c.reviewRound === 1 && data.round === 1 && (c.status === 'reviewing' || c.status === 'decided') && quota > 0 && (
          <Popconfirm
            title={t(m.confirmShortlist, { n: quota })}
            onConfirm={async () => {
              try {
                showSuccess(t(m.shortlisted, { n: (await showcaseApi.shortlist(id, data.runId)).shortlisted }));
                setRound(2);
                await qc.invalidateQueries({ queryKey: showcaseKey });
              } catch (err) {
                showError(err);
              }
            }}
          >
            <Button data-testid="shortlist">{t(m.shortlist)}</Button>
          </Popconfirm>
        )}
        {data && c && data.round === c.reviewRound && (c.status === 'reviewing' || c.status === 'decided') && (
          <Popconfirm
            title={t(m.decide)}
            onConfirm={async () => {
              try {
                const r = await showcaseApi.decide(id, data.runId);
                showSuccess(`${t(m.demonstration)} ${r.demonstration}、${t(m.excellent)} ${r.excellent}`);
                await qc.invalidateQueries({ queryKey: showcaseKey });
              } catch (err) {
                showError(err);
              }
            }}
          >
            <Button type="primary" data-testid="decide">{t(m.decide)}</Button>
          </Popconfirm>
        )}
      </Space>
      {q.isError ? (
        <EmptyState description={t(m.noRun)} />
      ) : (
      <Table<Row>
        rowKey="submissionId"
        loading={q.isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t(common.empty) }}
        pagination={{ current: page, pageSize: 50, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t(m.rank), dataIndex: 'rank', width: 70 },
          { title: t(m.rawRank), dataIndex: 'rawRank', width: 90, render: (v: number, r) => <span style={{ color: v === r.rank ? undefined : v > r.rank ? '#389e0d' : '#c8161d' }}>{v}</span> },
          { title: t(m.caseTitle), dataIndex: 'title', ellipsis: true },
          { title: t(m.org), dataIndex: 'orgName', width: 220, ellipsis: true },
          { title: t(m.reviews), dataIndex: 'reviews', width: 80 },
          { title: t(m.rawMean), dataIndex: 'rawMean', width: 100, render: (v: number) => v.toFixed(2) },
          { title: t(m.score), dataIndex: 'score', width: 110, render: (v: number) => v.toFixed(3) },
          { title: t(m.tier), dataIndex: 'tier', width: 110, render: (v: Row['tier']) => (v ? <Tag color={v === 'demonstration' ? 'red' : 'gold'}>{t(m[v])}</Tag> : null) },
        ]}
      />
      )}
    </div>
  );
}
