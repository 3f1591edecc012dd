import { Alert, Button, Card, Form, Input, List, Popconfirm, Space, Tag, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../kernel/api.js';
import { client, unwrap, type Answer } from '../../../kernel/api-client.js';
import { showError, showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { validValues } from '../../../kernel/form-values.js';
import { common, fill, punct, useI18n } from '../../../kernel/i18n.js';
import { EmptyState, Loading } from '../../../kernel/ui.js';
import { assessmentKey } from '../assessment.api.js';
import { asText as m, statusColor } from '../messages.js';

type Report = Answer<'/api/v1/me/assessment/reports', 'get'>['items'][number];
const reportsKey = [...assessmentKey, 'my-reports'];
const MAX_BYTES = 20 * 1024 * 1024;

/** The 述职 reports the caller's organisation owes: written, saved as a draft or submitted, with attachments, until the meeting. */
export function MyReports() {
  const { t } = useI18n();
  const reports = useQuery({ queryKey: reportsKey, queryFn: () => unwrap(client.GET('/api/v1/me/assessment/reports')) });
  if (reports.isLoading) return <Loading />;
  const items = reports.data?.items ?? [];
  if (!items.length) return <EmptyState description={t(m.noReports)} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {items.map((r) => (
        <ReportCard key={r.targetId} report={r} />
      ))}
    </Space>
  );
}

function ReportCard({ report: r }: { report: Report }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ body: string }>();
  const refresh = () => qc.invalidateQueries({ queryKey: reportsKey });
  const save = useMutation({
    mutationFn: (v: { body: string; submit: boolean }) => unwrap(client.PUT('/api/v1/me/assessment/reports/{targetId}', { params: { path: { targetId: r.targetId } }, body: v })),
    meta: { silent: true },
    onSuccess: (out) => {
      showSuccess(t(out.submittedAt ? m.reportSubmitted : m.draftSaved));
      void refresh();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err)) showError(err);
    },
  });
  const removeAttachment = useMutation({
    mutationFn: (index: number) => unwrap(client.DELETE('/api/v1/me/assessment/reports/{targetId}/attachments/{index}', { params: { path: { targetId: r.targetId, index } } })),
    onSuccess: () => void refresh(),
    onError: showError,
  });
  const send = async (submit: boolean) => {
    const v = await validValues(form);
    if (v) save.mutate({ body: v.body, submit });
  };
  return (
    <Card
      data-testid={`report-${r.targetId}`}
      title={`${r.roundName} · ${r.targetName}`}
      extra={
        <Space>
          <Tag color={statusColor[r.roundStatus]}>{t(m[r.roundStatus])}</Tag>
          {r.submittedAt ? <Tag color="success">{fill(t(m.submittedAt), { t: new Date(r.submittedAt).toLocaleString() })}</Tag> : <Tag>{t(m.reportDraft)}</Tag>}
        </Space>
      }
    >
      {r.meetingAt && (
        <Typography.Paragraph type="secondary">
          {t(m.meetingAt)}{t(punct.colon)}{new Date(r.meetingAt).toLocaleString()}
        </Typography.Paragraph>
      )}
      {!r.editable && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(m.locked)} />}
      <Form form={form} layout="vertical" initialValues={{ body: r.body ?? '' }} disabled={!r.editable}>
        <Form.Item name="body" label={t(m.reportBody)} rules={[{ required: true, whitespace: true, message: t(m.reportRequired) }]}>
          <Input.TextArea rows={8} maxLength={20_000} showCount placeholder={t(m.reportPlaceholder)} data-testid="report-body" />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t(m.attachments)}</Typography.Text>
      <List
        size="small"
        dataSource={r.attachments}
        locale={{ emptyText: '—' }}
        renderItem={(a) => (
          <List.Item
            actions={
              r.editable
                ? [
                    <Popconfirm key="del" title={t(m.removeAttachment)} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} onConfirm={() => removeAttachment.mutateAsync(a.index)}>
                      <Button type="link" danger size="small">
                        {t(m.remove)}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <a href={`/api/v1/assessment/reports/${r.targetId}/attachments/${a.index}`} target="_blank" rel="noreferrer">
              <PaperClipOutlined /> {a.fileName}
            </a>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {`${Math.ceil(a.size / 1024)} KB`}
            </Typography.Text>
          </List.Item>
        )}
      />
      {r.editable && (
        <Space wrap style={{ marginTop: 12 }}>
          <Upload
            accept="application/pdf,image/jpeg,image/png,image/webp"
            showUploadList={false}
            beforeUpload={(file) => {
              if (file.size > MAX_BYTES) {
                showError(new Error(t(m.uploadAttachment)));
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={async ({ file, onSuccess, onError }) => {
              try {
                const res = await api.upload(`/me/assessment/reports/${r.targetId}/attachments`, file as File);
                onSuccess?.(res);
                void refresh();
              } catch (err) {
                showError(err);
                onError?.(err as Error);
              }
            }}
          >
            <Button icon={<UploadOutlined />}>{t(m.uploadAttachment)}</Button>
          </Upload>
          <Button onClick={() => send(false)} loading={save.isPending} data-testid="report-save">
            {t(m.saveDraft)}
          </Button>
          <Button type="primary" onClick={() => send(true)} loading={save.isPending} data-testid="report-submit">
            {t(m.submitReport)}
          </Button>
        </Space>
      )}
    </Card>
  );
}
