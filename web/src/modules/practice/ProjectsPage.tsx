import { useState } from 'react';
import { Button, DatePicker, Drawer, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { client, unwrap } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { modal, showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { fmtDateTime } from '../activities/useActivities.js';
import { pText as m } from './messages.js';
import type { Project, ProjectMember } from './practice.api-types.js';

export const practiceKey = ['practice'];

function CreateProjectDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ title: string; description?: string; orgId: number; period?: [Dayjs | null, Dayjs | null] }>();
  const create = useMutation({
    mutationFn: (v: { title: string; description?: string; orgId: number; period?: [Dayjs | null, Dayjs | null] }) =>
      unwrap(
        client.POST('/api/v1/practice/projects', {
          body: {
            title: v.title,
            description: v.description ?? '',
            orgId: v.orgId,
            startsOn: v.period?.[0]?.format('YYYY-MM-DD') ?? null,
            endsOn: v.period?.[1]?.format('YYYY-MM-DD') ?? null,
          },
        }),
      ),
    onSuccess: () => {
      showSuccess(t(m.created));
      void qc.invalidateQueries({ queryKey: practiceKey });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, { startsOn: 'period', endsOn: 'period' }),
  });
  return (
    <Modal open title={t(m.newProject)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} okText={t(common.save)} cancelText={t(common.cancel)} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item name="title" label={t(m.title)} rules={[{ required: true, whitespace: true }, { min: 2, max: 80 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="orgId" label={t(m.org)} rules={[{ required: true }]}>
          <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="period" label={t(m.period)}>
          <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label={t(m.description)} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MembersDrawer({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { data, isLoading } = useQuery({ queryKey: [...practiceKey, 'members', project.id], queryFn: () => unwrap(client.GET('/api/v1/practice/projects/{id}/members', { params: { path: { id: project.id } } })) });
  return (
    <Drawer open onClose={onClose} size={560} title={`${t(m.viewMembers)} · ${project.title}`}>
      <Table<ProjectMember>
        rowKey="personId"
        size="small"
        loading={isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <EmptyState description={t(m.noMembers)} /> }}
        pagination={{ pageSize: 20, showTotal: (n) => t(common.total, { n }) }}
        columns={[
          { title: t(m.name), dataIndex: 'name' },
          { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
          { title: t(m.joinedAt), dataIndex: 'joinedAt', width: 160, render: (v: string) => fmtDateTime(v, lang) },
        ]}
      />
    </Drawer>
  );
}

export default function ProjectsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const [status, setStatus] = useState<Project['status'] | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [members, setMembers] = useState<Project | null>(null);
  const { data, isFetching } = useQuery({
    queryKey: [...practiceKey, 'projects', status, page],
    queryFn: () => unwrap(client.GET('/api/v1/practice/projects', { params: { query: { status, ...page } } })),
    placeholderData: keepPreviousData,
  });
  const setProjectStatus = useMutation({
    mutationFn: (v: { id: number; status: Project['status'] }) => unwrap(client.PATCH('/api/v1/practice/projects/{id}', { params: { path: { id: v.id } }, body: { status: v.status } })),
    onSuccess: (_r, v) => {
      showSuccess(t(v.status === 'closed' ? m.closedOk : common.saved));
      void qc.invalidateQueries({ queryKey: practiceKey });
    },
  });
  const manage = can('practice.manage');

  const columns: TableProps<Project>['columns'] = [
    { title: t(m.title), dataIndex: 'title', render: (v: string, p) => <a onClick={() => setMembers(p)}>{v}</a> },
    { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
    { title: t(m.period), key: 'period', width: 210, render: (_, p) => (p.startsOn || p.endsOn ? `${p.startsOn ?? '…'} ~ ${p.endsOn ?? '…'}` : '—') },
    { title: t(m.members), dataIndex: 'memberCount', width: 90 },
    { title: t(m.reportCount), dataIndex: 'reportCount', width: 80 },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (s: Project['status']) => <Tag color={s === 'open' ? 'green' : 'default'}>{t(m[s])}</Tag> },
    {
      title: t(common.actions),
      key: 'actions',
      width: 160,
      render: (_, p) => (
        <Space>
          <a onClick={() => setMembers(p)}>{t(m.viewMembers)}</a>
          {manage && p.status === 'open' && (
            <a
              style={{ color: '#c8161d' }}
              onClick={() =>
                modal()?.confirm({
                  title: t(m.close),
                  content: t(m.closeConfirm, { title: p.title }),
                  okText: t(m.close),
                  cancelText: t(common.cancel),
                  okButtonProps: { danger: true },
                  onOk: () => setProjectStatus.mutateAsync({ id: p.id, status: 'closed' }),
                })
              }
            >
              {t(m.close)}
            </a>
          )}
          {manage && p.status === 'closed' && <a onClick={() => setProjectStatus.mutate({ id: p.id, status: 'open' })}>{t(m.reopen)}</a>}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t(m.projects)}
      subTitle={t(m.projectsSub)}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t(m.newProject)}
          </Button>
        )
      }
    >
      <div className="vg-toolbar">
        <Select
          allowClear
          placeholder={t(m.status)}
          aria-label={t(m.status)}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          options={[
            { value: 'open', label: t(m.open) },
            { value: 'closed', label: t(m.closed) },
          ]}
          style={{ width: 120 }}
        />
      </div>
      <Table<Project>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        locale={{ emptyText: <EmptyState description={t(m.noProjects)} /> }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        pagination={{ current: page.page, pageSize: page.pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (n) => t(common.total, { n }) }}
      />
      {creating && <CreateProjectDialog onClose={() => setCreating(false)} />}
      {members && <MembersDrawer project={members} onClose={() => setMembers(null)} />}
    </PageContainer>
  );
}
