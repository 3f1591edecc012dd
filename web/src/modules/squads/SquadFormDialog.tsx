import { AutoComplete, DatePicker, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { fieldOptions, sqText as m } from './messages.js';
import { PersonPicker } from './PersonPicker.js';
import { squadsApi, squadsKey, type Squad } from './squads.api.js';

interface Values {
  name: string;
  orgId: number;
  field: string;
  leaderPersonId: number;
  startedOn: Dayjs;
  mission?: string;
}

/** 组建尖刀班: name, supervising organisation, field, leader, start date and mission. */
export function SquadFormDialog({ onClose, onCreated }: { onClose: () => void; onCreated?: (s: Squad) => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const create = useMutation({
    mutationFn: (v: Values) =>
      squadsApi.create({ name: v.name.trim(), orgId: v.orgId, field: v.field.trim(), leaderPersonId: v.leaderPersonId, startedOn: v.startedOn.format('YYYY-MM-DD'), mission: v.mission?.trim() ?? '' }),
    onSuccess: (s) => {
      showSuccess(t(m.created));
      void qc.invalidateQueries({ queryKey: squadsKey });
      onCreated?.(s);
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  return (
    <Modal open title={t(m.newSquad)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} okText={t(common.save)} cancelText={t(common.cancel)} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ startedOn: dayjs() }} onFinish={(v) => create.mutate(v)} data-testid="squad-form">
        <Form.Item name="name" label={t(m.name)} rules={[{ required: true, whitespace: true }, { min: 2, max: 60 }]}>
          <Input placeholder="招商引资青年尖刀班" data-testid="squad-name" />
        </Form.Item>
        <Form.Item name="orgId" label={t(m.org)} rules={[{ required: true }]}>
          <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="field" label={t(m.field)} rules={[{ required: true, whitespace: true }, { max: 40 }]}>
          <AutoComplete options={fieldOptions.map((f) => ({ value: f }))} data-testid="squad-field" />
        </Form.Item>
        <Form.Item name="leaderPersonId" label={t(m.leader)} rules={[{ required: true }]}>
          <PersonPicker testId="squad-leader" />
        </Form.Item>
        <Form.Item name="startedOn" label={t(m.startedOn)} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="mission" label={t(m.mission)} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="打头阵、当先锋、抓落实" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
