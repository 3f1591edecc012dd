import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../kernel/api-client.js';
import { modal, showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { fmtDateTime } from './useDemands.js';

type ApiKey = Schema<'Open311ApiKey'>;

const m = {
  title: { zh: 'Open311 API 密钥', en: 'Open311 API keys' },
  help: {
    zh: '第三方系统（如随手拍应用）凭密钥经 Open311 GeoReport v2 接口（/open311/v2/requests.json 或 .xml，参数 api_key）提交诉求。密钥只在创建时显示一次，平台只保存其摘要；泄露后请停用并重新创建。',
    en: 'Client systems submit demands through the Open311 GeoReport v2 API (/open311/v2/requests.json or .xml, parameter api_key). A key is shown once, when it is created; only its digest is kept. Revoke a leaked key and create a new one.',
  },
  create: { zh: '创建密钥', en: 'Create key' },
  name: { zh: '名称（使用方）', en: 'Name (client)' },
  prefix: { zh: '密钥前缀', en: 'Key prefix' },
  createdAt: { zh: '创建时间', en: 'Created' },
  lastUsedAt: { zh: '最近使用', en: 'Last used' },
  status: { zh: '状态', en: 'Status' },
  active: { zh: '有效', en: 'Active' },
  revoked: { zh: '已停用', en: 'Revoked' },
  revoke: { zh: '停用', en: 'Revoke' },
  revokeConfirm: { zh: '停用密钥“{name}”？使用它的系统将无法再提交诉求，且不能恢复。', en: 'Revoke the key “{name}”? Systems using it can no longer submit demands; this cannot be undone.' },
  revokedDone: { zh: '密钥已停用', en: 'Key revoked' },
  shownOnce: { zh: '请立即复制并安全地交给使用方：关闭此窗口后无法再次查看。', en: 'Copy it now and hand it over safely: it cannot be shown again once this window is closed.' },
  none: { zh: '尚未创建密钥', en: 'No keys yet' },
};

/** Open311 client keys: create (the key is shown once), list, revoke. */
export default function Open311KeysPage() {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<{ name: string; key: string } | null>(null);

  const { data, isFetching } = useQuery({ queryKey: ['open311-keys'], queryFn: () => unwrap(client.GET('/api/v1/open311-keys')) });
  const refresh = () => qc.invalidateQueries({ queryKey: ['open311-keys'] });

  const create = useMutation({
    mutationFn: (v: { name: string }) => unwrap(client.POST('/api/v1/open311-keys', { body: v })),
    onSuccess: (r) => {
      setCreating(false);
      form.resetFields();
      setIssued({ name: r.name, key: r.key });
      void refresh();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  const revoke = useMutation({
    mutationFn: (k: ApiKey) => unwrap(client.POST('/api/v1/open311-keys/{id}/revoke', { params: { path: { id: k.id } }, body: {} })),
    onSuccess: () => {
      showSuccess(t(m.revokedDone));
      void refresh();
    },
  });

  const columns: TableProps<ApiKey>['columns'] = [
    { title: t(m.name), dataIndex: 'name' },
    { title: t(m.prefix), dataIndex: 'keyPrefix', width: 140, render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
    { title: t(m.createdAt), dataIndex: 'createdAt', width: 170, render: (v: string) => fmtDateTime(v, lang) },
    { title: t(m.lastUsedAt), dataIndex: 'lastUsedAt', width: 170, render: (v: string | null) => fmtDateTime(v, lang) },
    { title: t(m.status), key: 'status', width: 100, render: (_, k) => (k.revokedAt ? <Tag>{t(m.revoked)}</Tag> : <Tag color="success">{t(m.active)}</Tag>) },
    {
      title: t(common.actions),
      key: 'actions',
      width: 110,
      render: (_, k) =>
        !k.revokedAt && (
          <Button
            type="link"
            size="small"
            danger
            icon={<StopOutlined />}
            data-testid={`revoke-key-${k.id}`}
            onClick={() =>
              modal()?.confirm({ title: t(common.confirm), content: t(m.revokeConfirm, { name: k.name }), okButtonProps: { danger: true }, okText: t(m.revoke), cancelText: t(common.cancel), onOk: () => revoke.mutateAsync(k) })
            }
          >
            {t(m.revoke)}
          </Button>
        ),
    },
  ];

  return (
    <PageContainer
      title={t(m.title)}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-key">
          {t(m.create)}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t(m.help)}</Typography.Paragraph>
      <Table<ApiKey> rowKey="id" size="middle" columns={columns} dataSource={data?.items ?? []} loading={isFetching} locale={{ emptyText: <EmptyState description={t(m.none)} /> }} pagination={false} scroll={{ x: 800 }} />
      <Modal open={creating} title={t(m.create)} onCancel={() => setCreating(false)} onOk={() => form.submit()} confirmLoading={create.isPending} okText={t(common.confirm)} cancelText={t(common.cancel)} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate({ name: v.name.trim() })}>
          <Form.Item name="name" label={t(m.name)} rules={[{ required: true, whitespace: true, min: 2, max: 80 }]}>
            <Input autoFocus data-testid="key-name" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={!!issued} title={issued?.name} onCancel={() => setIssued(null)} onOk={() => setIssued(null)} cancelButtonProps={{ style: { display: 'none' } }} okText={t(common.confirm)} maskClosable={false} destroyOnHidden>
        {issued && (
          <>
            <Alert type="warning" showIcon message={t(m.shownOnce)} style={{ marginBottom: 12 }} />
            <Typography.Paragraph copyable={{ text: issued.key }} style={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="issued-key">
              {issued.key}
            </Typography.Paragraph>
          </>
        )}
      </Modal>
    </PageContainer>
  );
}
