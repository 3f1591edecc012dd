import { useState } from 'react';
import { Button, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client, unwrap, type Answer, type Body, type Query } from '../../kernel/api-client.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { OriginTag } from '../../kernel/OriginTag.js';
import { lt, statusLabels } from './messages.js';
import { ExamFormDialog } from './ExamFormDialog.js';

type Exam = Answer<'/api/v1/learning/exams', 'get'>['items'][number];
type ExamStatus = NonNullable<Query<'/api/v1/learning/exams', 'get'>['status']>;

const when = (v: string | null) => (v ? new Date(v).toLocaleString() : '—');

export default function ExamsPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<ExamStatus>();
  const [creating, setCreating] = useState(false);
  const { data, isFetching } = useQuery({
    queryKey: ['learning', 'exams', page, status],
    queryFn: () => unwrap(client.GET('/api/v1/learning/exams', { params: { query: { page, pageSize: 20, status } } })),
    placeholderData: keepPreviousData,
  });
  const patch = useMutation({
    mutationFn: ({ id, body }: { id: number; body: Body<'/api/v1/learning/exams/{id}', 'patch'> }) => unwrap(client.PATCH('/api/v1/learning/exams/{id}', { params: { path: { id } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['learning', 'exams'] }),
  });

  return (
    <PageContainer
      title={t(lt.exams)}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-exam">
          {t(lt.newExam)}
        </Button>
      }
    >
      <div className="vg-toolbar">
        <Select allowClear placeholder={t(lt.status)} value={status} onChange={(v: ExamStatus | undefined) => (setStatus(v), setPage(1))} options={Object.entries(statusLabels).filter(([k]) => k !== 'archived').map(([k, v]) => ({ value: k, label: t(v) }))} style={{ width: 140 }} />
      </div>
      <Table<Exam>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <EmptyState description={t(lt.noExams)} /> }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showTotal: (n) => t(common.total, { n }) }}
        columns={[
          { title: t(lt.title), dataIndex: 'title', render: (v: string, r) => <><Link to={`/learning/exams/${r.id}`}>{v}</Link><OriginTag origin={r.origin} /></> },
          { title: t(lt.org), dataIndex: 'orgName', width: 180, ellipsis: true },
          { title: t(lt.timeLimit), dataIndex: 'timeLimitMinutes', width: 110 },
          { title: t(lt.opensAt), dataIndex: 'opensAt', width: 170, render: when },
          { title: t(lt.closesAt), dataIndex: 'closesAt', width: 170, render: when },
          { title: t(lt.status), dataIndex: 'status', width: 90, render: (s: string) => <Tag color={s === 'published' ? 'green' : undefined}>{t(statusLabels[s])}</Tag> },
          { title: t(lt.attempts), dataIndex: 'attempts', width: 90 },
          {
            title: t(common.actions),
            key: 'a',
            width: 170,
            render: (_, r) => (
              <Space>
                <Link to={`/learning/exams/${r.id}`}>{t(lt.results)}</Link>
                {r.origin === 'own' && r.status === 'draft' && <a onClick={() => patch.mutate({ id: r.id, body: { status: 'published' } })}>{t(statusLabels.published)}</a>}
                {r.origin === 'own' && r.status === 'published' && (
                  <Popconfirm title={t(lt.close)} onConfirm={() => patch.mutate({ id: r.id, body: { status: 'closed' } })}>
                    <a>{t(lt.close)}</a>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ExamFormDialog open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}
