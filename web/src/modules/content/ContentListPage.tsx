import { Button, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { client, unwrap, type Query } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { fmtDateTime } from '../activities/useActivities.js';
import { cText as m, statusColor } from './messages.js';
import { contentKey, useWorkflow } from './useWorkflow.js';
import type { ContentItem, ContentStatus } from './content.api.js';

const statuses: ContentStatus[] = ['draft', 'review', 'published', 'archived'];

/** Staff list of content by state; with `queue` it is the review queue (status=review only). */
export default function ContentListPage({ queue = false }: { queue?: boolean }) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? undefined;
  const filters = {
    page: Number(get('page') ?? 1),
    pageSize: Number(get('pageSize') ?? 20),
    q: get('q'),
    kind: get('kind') as Query<'/api/v1/content', 'get'>['kind'],
    status: (queue ? 'review' : get('status')) as Query<'/api/v1/content', 'get'>['status'],
  };
  const [q, setQ] = useState(filters.q ?? '');
  const wf = useWorkflow();
  const update = (patch: Record<string, string | number | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };
  const { data, isFetching } = useQuery({
    queryKey: [...contentKey, 'list', filters],
    queryFn: () => unwrap(client.GET('/api/v1/content', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });

  const canWrite = can('content.write');
  const canReview = can('content.review');
  const columns: TableProps<ContentItem>['columns'] = [
    { title: t(m.name), dataIndex: 'title', render: (v: string, r) => <a onClick={() => nav(`/content/${r.id}`)}>{v}</a> },
    { title: t(m.kind), dataIndex: 'kind', width: 80, render: (k: ContentItem['kind']) => <Tag>{t(m[k])}</Tag> },
    { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (s: ContentStatus) => <Tag color={statusColor[s]}>{t(m[s])}</Tag> },
    { title: t(m.updated), dataIndex: 'updatedAt', width: 170, render: (v: string) => fmtDateTime(v, lang) },
    {
      title: t(common.actions),
      key: 'actions',
      width: 220,
      render: (_, r) => (
        <Space size={8}>
          <a onClick={() => nav(`/content/${r.id}`)}>{r.status === 'draft' && canWrite ? t(m.edit) : t(m.view)}</a>
          {r.status === 'draft' && canWrite && <a onClick={() => wf.ask(r, 'submit')}>{t(m.submit)}</a>}
          {r.status === 'review' && canReview && <a onClick={() => wf.ask(r, 'publish')}>{t(m.publish)}</a>}
          {r.status === 'review' && canReview && <a onClick={() => wf.startReturn(r)}>{t(m.return)}</a>}
          {r.status === 'published' && canReview && (
            <a style={{ color: '#c8161d' }} onClick={() => wf.ask(r, 'archive')}>
              {t(m.archive)}
            </a>
          )}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t(queue ? m.reviewTitle : m.title)}
      subTitle={t(queue ? m.reviewSub : m.sub)}
      extra={
        !queue &&
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/content/new')}>
            {t(m.create)}
          </Button>
        )
      }
    >
      {!queue && (
        <Tabs
          activeKey={filters.status ?? 'all'}
          onChange={(k) => update({ status: k === 'all' ? undefined : k })}
          items={[{ key: 'all', label: t(m.all) }, ...statuses.map((s) => ({ key: s, label: t(m[s]) }))]}
        />
      )}
      <div className="vg-toolbar">
        <Input.Search
          placeholder={t(m.search)}
          aria-label={t(m.search)}
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          style={{ width: 240 }}
          enterButton={t(common.search)}
        />
        <Select
          allowClear
          placeholder={t(m.kind)}
          aria-label={t(m.kind)}
          value={filters.kind}
          onChange={(v) => update({ kind: v })}
          options={(['article', 'video', 'pdf'] as const).map((k) => ({ value: k, label: t(m[k]) }))}
          style={{ width: 120 }}
        />
      </div>
      <Table<ContentItem>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState description={t(queue ? m.noReview : m.noItems)} /> }}
        onChange={(p) => update({ page: p.current, pageSize: p.pageSize === 20 ? undefined : p.pageSize }, true)}
        pagination={{ current: filters.page, pageSize: filters.pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (n) => t(common.total, { n }) }}
        data-testid={queue ? 'review-queue' : 'content-table'}
      />
      {wf.returnDialog}
    </PageContainer>
  );
}
