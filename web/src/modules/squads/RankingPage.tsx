import { useState } from 'react';
import { Button, Result, Table, Tag, Tooltip } from 'antd';
import { DesktopOutlined, DownloadOutlined, TrophyFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { errorText, showError } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, Loading, PageContainer } from '../../kernel/ui.js';
import { dimensionKeys, sqText as m } from './messages.js';
import { Movement } from './Movement.js';
import { PeriodSelect, pickPeriod, usePeriods } from './PeriodSelect.js';
import { fmtScore, squadsApi, squadsKey, type ScoreRow } from './squads.api.js';

const medal = ['#f5b700', '#a6a6a6', '#c87533'];

/** 尖刀班排行榜: a closed period's ranking with movement arrows and the 一做 badge; export to Excel. */
export default function RankingPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [exporting, setExporting] = useState(false);
  const periods = usePeriods();
  const closed = (periods.data?.items ?? []).filter((p) => p.status === 'closed');
  const period = pickPeriod(closed, Number(params.get('period')) || undefined);
  const ranking = useQuery({ queryKey: [...squadsKey, 'ranking', period?.id], queryFn: () => squadsApi.ranking(period!.id), enabled: !!period });
  const doExport = async () => {
    setExporting(true);
    try {
      await squadsApi.exportRanking(period!.id);
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };
  if (periods.isLoading) return <Loading />;
  if (periods.error) return <Result status="warning" subTitle={errorText(periods.error)} />;
  return (
    <PageContainer
      title={t(m.ranking)}
      subTitle={t(m.rankingSub)}
      extra={
        <>
          <Link to="/screen/squads" target="_blank">
            <Button icon={<DesktopOutlined />}>{t(m.screen)}</Button>
          </Link>
          {period && (
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={doExport} data-testid="ranking-export">
              {t(m.export)}
            </Button>
          )}
        </>
      }
    >
      {!period ? (
        <EmptyState description={t(m.noClosed)} />
      ) : (
        <>
          <div className="vg-toolbar">
            <PeriodSelect periods={closed} value={period.id} onChange={(id) => setParams({ period: String(id) }, { replace: true })} />
          </div>
          <Table<ScoreRow>
            rowKey="squadId"
            size="small"
            loading={ranking.isFetching}
            dataSource={ranking.data?.items ?? []}
            locale={{ emptyText: <EmptyState /> }}
            pagination={{ pageSize: 50, showTotal: (n) => t(common.total, { n }) }}
            scroll={{ x: 1000 }}
            data-testid="ranking-table"
            columns={[
              {
                title: t(m.rank),
                dataIndex: 'rank',
                width: 70,
                render: (v: number) => (
                  <span style={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                    {v <= 3 && <TrophyFilled style={{ color: medal[v - 1], marginRight: 4 }} />}
                    {v}
                  </span>
                ),
              },
              { title: t(m.movement), dataIndex: 'movement', width: 80, render: (v: number | null) => <Movement value={v} /> },
              {
                title: t(m.squad),
                dataIndex: 'name',
                render: (v: string, r) => (
                  <>
                    <Link to={`/squads/${r.squadId}`}>{v}</Link>{' '}
                    {r.badge && (
                      <Tooltip title={t(m.badgeTip)}>
                        <Tag color="red">{t(m.badge)}</Tag>
                      </Tooltip>
                    )}
                  </>
                ),
              },
              { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
              ...dimensionKeys.map((k) => ({ title: t(m[k]), dataIndex: k, width: 76, render: (v: number | null) => fmtScore(v) })),
              { title: t(m.total), dataIndex: 'total', width: 80, render: (v: number | null) => <strong>{fmtScore(v)}</strong> },
            ]}
          />
        </>
      )}
    </PageContainer>
  );
}
