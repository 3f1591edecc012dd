import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { errorText, modal, showError, showSuccess } from '../../kernel/feedback.js';
import { ApiError } from '../../kernel/api.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { cText as m } from './messages.js';
import type { ContentItem } from './content.api.js';

export const contentKey = ['content'];
type Action = 'submit' | 'return' | 'publish' | 'archive';
const fieldNames: Record<string, { zh: string; en: string }> = { body: m.body, video: m.video, pdf: m.pdf, durationSeconds: m.duration, comment: m.returnComment };
const done = { submit: m.submitted, return: m.returnedOk, publish: m.publishedOk, archive: m.archivedOk };

/** The review workflow's four steps, each confirmed; "return" asks for the comment the author will see. */
export function useWorkflow() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [returning, setReturning] = useState<ContentItem | null>(null);
  const [form] = Form.useForm<{ comment: string }>();
  const move = useMutation({
    mutationFn: (v: { id: number; action: Action; comment?: string }) => unwrap(client.POST('/api/v1/content/{id}/transitions', { params: { path: { id: v.id } }, body: { action: v.action, comment: v.comment } })),
    meta: { silent: true },
    onSuccess: (_r, v) => {
      showSuccess(t(done[v.action]));
      void qc.invalidateQueries({ queryKey: contentKey });
    },
    onError: (err) => {
      // "Submit" names what the item still lacks (text, the video, the PDF, a duration).
      if (err instanceof ApiError && err.code === 'validation_failed' && Array.isArray(err.details)) {
        const names = (err.details as { field?: string }[]).map((d) => (d.field && fieldNames[d.field] ? t(fieldNames[d.field]) : d.field)).filter(Boolean);
        showError(new Error(`${errorText(err)}${names.length ? `：${names.join('、')}` : ''}`));
      } else showError(err);
    },
  });

  const ask = (item: ContentItem, action: Exclude<Action, 'return'>) => {
    const cfg = {
      submit: { title: t(m.submit), content: t(m.submitConfirm), danger: false },
      publish: { title: t(m.publish), content: t(m.publishConfirm, { title: item.title }), danger: false },
      archive: { title: t(m.archive), content: t(m.archiveConfirm, { title: item.title }), danger: true },
    }[action];
    modal()?.confirm({
      title: cfg.title,
      content: cfg.content,
      okText: cfg.title,
      cancelText: t(common.cancel),
      okButtonProps: { danger: cfg.danger },
      onOk: () => move.mutateAsync({ id: item.id, action }),
    });
  };

  const returnDialog = returning && (
    <Modal
      open
      title={`${t(m.return)} · ${returning.title}`}
      onCancel={() => setReturning(null)}
      onOk={() => form.submit()}
      okText={t(m.return)}
      cancelText={t(common.cancel)}
      okButtonProps={{ danger: true }}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await move.mutateAsync({ id: returning.id, action: 'return', comment: v.comment.trim() });
          setReturning(null);
          form.resetFields();
        }}
      >
        <Form.Item name="comment" label={t(m.returnComment)} rules={[{ required: true, whitespace: true, message: t(m.returnCommentRequired) }, { max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );

  return { ask, startReturn: setReturning, returnDialog, pending: move.isPending };
}
