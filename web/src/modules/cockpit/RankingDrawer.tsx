import { Alert, Button, Drawer, Progress, Table } from 'antd';
import { useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import type { FigureItem, FigureQuery } from './cockpit.api.js';
import { ckText } from './messages.js';
import { formatValue } from './format.js';
import { useBreakdown } from './useFigures.js';

/** The ranking of the scope's child organisations for one figure; a row opens that organisation's cockpit. */
export function RankingDrawer({ figure, q, onClose, onOpenOrg }: { figure: FigureItem | null; q: FigureQuery; onClose: () => void; onOpenOrg: (orgId: number, name: string) => void }) {
  const { t, lang } = useI18n();
  const ranking = useBreakdown(figure?.name ?? null, q, 'org');
  const items = [...(ranking.data?.items ?? [])].sort((a, b) => b.value - a.value);
  const max = Math.max(0, ...items.map((i) => i.value));
  const unit = figure?.unit ?? '';
  return (
    <Drawer open={figure != null} onClose={onClose} size={640} destroyOnHidden title={figure ? t(ckText.rankingOf, { name: figure.label[lang] }) : ''}>
      {ranking.isError ? (
        <Alert type="error" showIcon title={t(ckText.loadFailed)} action={<Button size="small" onClick={() => void ranking.refetch()}>{t(ckText.retry)}</Button>} />
      ) : (
        <Table
          data-testid="cockpit-ranking"
          size="small"
          rowKey="key"
          loading={ranking.isFetching}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: <EmptyState description={t(ckText.noRanking)} /> }}
          columns={[
            { title: t(ckText.rank), key: 'rank', width: 64, render: (_v, _r, i) => i + 1 },
            {
              title: t(ckText.org),
              dataIndex: 'label',
              render: (label: string, r) =>
                r.orgId != null ? (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpenOrg(r.orgId!, label)}>
                    {label}
                  </Button>
                ) : (
                  label
                ),
            },
            { title: t(ckText.value), dataIndex: 'value', width: 120, align: 'right', render: (v: number) => `${formatValue(v, lang)}${unit === '%' ? '%' : ''}` },
            { title: '', key: 'bar', width: 160, render: (_v, r) => <Progress percent={max ? (r.value / max) * 100 : 0} showInfo={false} size="small" strokeColor="#c8161d" /> },
          ]}
        />
      )}
    </Drawer>
  );
}
