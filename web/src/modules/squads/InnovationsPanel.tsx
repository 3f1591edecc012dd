import { useState } from 'react';
import { Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { fmtDateTime } from '../activities/useActivities.js';
import { sqText as m } from './messages.js';
import { squadsApi, squadsKey, type Innovation } from './squads.api.js';

const statusText = { submitted: m.innovationSubmitted, accepted: m.innovationAccepted, declined: m.declined } as const;
const statusColor = { submitted: 'orange', accepted: 'green', declined: 'default' } as const;

function DeclineDialog({ item, onClose }: { item: Innovation; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const decline = useMutation({
    mutationFn: (v: { reason: string }) => squadsApi.declineInnovation(item.id, v.reason.trim()),
    onSuccess: () => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: squadsKey });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  return (
    <Modal open title={`${t(m.decline)} · ${item.title}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={decline.isPending} okText={t(m.decline)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => decline.mutate(v)}>
        <Form.Item name="reason" label={t(m.decisionReason)} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 比创新: the squad's innovation items; the supervising organisation accepts or declines the submitted ones. */
export function InnovationsPanel({ items, loading, canWrite }: { items: Innovation[]; loading: boolean; canWrite: boolean }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [declining, setDeclining] = useState<Innovation | null>(null);
  const adopt = useMutation({
    mutationFn: (i: Innovation) => squadsApi.acceptInnovation(i.id),
    onSuccess: () => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: squadsKey });
    },
  });
  return (
    <>
      <Table<Innovation>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={items}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState description={t(m.noInnovations)} /> }}
        data-testid="innovations-table"
        expandable={{ expandedRowRender: (i) => <div style={{ whiteSpace: 'pre-wrap' }}>{i.description || '—'}</div>, rowExpandable: (i) => !!i.description }}
        columns={[
          { title: t(m.name), dataIndex: 'title' },
          { title: t(m.kind), dataIndex: 'kind', width: 100, render: (k: Innovation['kind']) => t(m[k]) },
          { title: t(m.submitted), dataIndex: 'submittedAt', width: 160, render: (v: string) => fmtDateTime(v, lang) },
          {
            title: t(m.status),
            dataIndex: 'status',
            width: 200,
            render: (s: Innovation['status'], i) => (
              <Space orientation="vertical" size={0}>
                <Tag color={statusColor[s]}>{t(statusText[s])}</Tag>
                {i.decisionReason && <span style={{ fontSize: 12, color: '#888' }}>{i.decisionReason}</span>}
              </Space>
            ),
          },
          ...(canWrite
            ? [
                {
                  title: t(common.actions),
                  key: 'actions',
                  width: 140,
                  render: (_: unknown, i: Innovation) =>
                    i.status === 'submitted' && (
                      <Space>
                        <a onClick={() => adopt.mutate(i)}>{t(m.adopt)}</a>
                        <a onClick={() => setDeclining(i)}>{t(m.decline)}</a>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {declining && <DeclineDialog item={declining} onClose={() => setDeclining(null)} />}
    </>
  );
}
