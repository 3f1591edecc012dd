import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useFormSave } from '../../kernel/use-form-save.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { communityApi, communityKey, type Community } from './community.api.js';
import { cText as m } from './messages.js';
import { useAreas } from './useCommunity.js';
import { validValues } from '../../kernel/form-values.js';

interface Values {
  name: string;
  streetCode: string;
  partyOrgName?: string;
  phone?: string;
  address?: string;
}

/** The committee keeps the directory: a new community (`community` = 'new') or changes to one (name, street, party organisation, contact). */
export function CommunityFormDialog({ community, onClose }: { community: Community | 'new' | null; onClose: () => void }) {
  const { t } = useI18n();
  const areas = useAreas();
  const [form] = Form.useForm<Values>();
  const editing = community && community !== 'new' ? community : null;
  useEffect(() => {
    if (editing) form.setFieldsValue({ name: editing.name, streetCode: editing.streetCode, partyOrgName: editing.partyOrgName, phone: editing.phone ?? '', address: editing.address ?? '' });
  }, [editing, form]);
  const save = useFormSave(
    form,
    (v: Values) => {
      const body = { name: v.name.trim(), streetCode: v.streetCode, partyOrgName: v.partyOrgName?.trim() || undefined, phone: v.phone?.trim() || null, address: v.address?.trim() || null };
      return editing ? communityApi.updateCommunity(editing.id, body) : communityApi.createCommunity(body);
    },
    { invalidate: communityKey, onDone: onClose },
  );
  const districtName = new Map((areas.data?.districts ?? []).map((d) => [d.code, d.name]));
  return (
    <Modal
      open={!!community}
      title={editing ? `${t(m.editCommunity)}${t(punct.colon)}${editing.name}` : t(m.newCommunity)}
      onCancel={onClose}
      onOk={async () => {
        const v = await validValues(form);
        if (v) save.mutate(v);
      }}
      confirmLoading={save.isPending}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} data-testid="community-form">
        <Form.Item name="name" label={t(m.name)} rules={[{ required: true, whitespace: true }, { min: 2, max: 60 }]}>
          <Input data-testid="community-name" />
        </Form.Item>
        <Form.Item name="streetCode" label={t(m.street)} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={areas.isLoading}
            options={(areas.data?.streets ?? []).map((s) => ({ value: s.code, label: `${districtName.get(s.districtCode) ?? ''} · ${s.name}` }))}
          />
        </Form.Item>
        <Form.Item name="partyOrgName" label={t(m.partyOrg)} extra={editing ? undefined : t(m.partyOrgDefault)} rules={[{ required: !!editing, whitespace: true }, { min: 2, max: 80 }]}>
          <Input data-testid="community-party-org" />
        </Form.Item>
        <Form.Item name="phone" label={t(m.phone)} rules={[{ pattern: /^[0-9+\-() ]{5,20}$/, message: t(m.phoneInvalid) }]}>
          <Input data-testid="community-phone" />
        </Form.Item>
        <Form.Item name="address" label={t(m.address)} rules={[{ max: 200 }]}>
          <Input data-testid="community-address" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
