import { useMemo } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { childKind, kindLabels, orgKinds } from './org-tree.js';
import { OrgTreeSelect } from './OrgTreeSelect.js';
import { useOrgTree } from './useOrgTree.js';
import { orgText } from './messages.js';
import type { OrgDetail, OrgKind } from './org.api.js';

export type OrgDialogMode = 'create' | 'rename' | 'move';

interface Values {
  name?: string;
  kind?: OrgKind;
  parentId?: number;
}

/** Create a child, rename, or move an organisation. */
export function OrgFormDialog({ mode, org, onClose, onDone }: { mode: OrgDialogMode; org: OrgDetail; onClose: () => void; onDone: (id?: number) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { data: nodes } = useOrgTree();
  // An org cannot move under itself or its own descendants.
  const ownSubtree = useMemo(() => new Set((nodes ?? []).filter((n) => n.path.startsWith(org.path)).map((n) => n.id)), [nodes, org.path]);

  const save = useMutation({
    mutationFn: async (v: Values) => {
      if (mode === 'create') return unwrap(client.POST('/api/v1/orgs', { body: { parentId: org.id, name: v.name!, kind: v.kind! } }));
      if (mode === 'rename') return unwrap(client.PATCH('/api/v1/orgs/{id}', { params: { path: { id: org.id } }, body: { name: v.name } }));
      return unwrap(client.POST('/api/v1/orgs/{id}/move', { params: { path: { id: org.id } }, body: { parentId: v.parentId! } }));
    },
    onSuccess: (res) => {
      showSuccess(t(mode === 'create' ? orgText.created : mode === 'move' ? orgText.moved : common.saved));
      onDone(mode === 'create' ? res?.id : org.id);
    },
  });

  const title = t(mode === 'create' ? orgText.addChild : mode === 'rename' ? orgText.rename : orgText.move);
  const initial: Values = mode === 'create' ? { kind: childKind(org.kind) } : mode === 'rename' ? { name: org.name } : { parentId: org.parentId ?? undefined };

  return (
    <Modal
      open
      title={`${title} · ${org.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        {mode !== 'move' && (
          <Form.Item name="name" label={t(orgText.name)} rules={[{ required: true, whitespace: true, message: t(orgText.nameRequired) }, { max: 100 }]}>
            <Input autoFocus />
          </Form.Item>
        )}
        {mode === 'create' && (
          <Form.Item name="kind" label={t(orgText.kind)} rules={[{ required: true }]}>
            <Select options={orgKinds.filter((k) => k !== 'committee').map((k) => ({ value: k, label: t(kindLabels[k]) }))} />
          </Form.Item>
        )}
        {mode === 'move' && (
          <Form.Item name="parentId" label={t(orgText.newParent)} rules={[{ required: true, message: t(orgText.parentRequired) }]}>
            <OrgTreeSelect disabledIds={ownSubtree} allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
