import { useEffect, useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { showError } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { cText as m } from './messages.js';
import { validValues } from '../../kernel/form-values.js';

/** Asks for the reason of a decline, a return or a cancellation (`message` says what follows); closes once `onSubmit` has succeeded. */
export function ReasonDialog({ open, title, message, onSubmit, onClose }: { open: boolean; title: string; message?: string; onSubmit: (reason: string) => Promise<unknown>; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const ok = async () => {
    const values = await validValues(form);
    if (!values) return;
    const { reason } = values;
    setBusy(true);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (err) {
      if (!applyFieldErrors(form, err)) showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={title} onOk={ok} onCancel={onClose} confirmLoading={busy} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} destroyOnHidden>
      {message && <p data-testid="reason-message">{message}</p>}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t(m.reason)} rules={[{ required: true, whitespace: true, message: t(m.reasonRequired) }, { max: 500 }]}>
          <Input.TextArea rows={3} autoFocus data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
