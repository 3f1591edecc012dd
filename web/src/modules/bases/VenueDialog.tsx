import { useEffect } from 'react';
import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { common, useI18n } from '../../kernel/i18n.js';
import { useFormSave } from '../../kernel/use-form-save.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { bText as m } from './messages.js';
import { basesApi, basesKey, type VenueBody } from './bases.api.js';

const kinds = ['party_school', 'exchange_centre', 'demonstration_point', 'room'] as const;
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '17:30' }));

/** A new venue: kind, owner, address codes, capacity; office hours (Monday to Friday 08:30–17:30) unless left open. */
export function VenueDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const save = useFormSave(form, (b: VenueBody) => basesApi.createVenue(b), { invalidate: basesKey, onDone: onClose });
  const kind = Form.useWatch('kind', form);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    save.mutate({
      ...v,
      facilities: v.facilities ?? [],
      streetCode: v.streetCode || null,
      designatedOn: v.designatedOn ? v.designatedOn.format('YYYY-MM-DD') : null,
      openingHours: v.officeHours ? weekdays : [],
      officeHours: undefined,
    } as VenueBody);
  };
  const required = (name: string) => [{ required: true, message: t(m.required, { name }) }];
  return (
    <Modal open={open} title={t(m.newVenue)} onOk={submit} onCancel={onClose} confirmLoading={save.isPending} okText={t(common.save)} cancelText={t(common.cancel)} width={600} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ kind: 'demonstration_point', capacity: 50, needsApproval: true, shared: true, officeHours: true }} data-testid="venue-form">
        <Form.Item name="kind" label={t(m.kind)} rules={required(t(m.kind))}>
          <Select options={kinds.map((k) => ({ value: k, label: t(m[k]) }))} />
        </Form.Item>
        <Form.Item name="name" label={t(m.name)} rules={required(t(m.name))}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="theme" label={t(m.theme)}>
          <Input maxLength={200} placeholder="党建+营商环境" />
        </Form.Item>
        <Form.Item name="orgId" label={t(m.owner)} rules={required(t(m.owner))}>
          <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="districtCode" label={t(m.district)} rules={required(t(m.district))}>
          <Input maxLength={6} placeholder="370202" />
        </Form.Item>
        <Form.Item name="streetCode" label={t(m.street)}>
          <Input maxLength={9} placeholder="370202001" />
        </Form.Item>
        <Form.Item name="address" label={t(m.address)}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="capacity" label={t(m.capacity)} rules={required(t(m.capacity))}>
          <InputNumber min={1} max={100000} />
        </Form.Item>
        <Form.Item name="facilities" label={t(m.facilities)}>
          <Select mode="tags" options={['投影', 'LED屏', '音响', '话筒', '电子签到', '直播设备', '党建书屋', '展陈'].map((f) => ({ value: f, label: f }))} />
        </Form.Item>
        {kind === 'demonstration_point' && (
          <Form.Item name="designatedOn" label={t(m.designatedOn)} rules={required(t(m.designatedOn))}>
            <DatePicker />
          </Form.Item>
        )}
        <Form.Item name="officeHours" valuePropName="checked">
          <Checkbox>{t(m.officeHours)}</Checkbox>
        </Form.Item>
        <Form.Item name="needsApproval" valuePropName="checked">
          <Checkbox>{t(m.needsApproval)}</Checkbox>
        </Form.Item>
        <Form.Item name="shared" valuePropName="checked">
          <Checkbox>{t(m.shared)}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
