import { useState } from 'react';
import { Alert, Button, Result, Space, Table, Tag } from 'antd';
import { LockOutlined, SettingOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../kernel/auth.js';
import { errorText, modal, showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, Loading, PageContainer } from '../../kernel/ui.js';
import { dimensionKeys, sqText as m } from './messages.js';
import { PeriodSelect, pickPeriod, usePeriods } from './PeriodSelect.js';
import { RatingDrawer } from './RatingDrawer.js';
import { ScoreDrawer } from './ScoreDrawer.js';
import { YearSettingsDrawer } from './YearSettingsDrawer.js';
import { fmtScore, squadsApi, squadsKey, type ScoreRow } from './squads.api.js';

/** 五比一做考评: the computed preview of a period, 比作为 ratings beside the computed four, closing the period. */
export default function ScoringPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [rating, setRating] = useState<ScoreRow | null>(null);
  // The settings overview links here with ?settings=year: the year settings open at once.
  const [settingsYear, setSettingsYear] = useState<number | null>(() => (params.get('settings') === 'year' && can('squads.configure') ? dayjs().year() : null));
  const [drill, setDrill] = useState<ScoreRow | null>(null);
  const periods = usePeriods();
  const period = pickPeriod(periods.data?.items ?? [], Number(params.get('period')) || undefined);
  const preview = useQuery({
    queryKey: [...squadsKey, 'preview', period?.id],
    queryFn: () => squadsApi.ranking(period!.id),
    enabled: !!period,
  });
  const close = useMutation({
    mutationFn: () => squadsApi.closePeriod(period!.id),
    onSuccess: () => {
      showSuccess(t(m.closedOk));
      void qc.invalidateQueries({ queryKey: squadsKey });
    },
  });
  const open = period?.status === 'open';
  const canRate = can('squads.rate') && open;

  if (periods.isLoading) return <Loading />;
  if (periods.error) return <Result status="warning" subTitle={errorText(periods.error)} />;

  return (
    <PageContainer
      title={t(m.scoring)}
      subTitle={t(m.scoringSub)}
      extra={
        <Space>
          {can('squads.configure') && (
            <Button icon={<SettingOutlined />} onClick={() => setSettingsYear(period?.year ?? dayjs().year())} data-testid="year-settings">
              {t(m.yearSettings)}
            </Button>
          )}
          {can('squads.configure') && open && (
          <Button
            danger
            type="primary"
            icon={<LockOutlined />}
            loading={close.isPending}
            data-testid="period-close"
            onClick={() =>
              modal()?.confirm({
                title: t(m.closePeriod),
                content: t(m.closeConfirm, { period: period.label }),
                okText: t(m.closePeriod),
                cancelText: t(common.cancel),
                okButtonProps: { danger: true },
                onOk: () => close.mutateAsync(),
              })
            }
          >
            {t(m.closePeriod)}
          </Button>
          )}
        </Space>
      }
    >
      {!period ? (
        <EmptyState description={t(m.noPeriods)} />
      ) : (
        <>
          <div className="vg-toolbar">
            <PeriodSelect periods={periods.data?.items ?? []} value={period.id} onChange={(id) => setParams({ period: String(id) }, { replace: true })} />
            <span style={{ color: '#888' }}>{`${period.startsOn} ~ ${period.endsOn}`}</span>
          </div>
          {!open && <Alert type="info" showIcon title={t(m.periodClosed)} style={{ marginBottom: 12 }} />}
          <Table<ScoreRow>
            rowKey="squadId"
            size="small"
            loading={preview.isFetching}
            dataSource={preview.data?.items ?? []}
            locale={{ emptyText: <EmptyState description={t(m.noSquads)} /> }}
            pagination={{ pageSize: 20, showTotal: (n) => t(common.total, { n }) }}
            scroll={{ x: 1000 }}
            data-testid="scoring-table"
            columns={[
              { title: t(m.rank), dataIndex: 'rank', width: 64, render: (v: number | null) => v ?? '—' },
              { title: t(m.squad), dataIndex: 'name', render: (v: string, r) => <Link to={`/squads/${r.squadId}`}>{v}</Link> },
              { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
              { title: t(m.memberCount), dataIndex: 'memberCount', width: 70 },
              ...dimensionKeys.map((k) => ({
                title: t(m[k]),
                dataIndex: k,
                width: 80,
                render: (v: number | null) => (v == null && k === 'performance' ? <Tag>{t(m.notRated)}</Tag> : fmtScore(v)),
              })),
              {
                title: t(m.total),
                dataIndex: 'total',
                width: 80,
                render: (v: number | null, r: ScoreRow) => (
                  <a onClick={() => setDrill(r)} data-testid={`drill-${r.squadId}`}>
                    <strong>{fmtScore(v)}</strong>
                  </a>
                ),
              },
              ...(canRate
                ? [
                    {
                      title: t(common.actions),
                      key: 'rate',
                      width: 100,
                      fixed: 'right' as const,
                      render: (_: unknown, r: ScoreRow) => (
                        <Space>
                          <a onClick={() => setRating(r)} data-testid={`rate-${r.squadId}`}>
                            {t(m.rate)}
                          </a>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
      {drill && period && <ScoreDrawer periodId={period.id} squadId={drill.squadId} name={drill.name} onClose={() => setDrill(null)} />}
      {settingsYear && (
        <YearSettingsDrawer
          year={settingsYear}
          onClose={() => {
            setSettingsYear(null);
            if (params.has('settings')) setParams((p) => (p.delete('settings'), p), { replace: true });
          }}
        />
      )}
      {rating && period && <RatingDrawer periodId={period.id} row={rating} onClose={() => setRating(null)} />}
    </PageContainer>
  );
}
