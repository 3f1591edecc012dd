import { useState } from 'react';
import { Breadcrumb, Card, Progress, Space, Statistic, Table } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, unwrap, type Answer } from '../../kernel/api-client.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { lt } from './messages.js';

type Unfinished = Answer<'/api/v1/learning/courses/{id}/unfinished', 'get'>['items'][number];

const pct = (r: number | null) => (r == null ? 0 : Math.round(r * 1000) / 10);

/** Completion rates per child organisation; clicking one drills into it, and the list below shows who has not finished. */
export function CourseCompletion({ courseId }: { courseId: number }) {
  const { t } = useI18n();
  const [trail, setTrail] = useState<{ id: number; name: string }[]>([]);
  const [page, setPage] = useState(1);
  const orgId = trail.at(-1)?.id;
  const report = useQuery({
    queryKey: ['learning', 'courses', courseId, 'completion', orgId],
    queryFn: () => unwrap(client.GET('/api/v1/learning/courses/{id}/completion', { params: { path: { id: courseId }, query: { orgId } } })),
  });
  const unfinished = useQuery({
    queryKey: ['learning', 'courses', courseId, 'unfinished', orgId, page],
    queryFn: () => unwrap(client.GET('/api/v1/learning/courses/{id}/unfinished', { params: { path: { id: courseId }, query: { orgId, page, pageSize: 10 } } })),
    placeholderData: keepPreviousData,
  });
  const go = (next: { id: number; name: string }[]) => {
    setTrail(next);
    setPage(1);
  };
  const r = report.data;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Breadcrumb
        items={[
          { title: <a onClick={() => go([])}>{r && trail.length === 0 ? r.org.name : t(lt.back)}</a> },
          ...trail.map((o, i) => ({ title: i === trail.length - 1 ? o.name : <a onClick={() => go(trail.slice(0, i + 1))}>{o.name}</a> })),
        ]}
      />
      <Space size="large" wrap>
        <Statistic title={t(lt.assigned)} value={r?.total.assigned ?? 0} loading={report.isLoading} />
        <Statistic title={t(lt.completed)} value={r?.total.completed ?? 0} />
        <Statistic title={t(lt.rate)} value={pct(r?.total.rate ?? null)} suffix="%" data-testid="completion-rate" />
      </Space>
      {(report.isLoading || (r?.children.length ?? 0) > 0) && <Table
        rowKey="orgId"
        size="small"
        loading={report.isFetching}
        dataSource={r?.children ?? []}
        locale={{ emptyText: <EmptyState /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t(lt.org), dataIndex: 'name', render: (v: string, c) => <a onClick={() => go([...trail, { id: c.orgId, name: c.name }])}>{v}</a> },
          { title: t(lt.assigned), dataIndex: 'assigned', width: 100 },
          { title: t(lt.completed), dataIndex: 'completed', width: 100 },
          { title: t(lt.rate), dataIndex: 'rate', width: 220, render: (v: number | null) => <Progress percent={pct(v)} size="small" /> },
        ]}
        data-testid="completion-children"
      />}
      <Card size="small" title={t(lt.unfinished)}>
        <Table<Unfinished>
          rowKey="personId"
          size="small"
          loading={unfinished.isFetching}
          dataSource={unfinished.data?.items ?? []}
          locale={{ emptyText: <EmptyState /> }}
          pagination={{ current: page, pageSize: 10, total: unfinished.data?.total ?? 0, onChange: setPage, showTotal: (n) => t(common.total, { n }) }}
          columns={[
            { title: t(lt.name), dataIndex: 'name' },
            { title: t(lt.org), dataIndex: 'orgName', ellipsis: true },
            { title: t(lt.progress), key: 'p', render: (_, p) => `${p.done}/${p.total}` },
            { title: t(lt.deadline), dataIndex: 'deadline', render: (v: string | null) => (v ? new Date(v).toLocaleDateString() : '—') },
          ]}
          data-testid="unfinished-table"
        />
      </Card>
    </Space>
  );
}
