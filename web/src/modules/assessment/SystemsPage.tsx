import { useState } from 'react';
import { Button, Form, Input, Modal, Radio, Result, Segmented, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../../kernel/feedback.js';
import { common, fill, useI18n } from '../../kernel/i18n.js';
import { useFormSave } from '../../kernel/use-form-save.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { assessmentApi, assessmentKey, type SystemListItem, type TargetKind } from './assessment.api.js';
import { asText as m } from './messages.js';

/** 指标体系: the systems the caller may use (own subtree: editable; above: read-only), and a new one. */
export default function SystemsPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<TargetKind | 'all'>('all');
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: [...assessmentKey, 'systems', kind], queryFn: () => assessmentApi.systems(kind === 'all' ? undefined : kind) });
  return (
    <PageContainer
      title={t(m.systems)}
      subTitle={t(m.systemsSub)}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-system">
          {t(m.newSystem)}
        </Button>
      }
    >
      <div className="vg-toolbar">
        <Segmented
          value={kind}
          onChange={(v) => setKind(v as TargetKind | 'all')}
          options={[
            { value: 'all', label: t(m.allKinds) },
            { value: 'org', label: t(m.kindOrg) },
            { value: 'person', label: t(m.kindPerson) },
          ]}
        />
      </div>
      {list.error ? (
        <Result status="warning" subTitle={errorText(list.error)} />
      ) : (
        <Table<SystemListItem>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <EmptyState description={t(m.noSystems)} /> }}
          data-testid="systems-table"
          columns={[
            { title: t(m.name), dataIndex: 'name', render: (n: string, s) => <Link to={`/assessment/systems/${s.id}`}>{n}</Link> },
            { title: t(m.targetKind), dataIndex: 'targetKind', render: (k: TargetKind) => t(k === 'org' ? m.kindOrg : m.kindPerson) },
            { title: t(m.owner), dataIndex: 'ownerOrgName' },
            {
              title: t(m.latestVersion),
              render: (_, s) => (
                <>
                  {s.latestVersion ? <Tag color="blue">{fill(t(m.version), { v: s.latestVersion })}</Tag> : <Tag>{t(m.unpublished)}</Tag>}
                  {s.hasDraft && <Tag color="orange">{t(m.hasDraft)}</Tag>}
                  {!s.editable && <Tag>{t(m.readOnly)}</Tag>}
                </>
              ),
            },
            { title: t(common.actions), render: (_, s) => <Link to={`/assessment/systems/${s.id}`}>{s.editable ? t(common.edit) : t(m.open)}</Link> },
          ]}
        />
      )}
      <CreateSystemDialog open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}

type NewSystem = { name: string; description?: string; targetKind: TargetKind };

/** A new system starts with one rated top-level indicator (100 %), to be built in the editor. */
function CreateSystemDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const nav = useNavigate();
  const [form] = Form.useForm<NewSystem>();
  const save = useFormSave(
    form,
    (v: NewSystem) =>
      assessmentApi.createSystem({ ...v, description: v.description ?? '', tree: [{ key: 'k1', name: t(m.level1), weight: 100, leaf: { type: 'rated', maxScore: 10, rubric: '' } }] }),
    { invalidate: assessmentKey, onDone: (s) => (onClose(), nav(`/assessment/systems/${s.id}`)) },
  );
  return (
    <Modal open={open} title={t(m.newSystem)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'system-create-ok' }}>
      <Form form={form} layout="vertical" initialValues={{ targetKind: 'person' }} onFinish={(v) => save.mutate(v)} preserve={false}>
        <Form.Item name="name" label={t(m.name)} rules={[{ required: true, max: 80 }]}>
          <Input data-testid="system-create-name" />
        </Form.Item>
        <Form.Item name="targetKind" label={t(m.targetKind)} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'person', label: t(m.kindPerson) },
              { value: 'org', label: t(m.kindOrg) },
            ]}
          />
        </Form.Item>
        <Form.Item name="description" label={t(m.description)} rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
