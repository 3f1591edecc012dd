import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { roleLabels, roles } from '../../../../common/roles.js';
import { OrgTreeSelect } from './OrgTreeSelect.js';
import { accountText as m } from './account-messages.js';
import type { Account } from './org.api.js';
import type { Role } from '../../kernel/types.js';

interface Values {
  username?: string;
  displayName?: string;
  personId?: number | null;
  role: Role;
  orgId: number;
}

/** Open an account (its initial password is handed back once) or add a role to one. */
export function AccountFormDialog(props: {
  mode: 'create' | 'role';
  account?: Account;
  onClose: () => void;
  onDone: () => void;
  onCreated: (name: string, password: string) => void;
}) {
  const { mode, account, onClose, onDone, onCreated } = props;
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: async (v: Values) => {
      if (mode === 'role') return unwrap(client.POST('/api/v1/accounts/{id}/roles', { params: { path: { id: account!.id } }, body: { role: v.role!, orgId: v.orgId! } }));
      return unwrap(
        client.POST('/api/v1/accounts', {
          body: { username: v.username?.trim() ?? '', displayName: v.displayName?.trim() ?? '', personId: v.personId ?? undefined, role: v.role!, orgId: v.orgId! },
        }),
      );
    },
    onSuccess: (r, v) => {
      showSuccess(t(common.saved));
      const pw = (r as { initialPassword?: string } | undefined)?.initialPassword;
      if (mode === 'create' && pw) onCreated(v.displayName ?? v.username ?? '', pw);
      onDone();
    },
  });
  const required = [{ required: true, message: t(m.required) }];

  return (
    <Modal
      open
      title={mode === 'create' ? t(m.create) : `${t(m.addRole)} · ${account?.displayName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ role: 'member' }}>
        {mode === 'create' && (
          <>
            <Form.Item name="username" label={t(m.username)} rules={[...required, { pattern: /^[A-Za-z0-9._-]{3,32}$/, message: t(m.usernameRule) }]}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="displayName" label={t(m.displayName)} rules={[...required, { max: 50 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="personId" label={t(m.personId)}>
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="role" label={t(m.role)} rules={required}>
          <Select options={roles.map((r) => ({ value: r, label: roleLabels[r][lang] }))} />
        </Form.Item>
        <Form.Item name="orgId" label={t(m.org)} rules={required}>
          <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
