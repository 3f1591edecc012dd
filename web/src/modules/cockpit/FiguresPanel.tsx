import { useState } from 'react';
import { Card, Col, Row, Statistic, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useI18n } from '../../kernel/i18n.js';
import { Loading } from '../../kernel/Loading.js';
import { client, unwrap } from '../../kernel/api-client.js';
import type { FigureQuery } from './cockpit.api.js';
import { RecordsDrawer, type DrillTarget } from './RecordsDrawer.js';

/** The last twelve months, Asia/Shanghai month starts, as the figures API takes them. */
function lastYear(): Required<Pick<FigureQuery, 'from' | 'to'>> {
  const start = dayjs().startOf('month');
  return { from: start.subtract(11, 'month').format('YYYY-MM-DD'), to: start.add(1, 'month').format('YYYY-MM-DD') };
}

/**
 * A module page's figures (registered metrics) over the last twelve months: the values (a click opens the records
 * behind them), a row per month and a row per child organisation of the caller's scope.
 */
export function FiguresPanel({ names, testId }: { names: readonly string[]; testId?: string }) {
  const { t } = useI18n();
  const period = lastYear();
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const list = useQuery({ queryKey: ['figures', 'panel', names, period], queryFn: () => unwrap(client.GET('/api/v1/figures', { params: { query: { ...period, names: names.join(','), trend: 'month', ranking: 'true' } } })) });
  if (list.isLoading || !list.data) return <Loading />;
  const items = names.map((n) => list.data.items.find((i) => i.name === n)).filter((i): i is NonNullable<typeof i> => !!i);
  const months = [...new Set(items.flatMap((i) => (i.trend ?? []).map((p) => p.start)))].sort();
  const orgs = new Map<string, string>();
  for (const i of items) for (const r of i.ranking ?? []) orgs.set(r.key, r.label);
  const cell = (name: string, pick: (i: (typeof items)[number]) => number | undefined) => {
    const i = items.find((x) => x.name === name);
    return i ? (pick(i) ?? 0) : 0;
  };
  return (
    <div data-testid={testId}>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {items.map((i) => (
          <Col key={i.name} xs={12} md={6}>
            <Card size="small" hoverable onClick={() => setDrill({ name: i.name, label: t(i.label), q: period })}>
              <Statistic title={t(i.label)} value={i.value ?? '—'} suffix={i.unit ?? undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Table
            size="small"
            rowKey="month"
            pagination={false}
            title={() => t({ zh: '按月', en: 'By month' })}
            dataSource={months.map((m) => ({ month: m.slice(0, 7), ...Object.fromEntries(items.map((i) => [i.name, cell(i.name, (x) => x.trend?.find((p) => p.start === m)?.value)])) }))}
            columns={[{ title: t({ zh: '月份', en: 'Month' }), dataIndex: 'month' }, ...items.map((i) => ({ title: t(i.label), dataIndex: i.name, align: 'right' as const }))]}
          />
        </Col>
        <Col xs={24} md={12}>
          <Table
            size="small"
            rowKey="key"
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            title={() => t({ zh: '按组织', en: 'By organisation' })}
            dataSource={[...orgs].map(([key, orgName]) => ({ key, orgName, ...Object.fromEntries(items.map((i) => [i.name, cell(i.name, (x) => x.ranking?.find((r) => r.key === key)?.value)])) }))}
            columns={[
              { title: t({ zh: '组织', en: 'Organisation' }), dataIndex: 'orgName', ellipsis: true },
              ...items.map((i) => ({ title: t(i.label), dataIndex: i.name, align: 'right' as const, sorter: (a: Record<string, unknown>, b: Record<string, unknown>) => Number(a[i.name]) - Number(b[i.name]) })),
            ]}
          />
        </Col>
      </Row>
      <RecordsDrawer target={drill} onClose={() => setDrill(null)} />
    </div>
  );
}
