import { useState } from 'react';
import { Card, Col, Row, Tag, Typography, type TableProps } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useAuth } from '../../kernel/auth.js';
import { useI18n, type Text } from '../../kernel/i18n.js';
import { ListPage, type ListState } from '../../kernel/ListPage.js';
import { DemandDrawer } from '../demands/DemandDrawer.js';
import { OptionSelect, ParamSelect } from './Filters.js';
import { pText as m, statusColor } from './messages.js';
import { pairingApi, pairingKey, type Concern, type ConcernQuery } from './pairing.api.js';
import { fmtTime, namesOf, usePairingOptions } from './usePairing.js';

const key = [...pairingKey, 'concerns'] as const;
const statuses = ['received', 'dispatched', 'accepted', 'in_progress', 'answered', 'closed'] as const;

const queryOf = (s: ListState): ConcernQuery => ({
  page: s.page,
  pageSize: s.pageSize,
  category: s.get('category') as ConcernQuery['category'],
  sector: s.get('sector') as ConcernQuery['sector'],
  status: s.get('status') as ConcernQuery['status'],
});

/** 急难愁盼 board: every concern of the caller's scope with its demand's progress, and counts by category, sector and status. */
export default function ConcernsBoard() {
  const { t, lang } = useI18n();
  const canOpen = useAuth().can('demands.read');
  const [open, setOpen] = useState<number | null>(null);
  const columns: TableProps<Concern>['columns'] = [
    {
      title: t(m.trackingCode),
      dataIndex: 'trackingCode',
      width: 170,
      render: (v: string, c) =>
        canOpen ? (
          <a onClick={() => setOpen(c.demandId)} title={t(m.openDemand)} data-testid={`concern-${v}`}>
            {v}
          </a>
        ) : (
          v
        ),
    },
    { title: t(m.category), dataIndex: 'categoryName', width: 100 },
    { title: t(m.title), dataIndex: 'title', ellipsis: true },
    { title: t(m.entrepreneur), key: 'who', width: 200, ellipsis: true, render: (_: unknown, c) => `${c.entrepreneurName} · ${c.company}` },
    { title: t(m.sector), dataIndex: 'sectorName', width: 100 },
    { title: t(m.cadre), dataIndex: 'cadreName', width: 90, render: (v: string | null) => v ?? '—' },
    { title: t(m.department), dataIndex: 'departmentName', width: 160, ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (_: unknown, c) => <Tag color={statusColor[c.status]}>{t(c.statusLabel)}</Tag> },
    { title: t(m.satisfaction), dataIndex: 'satisfaction', width: 90, render: (v: Concern['satisfaction']) => (v ? t(m[v]) : '—') },
    { title: t(m.raisedAt), dataIndex: 'createdAt', width: 150, render: (v: string) => fmtTime(v, lang) },
  ];
  return (
    <ListPage<Concern, ConcernQuery>
      title={t(m.concerns)}
      subTitle={t(m.slogan)}
      queryKey={key}
      query={queryOf}
      fetch={pairingApi.concerns}
      columns={columns}
      header={(s) => <Counts s={s} />}
      filters={(s) => (
        <>
          <OptionSelect s={s} param="category" list="concernCategories" placeholder={m.allCategories} testId="filter-category" />
          <OptionSelect s={s} param="sector" list="sectors" placeholder={m.allSectors} testId="filter-sector" />
          <ParamSelect s={s} param="status" placeholder={m.allStatuses} width={120} options={statuses.map((v) => ({ value: v, label: t(m.statuses[v]) }))} />
        </>
      )}
      emptyText={t(m.noConcerns)}
      table={{ 'data-testid': 'concerns-table', size: 'middle', scroll: { x: 1300 } }}
    >
      <DemandDrawer id={open} mode="view" onClose={() => setOpen(null)} />
    </ListPage>
  );
}

/** The counts under the list's filters (the same request as the table's page, shared through the query cache); a count filters the list by its key. */
function Counts({ s }: { s: ListState }) {
  const { t } = useI18n();
  const query = queryOf(s);
  const options = usePairingOptions().data;
  const { data } = useQuery({ queryKey: [...key, query], queryFn: () => pairingApi.concerns(query), placeholderData: keepPreviousData });
  const categories = namesOf(options, 'concernCategories');
  const sectors = namesOf(options, 'sectors');
  const status = (k: string) => (k in m.statuses ? t(m.statuses[k as keyof typeof m.statuses]) : k);
  const groups: { title: Text; param: string; items: { key: string; count: number }[]; label: (k: string) => string; testId: string }[] = [
    { title: m.byCategory, param: 'category', items: data?.counts.byCategory ?? [], label: (k) => categories[k] ?? k, testId: 'counts-category' },
    { title: m.bySector, param: 'sector', items: data?.counts.bySector ?? [], label: (k) => sectors[k] ?? k, testId: 'counts-sector' },
    { title: m.byStatus, param: 'status', items: data?.counts.byStatus ?? [], label: status, testId: 'counts-status' },
  ];
  return (
    <Row gutter={12} style={{ marginBottom: 12 }}>
      {groups.map((g) => (
        <Col xs={24} md={8} key={g.testId}>
          <Card size="small" title={t(g.title)} data-testid={g.testId}>
            {g.items.length === 0 ? (
              <Typography.Text type="secondary">—</Typography.Text>
            ) : (
              g.items.map((i) => (
                <Tag key={i.key} style={{ marginBottom: 4, cursor: 'pointer' }} color={s.get(g.param) === i.key ? 'red' : undefined} onClick={() => s.set({ [g.param]: s.get(g.param) === i.key ? undefined : i.key })}>
                  {g.label(i.key)} <strong>{i.count}</strong>
                </Tag>
              ))
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
