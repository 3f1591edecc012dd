import { DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../kernel/api-client.js';
import { showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { useI18n } from '../../../kernel/i18n.js';
import { validValues } from '../../../kernel/form-values.js';
import { OrgTreeSelect } from '../../org/OrgTreeSelect.js';
import { cText as m } from '../messages.js';
import { contentKey } from '../useWorkflow.js';

interface Values {
  orgId?: number;
  deadline?: Dayjs;
}

/** Makes a case required reading for an organisation and everything under it, due by the end of a day. */
export function AssignDialog({ item, onClose }: { item: { id: number; title: string }; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(client.PUT('/api/v1/content/{id}/assignments/{orgId}', { params: { path: { id: item.id, orgId: v.orgId! } }, body: { deadline: v.deadline!.format('YYYY-MM-DD') } })),
    onSuccess: () => {
      showSuccess(t(m.assignedOk));
      void qc.invalidateQueries({ queryKey: contentKey });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  return (
    <Modal open title={t(m.assignTitle, { title: item.title })} onCancel={onClose} confirmLoading={save.isPending} onOk={() => void validValues(form).then((v) => v && save.mutate(v))} destroyOnHidden>
      <Form<Values> form={form} layout="vertical">
        <Form.Item name="orgId" label={t(m.assignOrg)} rules={[{ required: true }]}>
          <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="deadline" label={t(m.deadline)} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} data-testid="assign-deadline" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
