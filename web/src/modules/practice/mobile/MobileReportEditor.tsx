import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Select, Space, Tag, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../kernel/api.js';
import { client, unwrap } from '../../../kernel/api-client.js';
import { errorText, modal, showError, showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { RichTextEditor } from '../../../kernel/RichTextEditor.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { pText as m, reportColor } from '../messages.js';
import { practiceKey } from '../ProjectsPage.js';
import { AttachmentList } from '../ReportDrawer.js';
import { validValues } from '../../../kernel/form-values.js';

interface Values {
  title?: string;
  projectId?: number | null;
  body?: string;
}

/** Write a report, attach pictures or PDFs, submit; a returned report comes back here with the comments. */
export default function MobileReportEditor() {
  const param = useParams().id;
  const id = param && param !== 'new' ? Number(param) : null;
  const { t } = useI18n();
  const nav = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [uploading, setUploading] = useState(false);
  const key = [...practiceKey, 'my-report', id];
  const report = useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/api/v1/me/practice/reports/{id}', { params: { path: { id: id! } } })), enabled: id != null, meta: { silent: true } });
  const projects = useQuery({ queryKey: [...practiceKey, 'open-projects', 'all'], queryFn: () => unwrap(client.GET('/api/v1/me/practice/projects', { params: { query: { pageSize: 100 } } })), meta: { silent: true } });
  const r = report.data;
  const editable = id == null || r?.status === 'draft' || r?.status === 'returned';

  useEffect(() => {
    if (r) form.setFieldsValue({ title: r.title, projectId: r.projectId, body: r.body });
  }, [r, form]);

  const save = useMutation({
    mutationFn: async ({ v }: { v: Values; then?: 'submit' }) => {
      const body = { title: v.title ?? '', body: v.body ?? '', projectId: v.projectId ?? null };
      return unwrap(id == null ? client.POST('/api/v1/me/practice/reports', { body }) : client.PATCH('/api/v1/me/practice/reports/{id}', { params: { path: { id } }, body }));
    },
    onSuccess: (saved, { then }) => {
      void qc.invalidateQueries({ queryKey: practiceKey });
      if (then === 'submit') {
        modal()?.confirm({ title: t(m.submit), content: t(m.submitConfirm), okText: t(m.submit), cancelText: t(common.cancel), onOk: () => submit.mutateAsync(saved.id) });
      } else showSuccess(t(m.saved));
      if (id == null) nav(`/m/reports/${saved.id}`, { replace: true });
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  const submit = useMutation({
    mutationFn: (reportId: number) => unwrap(client.POST('/api/v1/me/practice/reports/{id}/submit', { params: { path: { id: reportId } } })),
    onSuccess: () => {
      showSuccess(t(m.submittedOk));
      void qc.invalidateQueries({ queryKey: practiceKey });
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  const removeAttachment = useMutation({
    mutationFn: (attachmentId: number) => unwrap(client.DELETE('/api/v1/me/practice/reports/{id}/attachments/{attachmentId}', { params: { path: { id: id!, attachmentId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });

  // Projects I joined, plus the report's own (it may have closed since).
  const options = [
    { value: null as number | null, label: t(m.noProject) },
    ...(projects.data?.items ?? []).filter((p) => p.joined).map((p) => ({ value: p.id as number | null, label: p.title })),
    ...(r?.projectId && !projects.data?.items.some((p) => p.id === r.projectId) ? [{ value: r.projectId as number | null, label: r.projectTitle ?? '' }] : []),
  ];

  return (
    <>
      <MobileBar title={t(id == null ? m.write : m.editReport)} />
      <div className="vg-m-page">
        {id != null && report.isLoading ? (
          <Loading />
        ) : report.error ? (
          <Result status="warning" subTitle={errorText(report.error)} />
        ) : (
          <>
            {r && (
              <Card size="small" variant="borderless">
                <Space wrap>
                  <Tag color={reportColor[r.status]}>{t(m[r.status])}</Tag>
                  {r.contentId && <Tag color="red">{t(m.publishedOk)}</Tag>}
                </Space>
                {r.reviewComment && <Alert type={r.status === 'returned' ? 'warning' : 'info'} showIcon title={t(m.reviewComment)} description={r.reviewComment} style={{ marginTop: 8 }} data-testid="report-review-comment" />}
                {!editable && <Alert type="info" title={t(m.readOnly)} style={{ marginTop: 8 }} />}
              </Card>
            )}
            <Card size="small" variant="borderless">
              <Form<Values> form={form} layout="vertical" disabled={!editable} initialValues={{ projectId: null }} onFinish={(v) => save.mutate({ v })}>
                <Form.Item name="title" label={t(m.title)} rules={[{ required: true, whitespace: true }, { min: 2, max: 120 }]}>
                  <Input />
                </Form.Item>
                <Form.Item name="projectId" label={t(m.project)}>
                  <Select options={options} loading={projects.isLoading} />
                </Form.Item>
                <Form.Item name="body" label={t(m.body)} extra={t(m.bodyHelp)}>
                  <RichTextEditor minHeight={200} disabled={!editable} ariaLabel={t(m.body)} />
                </Form.Item>
                {editable && (
                  <Space style={{ width: '100%' }} orientation="vertical">
                    <Button block htmlType="submit" loading={save.isPending && !save.variables?.then}>
                      {t(m.save)}
                    </Button>
                    <Button
                      block
                      type="primary"
                      loading={submit.isPending || (save.isPending && save.variables?.then === 'submit')}
                      onClick={() => void validValues(form).then((v) => v && save.mutate({ v: { ...form.getFieldsValue(true), ...v }, then: 'submit' }))}
                    >
                      {t(m.submit)}
                    </Button>
                  </Space>
                )}
              </Form>
            </Card>
            <Card size="small" variant="borderless" title={t(m.attachments)}>
              {r ? (
                <>
                  <AttachmentList
                    items={r.attachments}
                    onRemove={
                      editable
                        ? (a) =>
                            modal()?.confirm({
                              title: t(m.removeAttachment),
                              content: t(m.removeConfirm),
                              okText: t(common.confirm),
                              cancelText: t(common.cancel),
                              okButtonProps: { danger: true },
                              onOk: () => removeAttachment.mutateAsync(a.id),
                            })
                        : undefined
                    }
                  />
                  {editable && (
                    <Upload
                      accept="image/png,image/jpeg,image/webp,image/gif,application/pdf"
                      showUploadList={false}
                      customRequest={async ({ file, onSuccess, onError }) => {
                        setUploading(true);
                        try {
                          onSuccess?.(await api.upload(`/me/practice/reports/${r.id}/attachments`, file as File));
                          void qc.invalidateQueries({ queryKey: key });
                        } catch (err) {
                          showError(err);
                          onError?.(err as Error);
                        } finally {
                          setUploading(false);
                        }
                      }}
                    >
                      <Button icon={<UploadOutlined />} loading={uploading} style={{ marginTop: 8 }}>
                        {t(m.upload)}
                      </Button>
                    </Upload>
                  )}
                  <div style={{ fontSize: 12, color: '#999', marginTop: 4 }}>{t(m.uploadHelp)}</div>
                </>
              ) : (
                <Alert type="info" title={t(m.uploadAfterSave)} />
              )}
            </Card>
          </>
        )}
      </div>
    </>
  );
}
