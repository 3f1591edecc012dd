import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { charCount, MIN_ANSWER_CHARS, TEMPLATE_BLANK } from '../../../../common/citizen-text.js';
import { ResultPhotos } from './ResultPhotos.js';
import { useI18n, type Text } from '../../kernel/i18n.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { dText } from './messages.js';
import { demandsKey, useDemandAction, useDepartments } from './useDemands.js';
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
export function ActionDialog({ kind, demandId, defaultOrgId, replyTemplate, onClose }: {
  kind: DialogKind | null;
  demandId: number;
  defaultOrgId?: number | null;
  /** The category's reply template (answer dialog). */
  replyTemplate?: string;
  onClose: (done: boolean) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const act = useDemandAction();
  const dispatching = kind === 'dispatch' || kind === 'redispatch';
  const depts = useDepartments(dispatching);
  // The department the rules would pick: offered first, chosen at once when none is chosen yet.
  const suggestion = useQuery({
    enabled: dispatching,
    queryKey: [...demandsKey, 'suggestion', demandId],
    queryFn: () => unwrap(client.GET('/api/v1/demands/{id}/dispatch-suggestion', { params: { path: { id: demandId } } })),
  });
  const suggested = suggestion.data?.orgId ?? null;
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (kind) form.setFieldsValue({ orgId: defaultOrgId ?? undefined, workingDays: 3, note: '', reason: '', answer: '' });
  }, [kind, defaultOrgId, form]);
  useEffect(() => {
    if (dispatching && suggested && !form.getFieldValue('orgId')) form.setFieldsValue({ orgId: suggested });
  }, [dispatching, suggested, form]);
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
        {dispatching && (
          <>
            {suggestion.data && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                data-testid="dialog-suggestion"
                title={suggestion.data.orgName ? t(dText.suggested, { org: suggestion.data.orgName }) : t(dText.noSuggestion)}
                action={
                  suggested ? (
                    <Button size="small" onClick={() => form.setFieldsValue({ orgId: suggested })} data-testid="use-suggestion">
                      {t(dText.useSuggestion)}
                    </Button>
                  ) : undefined
                }
              />
            )}
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
        {kind === 'answer' && (
          <>
            {replyTemplate && (
              <Button size="small" style={{ marginBottom: 8 }} onClick={() => form.setFieldsValue({ answer: replyTemplate })} data-testid="use-template">
                {t(dText.useTemplate)}
              </Button>
            )}
            <Form.Item
              name="answer"
              label={t(dText.answer)}
              extra={t(dText.answerRule, { n: MIN_ANSWER_CHARS })}
              rules={[
                {
                  validator: async (_rule, value?: string) => {
                    const text = (value ?? '').trim();
                    if (charCount(text) < MIN_ANSWER_CHARS) throw new Error(t(dText.answerTooShort, { n: MIN_ANSWER_CHARS }));
                    if (text.includes(TEMPLATE_BLANK)) throw new Error(t(dText.answerBlank));
                  },
                },
              ]}
            >
              <Input.TextArea autoFocus rows={6} onKeyDown={ctrlEnter} data-testid="dialog-answer" />
            </Form.Item>
            <ResultPhotos demandId={demandId} />
          </>
        )}
      </Form>
    </Modal>
  );
}
