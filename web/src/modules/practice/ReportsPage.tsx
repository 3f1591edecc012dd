import { useState } from 'react';
import { Select, Table, Tabs, Tag } from 'antd';
import type { TableProps } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { fmtDateTime } from '../activities/useActivities.js';
import { pText as m, reportColor } from './messages.js';
import { practiceKey } from './ProjectsPage.js';
import { ReportDrawer } from './ReportDrawer.js';
import type { Report, ReportStatus } from './practice.api-types.js';

const states: ReportStatus[] = ['submitted', 'returned', 'approved'];

export default function ReportsPage() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<ReportStatus | 'all'>('submitted');
  const [projectId, setProjectId] = useState<number | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<number | null>(null);
  const { data, isFetching } = useQuery({
    queryKey: [...practiceKey, 'reports', status, projectId, page],
    queryFn: () => unwrap(client.GET('/api/v1/practice/reports', { params: { query: { status: status === 'all' ? undefined : status, projectId, ...page } } })),
    placeholderData: keepPreviousData,
  });
  const projects = useQuery({ queryKey: [...practiceKey, 'projects', 'options'], queryFn: () => unwrap(client.GET('/api/v1/practice/projects', { params: { query: { pageSize: 100 } } })) });

  const columns: TableProps<Report>['columns'] = [
    { title: t(m.title), dataIndex: 'title', render: (v: string, r) => <a onClick={() => setOpen(r.id)}>{v}</a> },
    { title: t(m.author), dataIndex: 'authorName', width: 100 },
    { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
    { title: t(m.project), dataIndex: 'projectTitle', ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (s: ReportStatus, r) => <Tag color={reportColor[s]}>{r.contentId ? t(m.publish) : t(m[s])}</Tag> },
    { title: t(m.submittedAt), dataIndex: 'submittedAt', width: 170, render: (v: string | null) => fmtDateTime(v, lang) },
    { title: t(common.actions), key: 'a', width: 80, render: (_, r) => <a onClick={() => setOpen(r.id)}>{r.status === 'submitted' ? t(m.review) : t(m.detail)}</a> },
  ];

  return (
    <PageContainer title={t(m.reports)} subTitle={t(m.reportsSub)}>
      <Tabs
        activeKey={status}
        onChange={(k) => {
          setStatus(k as typeof status);
          setPage((p) => ({ ...p, page: 1 }));
        }}
        items={[...states.map((s) => ({ key: s, label: t(m[s]) })), { key: 'all', label: t(m.allStates) }]}
      />
      <div className="vg-toolbar">
        <Select
          allowClear
          placeholder={t(m.project)}
          aria-label={t(m.project)}
          value={projectId}
          onChange={(v) => {
            setProjectId(v);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
          style={{ width: 260 }}
        />
      </div>
      <Table<Report>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState description={t(m.noReports)} /> }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        pagination={{ current: page.page, pageSize: page.pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (n) => t(common.total, { n }) }}
        data-testid="reports-table"
      />
      {open != null && <ReportDrawer id={open} onClose={() => setOpen(null)} />}
    </PageContainer>
  );
}
