import { useEffect, useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { AccountIssued } from './AccountIssued.js';
import { EntrepreneurFields, fieldsBody } from './EntrepreneurFields.js';
import { FormError } from './FormError.js';
import { pText as m } from './messages.js';
import { pairingApi, pairingKey, type RegisterBody, type Reviewed } from './pairing.api.js';
import { usePairingOptions, validValues } from './usePairing.js';

/** Staff register an entrepreneur at an organisation of their scope: approved at once, the account's initial password shown once. */
export function RegisterDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const options = usePairingOptions().data;
  const [issued, setIssued] = useState<Reviewed | null>(null);
  const [otherError, setOtherError] = useState<unknown>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      setOtherError(null);
    }
  }, [open, form]);
  const save = useMutation({
    mutationFn: (v: RegisterBody) => pairingApi.register(v),
    meta: { silent: true },
    onSuccess: (r) => {
      showSuccess(t(m.registered));
      void qc.invalidateQueries({ queryKey: pairingKey });
      onClose();
      setIssued(r);
    },
    onError: (err) => setOtherError(applyFieldErrors(form, err) ? null : err),
  });
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setOtherError(null);
    save.mutate({ ...fieldsBody(v), username: v.username?.trim() || undefined } as RegisterBody);
  };
  return (
    <>
      <Modal open={open} title={t(m.register)} onOk={submit} onCancel={onClose} confirmLoading={save.isPending} okText={t(common.save)} cancelText={t(common.cancel)} width={560} destroyOnHidden>
        <FormError err={otherError} />
        <Form form={form} layout="vertical" data-testid="register-form">
          <EntrepreneurFields options={options} />
          <div data-testid="register-org">
            <Form.Item name="orgId" label={t(m.org)} rules={[{ required: true, message: t(m.required, { name: t(m.org) }) }]}>
              <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <Form.Item name="username" label={t(m.username)} extra={t(m.usernameHint)} rules={[{ pattern: /^[a-zA-Z0-9_.-]{3,32}$/, message: '3–32: a-z 0-9 _ . -' }]}>
            <Input maxLength={32} autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>
      <AccountIssued account={issued?.account ?? null} name={issued?.entrepreneur.name} onClose={() => setIssued(null)} />
    </>
  );
}

