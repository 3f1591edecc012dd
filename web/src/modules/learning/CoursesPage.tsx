import { useState } from 'react';
import { Button, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { client, unwrap, type Answer, type Query } from '../../kernel/api-client.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { kindLabels, lt, statusLabels } from './messages.js';
import { CourseFormDialog } from './CourseFormDialog.js';

type Course = Answer<'/api/v1/learning/courses', 'get'>['items'][number];
type Filters = Omit<Query<'/api/v1/learning/courses', 'get'>, 'page' | 'pageSize'> & { page: number };

export default function CoursesPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const [filters, setFilters] = useState<Filters>({ page: 1 });
  const [creating, setCreating] = useState(false);
  const { data, isFetching } = useQuery({
    queryKey: ['learning', 'courses', filters],
    queryFn: () => unwrap(client.GET('/api/v1/learning/courses', { params: { query: { ...filters, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Partial<typeof filters>) => setFilters((f) => ({ ...f, page: 1, ...patch }));

  return (
    <PageContainer
      title={t(lt.courses)}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-course">
          {t(lt.newCourse)}
        </Button>
      }
    >
      <div className="vg-toolbar">
        <Input.Search allowClear placeholder={t(common.search)} onSearch={(v) => set({ q: v.trim() || undefined })} style={{ width: 220 }} />
        <Select allowClear placeholder={t(lt.kind)} value={filters.kind} onChange={(v: Filters['kind']) => set({ kind: v })} options={Object.entries(kindLabels).map(([k, v]) => ({ value: k, label: t(v) }))} style={{ width: 120 }} />
        <Select allowClear placeholder={t(lt.status)} value={filters.status} onChange={(v: Filters['status']) => set({ status: v })} options={(['draft', 'published', 'archived'] as const).map((s) => ({ value: s, label: t(statusLabels[s]) }))} style={{ width: 120 }} />
      </div>
      <Table<Course>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <EmptyState description={t(lt.noCourses)} /> }}
        pagination={{ current: filters.page, pageSize: 20, total: data?.total ?? 0, onChange: (page) => setFilters((f) => ({ ...f, page })), showTotal: (n) => t(common.total, { n }) }}
        columns={[
          { title: t(lt.title), dataIndex: 'title', render: (v: string, r) => <Link to={`/learning/courses/${r.id}`}>{v}</Link> },
          { title: t(lt.kind), dataIndex: 'kind', width: 90, render: (k: string) => <Tag color={k === 'required' ? 'red' : 'blue'}>{t(kindLabels[k])}</Tag> },
          { title: t(lt.tags), dataIndex: 'tags', width: 180, render: (ts: string[]) => ts.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: t(lt.lessonCount), dataIndex: 'lessonCount', width: 80 },
          { title: t(lt.assignments), dataIndex: 'assignmentCount', width: 90 },
          { title: t(lt.org), dataIndex: 'orgName', width: 180, ellipsis: true },
          { title: t(lt.status), dataIndex: 'status', width: 90, render: (s: string) => t(statusLabels[s]) },
          { title: t(common.actions), key: 'a', width: 110, render: (_, r) => <Link to={`/learning/courses/${r.id}`}>{t(lt.completion)}</Link> },
        ]}
        data-testid="courses-table"
      />
      <CourseFormDialog course={null} open={creating} onClose={() => setCreating(false)} onSaved={(id) => nav(`/learning/courses/${id}`)} />
    </PageContainer>
  );
}
