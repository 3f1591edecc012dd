import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { client, unwrap, type Answer } from '../../kernel/api-client.js';
import { common, punct, useI18n, type Text } from '../../kernel/i18n.js';
import { useFormSave } from '../../kernel/use-form-save.js';

type AwardableEvent = Answer<'/api/v1/points/events', 'get'>['items'][number];

interface Values {
  eventType: string;
  name: string;
  points: number;
  dailyCap?: number | null;
  active: boolean;
}

const m = {
  title: { zh: '新增积分规则', en: 'New points rule' },
  event: { zh: '计分事件', en: 'Event' },
  pick: { zh: '请选择事件', en: 'Choose an event' },
  eventHelp: { zh: '只能选择已有业务模块记分的事件；同一事件可有多条规则，分别计分。', en: 'Only events a module awards points for; several rules on one event each award.' },
  name: { zh: '规则名称', en: 'Rule name' },
  points: { zh: '每次分值', en: 'Points each time' },
  dailyCap: { zh: '每日上限', en: 'Daily cap' },
  noCap: { zh: '不限', en: 'None' },
  active: { zh: '立即启用', en: 'Active now' },
  rules: { zh: '条规则', en: 'rules' },
} satisfies Record<string, Text>;

/** 新增积分规则: an event some module awards points for, a name, points per occurrence and a daily cap. */
export function NewRuleDialog({ events, onClose }: { events: AwardableEvent[]; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const save = useFormSave(form, (v: Values) => unwrap(client.POST('/api/v1/points/rules', { body: { ...v, name: v.name.trim(), dailyCap: v.dailyCap ?? null } })), {
    invalidate: ['points'],
    onDone: onClose,
  });
  return (
    <Modal open title={t(m.title)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} okText={t(common.save)} cancelText={t(common.cancel)} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ points: 1, active: true }} onFinish={(v) => save.mutate(v)} data-testid="rule-form">
        <Form.Item name="eventType" label={t(m.event)} extra={t(m.eventHelp)} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t(m.pick)}
            options={events.map((e) => ({ value: e.event, label: `${e.label[lang]}${e.rules ? `${t(punct.open)}${e.rules} ${t(m.rules)}${t(punct.close)}` : ''}` }))}
            data-testid="rule-event"
          />
        </Form.Item>
        <Form.Item name="name" label={t(m.name)} rules={[{ required: true, whitespace: true }, { min: 2, max: 40 }]}>
          <Input data-testid="rule-name" />
        </Form.Item>
        <Form.Item name="points" label={t(m.points)} rules={[{ required: true }]}>
          <InputNumber min={-1000} max={1000} precision={0} data-testid="rule-points" />
        </Form.Item>
        <Form.Item name="dailyCap" label={t(m.dailyCap)}>
          <InputNumber min={1} max={10000} precision={0} placeholder={t(m.noCap)} />
        </Form.Item>
        <Form.Item name="active" label={t(m.active)} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
