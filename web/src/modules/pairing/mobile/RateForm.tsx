import { useState } from 'react';
import { Button, Form, Input, Popconfirm, Radio } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { pText as m } from '../messages.js';
import { pairingApi, pairingKey, type Rating } from '../pairing.api.js';
import { validValues } from '../usePairing.js';

/** The entrepreneur rates an answered concern; dissatisfied (with a reason, after a confirmation) sends it back to be handled again. */
export function RateForm({ demandId }: { demandId: number }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Rating>();
  const result = Form.useWatch('result', form);
  const [confirming, setConfirming] = useState(false);
  const rate = useMutation({
    mutationFn: (v: Rating) => pairingApi.rate(demandId, { result: v.result, comment: v.comment?.trim() || undefined }),
    onSuccess: () => {
      showSuccess(t(m.rated));
      void qc.invalidateQueries({ queryKey: pairingKey });
    },
  });
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    if (v.result === 'dissatisfied') setConfirming(true);
    else rate.mutate(v);
  };
  return (
    <Form form={form} layout="vertical" style={{ marginTop: 10 }} data-testid="m-rate-form">
      <Form.Item name="result" label={t(m.rate)} rules={[{ required: true, message: t(m.required, { name: t(m.satisfaction) }) }]}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="m-rate-result">
          {(['satisfied', 'basically_satisfied', 'dissatisfied'] as const).map((r) => (
            <Radio.Button key={r} value={r}>
              {t(m[r])}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="comment"
        label={t(m.rateComment)}
        extra={result === 'dissatisfied' ? t(m.rateCommentNeeded) : undefined}
        rules={[{ required: result === 'dissatisfied', whitespace: true, message: t(m.rateCommentNeeded) }, { max: 500 }]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="m-rate-comment" />
      </Form.Item>
      <Popconfirm
        open={confirming}
        title={t(m.rateConfirmDissatisfied)}
        okText={t(common.confirm)}
        cancelText={t(common.cancel)}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          rate.mutate(form.getFieldsValue());
        }}
      >
        <Button type="primary" block loading={rate.isPending} onClick={submit} data-testid="m-rate-submit">
          {t(m.rate)}
        </Button>
      </Popconfirm>
    </Form>
  );
}
