import { useMemo } from 'react';
import { Form, Input, Radio } from 'antd';
import type { QueryKey } from '@tanstack/react-query';
import { useI18n } from '../../../kernel/i18n.js';
import { FormDialog } from './FormDialog.js';
import { rText as m } from './messages.js';
import type { Output, OutputBody } from './research.api.js';

/** Draft a new output of a topic, or (`output`) change one that is with its authors (draft or returned). */
export function OutputDialog({ open, output, onClose, save, invalidate }: { open: boolean; output?: Output | null; onClose: () => void; save: (v: OutputBody) => Promise<unknown>; invalidate: QueryKey }) {
  const { t } = useI18n();
  const initial = useMemo<Partial<OutputBody>>(() => (output ? { kind: output.kind, title: output.title, summary: output.summary, body: output.body } : { kind: 'report' }), [output]);
  return (
    <FormDialog<OutputBody>
      open={open}
      title={t(output ? m.editOutput : m.addOutput)}
      initial={initial}
      onClose={onClose}
      done={t(m.saved)}
      invalidate={invalidate}
      testId="output-form"
      width={640}
      save={(v) => save({ kind: v.kind, title: v.title.trim(), summary: v.summary?.trim() ?? '', body: v.body?.trim() ?? '' })}
    >
      {() => (
        <>
          <Form.Item name="kind" label={t(m.kind)} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={(['report', 'policy_proposal'] as const).map((k) => ({ value: k, label: t(m.kinds[k]) }))} />
          </Form.Item>
          <Form.Item name="title" label={t(m.outputTitle)} rules={[{ required: true, whitespace: true, message: t(m.required, { name: t(m.outputTitle) }) }, { min: 2, max: 120 }]}>
            <Input data-testid="output-title" />
          </Form.Item>
          <Form.Item name="summary" label={t(m.summary)} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} data-testid="output-summary" />
          </Form.Item>
          <Form.Item name="body" label={t(m.body)} rules={[{ max: 100_000 }]}>
            <Input.TextArea rows={8} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
