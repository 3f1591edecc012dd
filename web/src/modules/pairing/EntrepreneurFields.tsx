import { DatePicker, Form, Input, Select } from 'antd';
import { useI18n, type Text } from '../../kernel/i18n.js';
import { pText as m } from './messages.js';
import type { Options } from './pairing.api.js';

/** The entrepreneur and company fields, shared by the staff registration and the public form; the server checks the credit code. */
export function EntrepreneurFields({ options }: { options: Options | undefined }) {
  const { t } = useI18n();
  const req = (name: Text) => ({ required: true, whitespace: true, message: t(m.required, { name: t(name) }) });
  const opts = (list: keyof Options) => (options?.[list] ?? []).map((o) => ({ value: o.code, label: o.name }));
  return (
    <>
      <Form.Item name="name" label={t(m.name)} rules={[req(m.name), { min: 2, max: 30 }]}>
        <Input maxLength={30} data-testid="f-name" />
      </Form.Item>
      <Form.Item name="position" label={t(m.position)} rules={[{ max: 30 }]}>
        <Input placeholder={t(m.positionHint)} maxLength={30} data-testid="f-position" />
      </Form.Item>
      <Form.Item name="birthDate" label={t(m.birthDate)}>
        <DatePicker style={{ width: '100%' }} inputReadOnly data-testid="f-birth" />
      </Form.Item>
      <Form.Item name="company" label={t(m.company)} rules={[req(m.company), { min: 2, max: 100 }]}>
        <Input maxLength={100} data-testid="f-company" />
      </Form.Item>
      <Form.Item name="creditCode" label={t(m.creditCode)} extra={t(m.creditCodeHint)} rules={[req(m.creditCode), { max: 40 }]}>
        <Input maxLength={40} style={{ textTransform: 'uppercase' }} data-testid="f-credit-code" />
      </Form.Item>
      <Form.Item name="sector" label={t(m.sector)} rules={[req(m.sector)]}>
        <Select options={opts('sectors')} data-testid="f-sector" />
      </Form.Item>
      <Form.Item name="districtCode" label={t(m.district)} rules={[req(m.district)]}>
        <Select options={opts('districts')} data-testid="f-district" />
      </Form.Item>
      <Form.Item name="size" label={t(m.size)} rules={[req(m.size)]}>
        <Select options={opts('sizes')} data-testid="f-size" />
      </Form.Item>
      <Form.Item name="phone" label={t(m.phone)} rules={[req(m.phone), { pattern: /^\s*1\d{10}\s*$/, message: t(m.phoneInvalid) }]}>
        <Input inputMode="tel" maxLength={20} data-testid="f-phone" />
      </Form.Item>
    </>
  );
}

/** The form's values as the API takes them (the date picker holds a dayjs). */
export function fieldsBody<V extends { birthDate?: { format: (f: string) => string } | null }>(v: V) {
  return { ...v, birthDate: v.birthDate ? v.birthDate.format('YYYY-MM-DD') : undefined };
}
