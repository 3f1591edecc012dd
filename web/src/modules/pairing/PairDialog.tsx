import { useEffect, useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { PersonPicker, PersonSearch, type PickerProps } from '../../kernel/PersonSearch.js';
import { FormError } from './FormError.js';
import { pText as m } from './messages.js';
import { pairingApi, pairingKey, type Pair } from './pairing.api.js';
import { validValues } from './usePairing.js';

/** Pick an approved entrepreneur the caller reaches by name or company; those already paired say with whom. */
export function EntrepreneurPicker(props: PickerProps) {
  const { t } = useI18n();
  return (
    <PersonSearch
      {...props}
      placeholder={t(m.pickEntrepreneur)}
      queryKey={[...pairingKey, 'pick-entrepreneur']}
      search={(q) => pairingApi.entrepreneurs({ q, status: 'approved', pageSize: 20 })}
      option={(e) => ({ value: e.id, label: `${e.name} · ${e.company}${e.pair ? ` · ${t(m.isPaired)}${t(punct.colon)}${e.pair.cadreName}` : ''}` })}
    />
  );
}

type Values = { cadrePersonId: number; entrepreneurId: number; note?: string; reassignReason?: string };

/** A new pair, or (`handOver`) the entrepreneur of an active pair handed to another cadre with a reason, in one step. */
export function PairDialog({ open, handOver, onClose }: { open: boolean; handOver?: Pair | null; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [otherError, setOtherError] = useState<unknown>(null);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setOtherError(null);
    if (handOver) form.setFieldsValue({ entrepreneurId: handOver.entrepreneurId });
  }, [open, handOver, form]);
  const save = useMutation({
    mutationFn: (v: Values) => pairingApi.createPair({ ...v, note: v.note?.trim() ?? '' }),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(m.pairCreated));
      void qc.invalidateQueries({ queryKey: pairingKey });
      onClose();
    },
    onError: (err) => setOtherError(applyFieldErrors(form, err) ? null : err),
  });
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setOtherError(null);
    save.mutate(v);
  };
  return (
    <Modal
      open={open}
      title={handOver ? `${t(m.handOverTitle)} · ${handOver.entrepreneurName}` : t(m.newPair)}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okText={t(common.confirm)}
      cancelText={t(common.cancel)}
      destroyOnHidden
    >
      <FormError err={otherError} />
      <Form form={form} layout="vertical" data-testid="pair-form">
        <Form.Item name="cadrePersonId" label={t(m.cadreName)} rules={[{ required: true, message: t(m.required, { name: t(m.cadreName) }) }]}>
          <PersonPicker testId="pair-cadre" />
        </Form.Item>
        {handOver ? (
          <>
            <Form.Item name="entrepreneurId" hidden>
              <Input />
            </Form.Item>
            <p>
              {t(m.entrepreneur)}{t(punct.colon)}{handOver.entrepreneurName} · {handOver.company}{t(punct.open)}{t(m.cadre)}{t(punct.colon)}{handOver.cadreName}{t(punct.close)}
            </p>
            <Form.Item name="reassignReason" label={t(m.handOverReason)} extra={t(m.handOverHint)} rules={[{ required: true, whitespace: true, min: 2, message: t(m.required, { name: t(m.handOverReason) }) }, { max: 500 }]}>
              <Input.TextArea rows={2} data-testid="pair-reason" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="entrepreneurId" label={t(m.entrepreneur)} rules={[{ required: true, message: t(m.required, { name: t(m.entrepreneur) }) }]}>
            <EntrepreneurPicker testId="pair-entrepreneur" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t(m.note)} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
