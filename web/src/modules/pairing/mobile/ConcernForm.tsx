import { useState } from 'react';
import { Button, Card, Form, Input, Popconfirm, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { FormError } from '../FormError.js';
import { pText as m } from '../messages.js';
import { pairingKey, type Concern, type ConcernBody } from '../pairing.api.js';
import { usePairingOptions, validValues } from '../usePairing.js';

/** A concern (急难愁盼): category, an optional title and what is wrong; sent after a confirmation, since it goes to a department. */
export function ConcernForm({ send, onDone }: { send: (body: ConcernBody) => Promise<Concern>; onDone: (c: Concern) => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<ConcernBody>();
  const [otherError, setOtherError] = useState<unknown>(null);
  const options = usePairingOptions();
  const save = useMutation({
    mutationFn: send,
    meta: { silent: true },
    onSuccess: (c) => {
      showSuccess(t(m.raised));
      void qc.invalidateQueries({ queryKey: pairingKey });
      onDone(c);
    },
    onError: (err) => setOtherError(applyFieldErrors(form, err) ? null : err),
  });
  const [confirming, setConfirming] = useState(false);
  const ask = async () => {
    if (!(await validValues(form))) return;
    setOtherError(null);
    setConfirming(true);
  };
  return (
    <Card size="small" variant="borderless">
      <FormError err={otherError} />
      <Form form={form} layout="vertical" data-testid="m-concern-form">
        <Form.Item name="category" label={t(m.category)} rules={[{ required: true, message: t(m.required, { name: t(m.category) }) }]}>
          <Select loading={options.isLoading} options={(options.data?.concernCategories ?? []).map((c) => ({ value: c.code, label: c.name }))} data-testid="m-concern-category" />
        </Form.Item>
        <Form.Item name="title" label={t(m.title)} rules={[{ max: 120 }]}>
          <Input placeholder={t(m.titleHint)} maxLength={120} data-testid="m-concern-title" />
        </Form.Item>
        <Form.Item name="description" label={t(m.description)} rules={[{ required: true, whitespace: true, message: t(m.required, { name: t(m.description) }) }, { min: 5, message: t(m.descriptionShort) }, { max: 4000 }]}>
          <Input.TextArea rows={5} placeholder={t(m.descriptionHint)} maxLength={4000} showCount data-testid="m-concern-description" />
        </Form.Item>
        <Popconfirm
          open={confirming}
          title={t(m.raiseConfirm)}
          okText={t(common.confirm)}
          cancelText={t(common.cancel)}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            save.mutate(form.getFieldsValue());
          }}
        >
          <Button type="primary" block size="large" loading={save.isPending} onClick={ask} data-testid="m-concern-submit">
            {t(m.raise)}
          </Button>
        </Popconfirm>
      </Form>
    </Card>
  );
}
