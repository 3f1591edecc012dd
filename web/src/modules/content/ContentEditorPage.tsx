import { useEffect } from 'react';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Radio, Result, Row, Select, Space, Tag } from 'antd';
import { RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../kernel/api.js';
import { client, unwrap } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { errorText, showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { RichTextEditor } from '../../kernel/RichTextEditor.js';
import { Loading, NotFound, PageContainer } from '../../kernel/ui.js';
import { roleLabels, roles } from '../../../../common/roles.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { OrgMultiSelect } from '../activities/OrgMultiSelect.js';
import { ContentBody } from './ContentBody.js';
import { MediaUploads } from './MediaUploads.js';
import { cText as m, statusColor } from './messages.js';
import { contentKey, useWorkflow } from './useWorkflow.js';
import type { ContentKind } from './content.api.js';
import type { Role } from '../../kernel/types.js';
import { validValues } from '../../kernel/form-values.js';
import { LabelFields, LabelsEditor } from './LabelsEditor.js';
import type { ContentCategory } from './categories.js';

interface Values {
  kind: ContentKind;
  orgId?: number;
  title?: string;
  summary?: string;
  body?: string;
  audienceOrgIds?: number[];
  audienceRoles?: Role[];
  videoUrl?: string;
  durationSeconds?: number | null;
  category?: ContentCategory | null;
  tags?: string[];
}

/** /content/new creates a draft; /content/:id edits a draft, or shows any other state with its workflow actions. */
export default function ContentEditorPage() {
  const idParam = useParams().id;
  const id = idParam && idParam !== 'new' ? Number(idParam) : null;
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const wf = useWorkflow();
  const kind = Form.useWatch('kind', form) ?? 'article';

  const detail = useQuery({ queryKey: [...contentKey, 'detail', id], queryFn: () => unwrap(client.GET('/api/v1/content/{id}', { params: { path: { id: id! } } })), enabled: id != null });
  const item = detail.data;
  const editable = id == null || (item?.status === 'draft' && can('content.write'));

  useEffect(() => {
    if (item) {
      form.setFieldsValue({
        kind: item.kind,
        orgId: item.orgId,
        title: item.title,
        summary: item.summary,
        body: item.body,
        audienceOrgIds: item.audienceOrgIds,
        audienceRoles: item.audienceRoles as Role[],
        videoUrl: item.videoUrl ?? undefined,
        durationSeconds: item.durationSeconds,
        category: item.category,
        tags: item.tags,
      });
    }
  }, [item, form]);

  const payload = (v: Values) => ({
    title: v.title!,
    summary: v.summary ?? '',
    body: v.body ?? '',
    audienceOrgIds: v.audienceOrgIds ?? [],
    audienceRoles: v.audienceRoles ?? [],
    videoUrl: v.kind === 'video' && v.videoUrl?.trim() ? v.videoUrl.trim() : null,
    durationSeconds: v.kind === 'video' ? (v.durationSeconds ?? null) : null,
    category: v.category ?? null,
    tags: (v.tags ?? []).map((x) => x.trim()),
  });

  const save = useMutation({
    mutationFn: async ({ v }: { v: Values; then?: 'submit' }) =>
      id == null
        ? unwrap(client.POST('/api/v1/content', { body: { kind: v.kind, orgId: v.orgId!, ...payload(v) } }))
        : unwrap(client.PATCH('/api/v1/content/{id}', { params: { path: { id } }, body: payload(v) })),
    onSuccess: async (saved, { then }) => {
      void qc.invalidateQueries({ queryKey: contentKey });
      if (id == null) {
        showSuccess(t(m.created));
        nav(`/content/${saved.id}`, { replace: true });
      } else if (then === 'submit') wf.ask(saved, 'submit');
      else showSuccess(t(common.saved));
    },
    onError: (err) => applyFieldErrors(form, err, { video: 'videoUrl', pdf: 'title' }),
  });

  if (id != null && detail.isLoading) return <Loading />;
  if (detail.error instanceof ApiError && detail.error.status === 404) return <NotFound />;
  if (detail.error) return <Result status="error" subTitle={errorText(detail.error)} />;

  const header = item ? (
    <Space size={4}>
      <Tag color={statusColor[item.status]}>{t(m[item.status])}</Tag>
      <Tag>{t(m[item.kind])}</Tag>
      <span>{item.orgName}</span>
    </Space>
  ) : undefined;

  const actions = (
    <>
      <Button icon={<RollbackOutlined />} onClick={() => nav(-1)}>
        {t(m.back)}
      </Button>
      {item?.status === 'review' && can('content.review') && (
        <>
          <Button danger onClick={() => wf.startReturn(item)}>
            {t(m.return)}
          </Button>
          <Button type="primary" onClick={() => wf.ask(item, 'publish')}>
            {t(m.publish)}
          </Button>
        </>
      )}
      {item?.status === 'published' && can('content.review') && (
        <Button danger onClick={() => wf.ask(item, 'archive')}>
          {t(m.archive)}
        </Button>
      )}
    </>
  );

  if (item && !editable) {
    return (
      <PageContainer title={item.title} subTitle={header} extra={actions}>
        {item.reviewComment && <Alert type="warning" showIcon title={t(m.returnedNotice)} description={item.reviewComment} style={{ marginBottom: 16 }} />}
        {item.summary && <p style={{ color: '#666' }}>{item.summary}</p>}
        <ContentBody item={item} body={item.body} />
        {can('content.write') && (
          <Card size="small" title={t(m.labels)} style={{ marginTop: 16 }}>
            <LabelsEditor item={item} />
          </Card>
        )}
        {wf.returnDialog}
      </PageContainer>
    );
  }

  return (
    <PageContainer title={item ? item.title : t(m.create)} subTitle={header} extra={actions} card={false}>
      {item?.reviewComment && <Alert type="warning" showIcon title={t(m.returnedNotice)} description={item.reviewComment} style={{ marginBottom: 16 }} data-testid="review-comment" />}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card variant="borderless">
            <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'article', audienceOrgIds: [], audienceRoles: [], tags: [] }} onFinish={(v) => save.mutate({ v })}>
              <Form.Item name="kind" label={t(m.kind)} rules={[{ required: true }]}>
                <Radio.Group disabled={id != null} optionType="button" options={(['article', 'video', 'pdf'] as const).map((k) => ({ value: k, label: t(m[k]) }))} />
              </Form.Item>
              {item ? (
                <Form.Item label={t(m.org)}>
                  <Input disabled value={item.orgName} />
                </Form.Item>
              ) : (
                <Form.Item name="orgId" label={t(m.org)} rules={[{ required: true }]}>
                  <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
                </Form.Item>
              )}
              <LabelFields />
              <Form.Item name="title" label={t(m.name)} rules={[{ required: true, whitespace: true }, { min: 2, max: 120 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="summary" label={t(m.summary)} rules={[{ max: 500 }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} showCount />
              </Form.Item>
              {kind === 'video' && (
                <Space align="start" wrap>
                  <Form.Item name="videoUrl" label={t(m.videoUrl)} extra={t(m.videoUrlHelp)} rules={[{ type: 'url' }, { pattern: /^https:\/\//, message: 'https://' }]} style={{ minWidth: 360 }}>
                    <Input placeholder="https://" />
                  </Form.Item>
                  <Form.Item name="durationSeconds" label={t(m.duration)}>
                    <InputNumber min={1} max={86400} />
                  </Form.Item>
                </Space>
              )}
              <Form.Item name="body" label={t(m.body)}>
                <RichTextEditor ariaLabel={t(m.body)} />
              </Form.Item>
              <Form.Item name="audienceOrgIds" label={t(m.audienceOrgs)} extra={t(m.audienceOrgsHelp)}>
                <OrgMultiSelect />
              </Form.Item>
              <Form.Item name="audienceRoles" label={t(m.audienceRoles)} extra={t(m.audienceRolesHelp)}>
                <Select mode="multiple" allowClear options={roles.map((r) => ({ value: r, label: roleLabels[r][lang] }))} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending && !save.variables?.then}>
                  {t(m.saveDraft)}
                </Button>
                {item && (
                  <Button icon={<SendOutlined />} loading={save.isPending && save.variables?.then === 'submit'} onClick={() => void validValues(form).then((v) => v && save.mutate({ v: { ...form.getFieldsValue(true), ...v }, then: 'submit' }))}>
                    {t(m.submit)}
                  </Button>
                )}
              </Space>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card variant="borderless" title={t(m.uploads)}>
            {item ? <MediaUploads item={item} /> : <Alert type="info" showIcon title={t(m.saveFirst)} />}
          </Card>
        </Col>
      </Row>
      {wf.returnDialog}
    </PageContainer>
  );
}
