import { useState } from 'react';
import { Button, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { KeyOutlined, PlusOutlined, UnlockOutlined, UserAddOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { modal, showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { roleLabels, type Role } from '../../../../common/roles.js';
import { AccountFormDialog } from './AccountFormDialog.js';
import { accountText as m } from './account-messages.js';
import type { Account, AccountRole } from './org.api.js';

export default function AccountsPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<{ mode: 'create' } | { mode: 'role'; account: Account } | null>(null);
  const [initial, setInitial] = useState<{ name: string; password: string } | null>(null);
  const writable = can('accounts.write');

  const { data, isFetching } = useQuery({
    queryKey: ['accounts', 'list', q, page],
    queryFn: () => unwrap(client.GET('/api/v1/accounts', { params: { query: { q: q || undefined, ...page } } })),
    placeholderData: keepPreviousData,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['accounts'] });
  const roleName = (r: string) => roleLabels[r as Role]?.[lang] ?? r;

  const removeRole = useMutation({
    mutationFn: (v: { account: Account; role: AccountRole }) => unwrap(client.DELETE('/api/v1/accounts/{id}/roles/{assignmentId}', { params: { path: { id: v.account.id, assignmentId: v.role.id } } })),
    onSuccess: () => {
      showSuccess(t(common.saved));
      void refresh();
    },
  });
  const reset = useMutation({
    mutationFn: (a: Account) => unwrap(client.POST('/api/v1/accounts/{id}/reset-password', { params: { path: { id: a.id } } })),
    onSuccess: (r, a) => {
      setInitial({ name: a.displayName, password: r.initialPassword });
      void refresh();
    },
  });
  const unlock = useMutation({
    mutationFn: (a: Account) => unwrap(client.POST('/api/v1/accounts/{id}/unlock', { params: { path: { id: a.id } } })),
    onSuccess: () => {
      showSuccess(t(m.unlocked));
      void refresh();
    },
  });

  const confirm = (content: string, onOk: () => Promise<unknown>, danger = true) =>
    modal()?.confirm({ title: t(common.confirm), content, okButtonProps: { danger }, okText: t(common.confirm), cancelText: t(common.cancel), onOk });

  const columns: TableProps<Account>['columns'] = [
    { title: t(m.username), dataIndex: 'username', width: 140 },
    { title: t(m.displayName), dataIndex: 'displayName', width: 180 },
    {
      title: t(m.roles),
      key: 'roles',
      render: (_, a) => (
        <Space size={[4, 4]} wrap>
          {a.roles.map((r) => (
            <Tag
              key={r.id}
              color="red"
              closable={writable}
              onClose={(e) => {
                e.preventDefault();
                confirm(t(m.removeRole, { role: roleName(r.role), org: r.orgName }), () => removeRole.mutateAsync({ account: a, role: r }));
              }}
            >
              {roleName(r.role)} · {r.orgName}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t(m.status),
      key: 'status',
      width: 120,
      render: (_, a) => (a.locked ? <Tag color="error">{t(m.locked)}</Tag> : a.mustChangePassword ? <Tag color="warning">{t(m.mustChange)}</Tag> : <Tag color="success">{t(m.normal)}</Tag>),
    },
  ];
  if (writable) {
    columns.push({
      title: t(common.actions),
      key: 'actions',
      width: 260,
      render: (_, a) => (
        <Space size={0} wrap>
          <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'role', account: a })}>
            {t(m.addRole)}
          </Button>
          <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => confirm(t(m.resetConfirm, { name: a.displayName }), () => reset.mutateAsync(a))}>
            {t(m.resetPassword)}
          </Button>
          {a.locked && (
            <Button type="link" size="small" icon={<UnlockOutlined />} onClick={() => unlock.mutate(a)}>
              {t(m.unlock)}
            </Button>
          )}
        </Space>
      ),
    });
  }

  return (
    <PageContainer
      title={t(m.title)}
      extra={
        writable && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDialog({ mode: 'create' })}>
            {t(m.create)}
          </Button>
        )
      }
    >
      <div className="vg-toolbar">
        <Input.Search
          placeholder={t(m.search)}
          allowClear
          onSearch={(v) => {
            setQ(v.trim());
            setPage((p) => ({ ...p, page: 1 }));
          }}
          style={{ width: 260 }}
          enterButton={t(common.search)}
        />
      </div>
      <Table<Account>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        locale={{ emptyText: <EmptyState description={t(m.noAccounts)} /> }}
        pagination={{ current: page.page, pageSize: page.pageSize, total: data?.total ?? 0, showTotal: (n) => t(common.total, { n }), onChange: (p, s) => setPage({ page: p, pageSize: s }) }}
        scroll={{ x: 900 }}
      />
      {dialog && (
        <AccountFormDialog
          mode={dialog.mode}
          account={dialog.mode === 'role' ? dialog.account : undefined}
          onClose={() => setDialog(null)}
          onCreated={(name, password) => setInitial({ name, password })}
          onDone={() => {
            setDialog(null);
            void refresh();
          }}
        />
      )}
      <Modal open={!!initial} title={t(m.initialTitle)} onCancel={() => setInitial(null)} onOk={() => setInitial(null)} cancelButtonProps={{ style: { display: 'none' } }} okText={t(common.confirm)}>
        {initial && (
          <>
            <Typography.Paragraph>{t(m.initialHelp, { name: initial.name })}</Typography.Paragraph>
            <Typography.Paragraph copyable={{ text: initial.password }} style={{ fontSize: 20, fontFamily: 'monospace' }} data-testid="initial-password">
              {initial.password}
            </Typography.Paragraph>
          </>
        )}
      </Modal>
    </PageContainer>
  );
}
