import { Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { sText } from './messages.js';
import { showcaseApi, showcaseKey } from './showcase.api.js';

type Case = Awaited<ReturnType<typeof showcaseApi.myAssignment>>;

/** A reviewer's scores on the rubric and a comment, on the desktop workbench and on the phone; read-only once closed. */
export function RubricScoreForm({ c, phone = false, onSaved }: { c: Case; phone?: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [saving, setSaving] = useState(false);
  return (
    <Form
      layout="vertical"
      disabled={!c.open}
      initialValues={{ ...(c.scores ?? {}), comment: c.comment ?? '' }}
      onFinish={async (v: Record<string, number | string>) => {
        setSaving(true);
        try {
          const scores = Object.fromEntries(c.rubric.map((r) => [r.key, Number(v[r.key])]));
          const r = await showcaseApi.score(c.id, { scores, comment: String(v.comment ?? '') });
          showSuccess(t(sText.scoreSaved, { n: r.total }));
          await qc.invalidateQueries({ queryKey: showcaseKey });
          onSaved();
        } catch (err) {
          showError(err);
        } finally {
          setSaving(false);
        }
      }}
    >
      {c.rubric.map((r) => (
        <Form.Item key={r.key} name={r.key} label={t(sText.criterionField, { label: r.label, w: Math.round(r.weight * 100), max: r.max })} rules={[{ required: true }]}>
          <InputNumber min={0} max={r.max} step={0.5} inputMode={phone ? 'decimal' : undefined} style={{ width: phone ? '100%' : 160 }} data-testid={`score-${r.key}`} />
        </Form.Item>
      ))}
      <Form.Item name="comment" label={t(sText.comment)}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block={phone} loading={saving} data-testid="submit-score">
        {c.open ? t(sText.submitScore) : t(sText.closed)}
      </Button>
    </Form>
  );
}
