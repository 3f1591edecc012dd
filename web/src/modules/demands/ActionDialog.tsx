import { useEffect, useState } from 'react';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useI18n, type Text } from '../../kernel/i18n.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { dText } from './messages.js';
import { useDemandAction, useDepartments } from './useDemands.js';
import { validValues } from '../../kernel/form-values.js';

export type DialogKind = 'dispatch' | 'redispatch' | 'return' | 'note' | 'extension' | 'answer' | 'supervise';

const titles: Record<DialogKind, Text> = {
  dispatch: dText.dispatchTo,
  redispatch: dText.redispatch,
  return: dText.returnIt,
  note: dText.note,
  extension: dText.extension,
  answer: dText.answerCitizen,
  supervise: dText.superviseNotice,
};
const paths: Record<DialogKind, string> = { dispatch: 'dispatch', redispatch: 'redispatch', return: 'return', note: 'notes', extension: 'extensions', answer: 'answer', supervise: 'supervise' };

/** The form behind one workflow action that needs input; Ctrl+Enter in a text box submits. */
export function ActionDialog({ kind, demandId, defaultOrgId, onClose }: { kind: DialogKind | null; demandId: number; defaultOrgId?: number | null; onClose: (done: boolean) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const act = useDemandAction();
  const depts = useDepartments(kind === 'dispatch' || kind === 'redispatch');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (kind) form.setFieldsValue({ orgId: defaultOrgId ?? undefined, workingDays: 3, note: '', reason: '', answer: '' });
  }, [kind, defaultOrgId, form]);
  if (!kind) return null;

  const submit = async () => {
    const v = (await validValues(form)) as { orgId?: number; note?: string; reason?: string; workingDays?: number; answer?: string } | null;
    if (!v) return;
    const body =
      kind === 'dispatch' || kind === 'redispatch'
        ? { orgId: v.orgId, note: v.note || undefined }
        : kind === 'return'
          ? { reason: v.reason }
          : kind === 'note' || kind === 'supervise'
            ? { note: v.note }
            : kind === 'extension'
              ? { workingDays: v.workingDays, reason: v.reason }
              : { answer: v.answer };
    setBusy(true);
    try {
      await act.mutateAsync({ id: demandId, path: paths[kind], body });
      onClose(true);
    } catch (err) {
      applyFieldErrors(form, err);
    } finally {
      setBusy(false);
    }
  };
  const ctrlEnter = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
  };
  const area = (name: string, label: Text, min: number) => (
    <Form.Item name={name} label={t(label)} rules={[{ required: min > 0, min }]}>
      <Input.TextArea autoFocus rows={4} onKeyDown={ctrlEnter} data-testid={`dialog-${name}`} />
    </Form.Item>
  );

  return (
    <Modal open title={t(titles[kind])} onOk={() => void submit()} confirmLoading={busy} onCancel={() => onClose(false)} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        {(kind === 'dispatch' || kind === 'redispatch') && (
          <>
            <Form.Item name="orgId" label={t(dText.targetOrg)} rules={[{ required: true }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                data-testid="dialog-org"
                loading={depts.isLoading}
                options={(depts.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              />
            </Form.Item>
            {area('note', dText.reason, 0)}
          </>
        )}
        {(kind === 'return' || kind === 'extension') && (
          <>
            {kind === 'extension' && (
              <Form.Item name="workingDays" label={t(dText.workingDays)} rules={[{ required: true }]}>
                <InputNumber min={1} max={30} />
              </Form.Item>
            )}
            {area('reason', dText.reason, 2)}
          </>
        )}
        {kind === 'note' && area('note', dText.note, 1)}
        {kind === 'supervise' && area('note', dText.superviseRequest, 2)}
        {kind === 'answer' && area('answer', dText.answer, 2)}
      </Form>
    </Modal>
  );
}
