import { useState } from 'react';
import { Button, Input, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { client, unwrap, type Schema } from '../../kernel/api-client.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { cText as m } from './messages.js';
import { ContestFormDialog } from './ContestFormDialog.js';
import { OriginTag } from '../../kernel/OriginTag.js';

export default function ContestsPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState<string>();
  const [creating, setCreating] = useState(false);
  const { data, isFetching } = useQuery({
    queryKey: ['contests', 'list', page, q],
    queryFn: () => unwrap(client.GET('/api/v1/contests', { params: { query: { page, pageSize: 20, q } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <PageContainer title={t(m.title)} subTitle={t(m.sub)} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-contest">{t(m.create)}</Button>}>
      <div className="vg-toolbar">
        <Input.Search allowClear placeholder={t(m.search)} onSearch={(v) => (setQ(v || undefined), setPage(1))} style={{ width: 260 }} />
      </div>
      <Table<Schema<'ContestRow'>>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <EmptyState /> }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showTotal: (n) => t(common.total, { n }) }}
        columns={[
          { title: t(m.name), dataIndex: 'name', render: (v: string, r) => <><Link to={`/contests/${r.id}`}>{v}</Link><OriginTag origin={r.origin} /></> },
          { title: t(m.org), dataIndex: 'orgName', width: 200, ellipsis: true },
          { title: t(m.entrantKind), dataIndex: 'entrantKind', width: 100, render: (k: string) => <Tag>{t(k === 'team' ? m.team : m.individual)}</Tag> },
          { title: t(m.rounds), dataIndex: 'rounds', width: 80 },
          { title: t(m.players), dataIndex: 'players', width: 100 },
          { title: t(m.createdAt), dataIndex: 'createdAt', width: 170, render: (v: string) => new Date(v).toLocaleString() },
        ]}
      />
      <ContestFormDialog open={creating} onClose={(id) => (setCreating(false), id && nav(`/contests/${id}`))} />
    </PageContainer>
  );
}
