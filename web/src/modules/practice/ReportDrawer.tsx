import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { modal, showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { Loading } from '../../kernel/Loading.js';
import { fmtDateTime } from '../activities/useActivities.js';
import { OrgMultiSelect } from '../activities/OrgMultiSelect.js';
import { pText as m, reportColor } from './messages.js';
import { practiceKey } from './ProjectsPage.js';
import type { Attachment } from './practice.api-types.js';

export function AttachmentList({ items, onRemove }: { items: Attachment[]; onRemove?: (a: Attachment) => void }) {
  const { t } = useI18n();
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((a) => (
        <li key={a.id} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '4px 0' }}>
          <PaperClipOutlined />
          <a href={a.url} target="_blank" rel="noopener" style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {a.originalName || `#${a.id}`}
          </a>
          <span style={{ color: '#999', fontSize: 12 }}>{Math.max(1, Math.round(a.size / 1024))} KB</span>
          {onRemove && (
            <Button size="small" type="link" danger onClick={() => onRemove(a)}>
              {t(m.removeAttachment)}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A submitted report with the reviewer's three actions: return with comments, approve, publish as an article. */
export function ReportDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<'return' | 'publish' | null>(null);
  const [form] = Form.useForm<{ comment?: string; audienceOrgIds?: number[] }>();
  const { data: r, isLoading } = useQuery({ queryKey: [...practiceKey, 'report', id], queryFn: () => unwrap(client.GET('/api/v1/practice/reports/{id}', { params: { path: { id } } })) });
  const done = () => {
    void qc.invalidateQueries({ queryKey: practiceKey });
    setDialog(null);
    form.resetFields();
  };
  const review = useMutation({
    mutationFn: (v: { action: 'return' | 'approve'; comment?: string }) =>
      unwrap(client.POST('/api/v1/practice/reports/{id}/review', { params: { path: { id } }, body: { action: v.action, comment: v.comment ?? '' } })),
    onSuccess: (_r, v) => {
      showSuccess(t(v.action === 'return' ? m.returnedOk : m.approvedOk));
      done();
    },
  });
  const publish = useMutation({
    mutationFn: (audienceOrgIds: number[]) => unwrap(client.POST('/api/v1/practice/reports/{id}/publish', { params: { path: { id } }, body: { audienceOrgIds } })),
    onSuccess: () => {
      showSuccess(t(m.publishedOk));
      done();
    },
  });
  const canReview = can('practice.review');

  return (
    <Drawer
      open
      onClose={onClose}
      size={720}
      title={r ? r.title : t(m.detail)}
      extra={
        r &&
        canReview && (
          <Space>
            {r.status === 'submitted' && (
              <>
                <Button danger onClick={() => setDialog('return')}>
                  {t(m.return)}
                </Button>
                <Button
                  type="primary"
                  onClick={() =>
                    modal()?.confirm({ title: t(m.approve), content: t(m.approveConfirm, { title: r.title }), okText: t(m.approve), cancelText: t(common.cancel), onOk: () => review.mutateAsync({ action: 'approve' }) })
                  }
                >
                  {t(m.approve)}
                </Button>
              </>
            )}
            {r.status === 'approved' && !r.contentId && (
              <Button type="primary" onClick={() => setDialog('publish')}>
                {t(m.publish)}
              </Button>
            )}
            {r.contentId && can('content.read') && <Button onClick={() => nav(`/content/${r.contentId}`)}>{t(m.viewArticle)}</Button>}
          </Space>
        )
      }
    >
      {isLoading || !r ? (
        <Loading />
      ) : (
        <>
          <Descriptions column={2} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t(m.author)}>{r.authorName}</Descriptions.Item>
            <Descriptions.Item label={t(m.org)}>{r.orgName}</Descriptions.Item>
            <Descriptions.Item label={t(m.project)}>{r.projectTitle ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t(m.status)}>
              <Tag color={reportColor[r.status]}>{t(m[r.status])}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t(m.submittedAt)}>{fmtDateTime(r.submittedAt, lang)}</Descriptions.Item>
          </Descriptions>
          {r.reviewComment && <Alert type="warning" showIcon title={t(m.reviewComment)} description={r.reviewComment} style={{ marginBottom: 16 }} />}
          {/* Sanitised by the server when the author saved it. */}
          <div className="vg-article" dangerouslySetInnerHTML={{ __html: r.body }} />
          {r.attachments.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t(m.attachments)}
              </Typography.Title>
              <AttachmentList items={r.attachments} />
            </>
          )}
        </>
      )}
      <Modal
        open={dialog !== null}
        title={dialog === 'return' ? t(m.return) : t(m.publish)}
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
        okText={dialog === 'return' ? t(m.return) : t(m.publish)}
        cancelText={t(common.cancel)}
        okButtonProps={{ danger: dialog === 'return' }}
        confirmLoading={review.isPending || publish.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => (dialog === 'return' ? review.mutate({ action: 'return', comment: v.comment?.trim() }) : publish.mutate(v.audienceOrgIds ?? []))}>
          {dialog === 'return' ? (
            <Form.Item name="comment" label={t(m.returnComment)} rules={[{ required: true, whitespace: true, message: t(m.returnRequired) }, { max: 2000 }]}>
              <Input.TextArea autoSize={{ minRows: 4 }} autoFocus />
            </Form.Item>
          ) : (
            <Form.Item name="audienceOrgIds" label={t(m.audience)} extra={t(m.publishHelp)}>
              <OrgMultiSelect />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Drawer>
  );
}
