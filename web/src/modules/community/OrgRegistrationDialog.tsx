import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormSave } from '../../kernel/use-form-save.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { communityApi, communityKey } from './community.api.js';
import { cText as m } from './messages.js';
import { CommunityPicker } from './Pickers.js';
import { useNeedTypes } from './useCommunity.js';
import { validValues } from '../../kernel/form-values.js';

interface Values {
  orgId: number;
  communityIds: number[];
  period: [Dayjs, Dayjs];
  contactName: string;
  contactPhone: string;
  agreedServices: string[];
  note?: string;
}

/** An organisation registers with a community (共建协议); the community's staff confirm it. */
export function OrgRegistrationDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const types = useNeedTypes();
  const propose = useFormSave(form, (v: Values) =>
      communityApi.proposeOrg({
        orgId: v.orgId,
        communityIds: v.communityIds,
        periodStart: v.period[0].format('YYYY-MM-DD'),
        periodEnd: v.period[1].format('YYYY-MM-DD'),
        contactName: v.contactName.trim(),
        contactPhone: v.contactPhone.trim(),
        agreedServices: v.agreedServices ?? [],
        note: v.note?.trim() || undefined,
      }), { invalidate: communityKey, onDone: onClose });
  return (
    <Modal
      open={open}
      title={t(m.propose)}
      onCancel={onClose}
      onOk={async () => {
        const v = await validValues(form);
        if (v) propose.mutate(v);
      }}
      confirmLoading={propose.isPending}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ period: [dayjs(), dayjs().add(1, 'year')], agreedServices: [] }}>
        <Form.Item name="orgId" label={t(m.organisation)} rules={[{ required: true }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="communityIds" label={t(m.community)} rules={[{ required: true }]}>
          <CommunityPicker multiple placeholder={t(m.pickCommunityHint)} />
        </Form.Item>
        <Form.Item name="period" label={t(m.period)} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="contactName" label={t(m.contact)} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t(m.contactPhone)} rules={[{ required: true, pattern: /^[\d\- ]{7,20}$/ }]}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
        <Form.Item name="agreedServices" label={t(m.agreedServices)}>
          <Select mode="multiple" options={(types.data?.items ?? []).map((x) => ({ value: x.code, label: lang === 'zh' ? x.name : x.nameEn }))} />
        </Form.Item>
        <Form.Item name="note" label={t(m.note)}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
