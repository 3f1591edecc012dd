import { useEffect, useState, type ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { FormError } from '../FormError.js';
import { validValues } from '../usePairing.js';

type Props<V> = {
  open: boolean;
  title: string;
  /** Field values when it opens (an edit); empty for a new record. */
  initial?: Partial<V>;
  onClose: () => void;
  save: (v: V) => Promise<unknown>;
  done: string;
  invalidate: QueryKey;
  testId?: string;
  width?: number;
  children: (form: FormInstance<V>) => ReactNode;
};

/** A modal form: the server's field errors land under the fields, any other refusal above them; closes once saved. */
export function FormDialog<V extends object>({ open, title, initial, onClose, save, done, invalidate, testId, width, children }: Props<V>) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<V>();
  const [otherError, setOtherError] = useState<unknown>(null);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setOtherError(null);
    if (initial) form.setFieldsValue(initial as Parameters<typeof form.setFieldsValue>[0]);
  }, [open, initial, form]);
  const mutation = useMutation({
    mutationFn: save,
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(done);
      void qc.invalidateQueries({ queryKey: invalidate });
      onClose();
    },
    onError: (err) => setOtherError(applyFieldErrors(form, err) ? null : err),
  });
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setOtherError(null);
    mutation.mutate(v);
  };
  return (
    <Modal open={open} title={title} onOk={submit} onCancel={onClose} confirmLoading={mutation.isPending} okText={t(common.save)} cancelText={t(common.cancel)} width={width ?? 560} destroyOnHidden>
      <FormError err={otherError} />
      <Form form={form} layout="vertical" data-testid={testId}>
        {children(form)}
      </Form>
    </Modal>
  );
}
