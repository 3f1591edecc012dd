import { Alert, Button, Drawer, Form, Input, Popconfirm, Select, Space, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { countChars } from '../../../../common/word-count.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { validValues } from '../../kernel/form-values.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { Loading } from '../../kernel/Loading.js';
import { cText as m } from './case-messages.js';
import { casesApi, casesKey, type Call, type Case } from './cases.api.js';

type Values = { category: string; title: string } & Record<string, string>;

/** Live 字数 of one part against the call's limits (red outside them). */
function Count({ text, min, max, testId }: { text: string; min: number; max: number; testId: string }) {
  const { t } = useI18n();
  const n = countChars(text ?? '');
  const bad = (min > 0 && n < min) || (max > 0 && n > max);
  return <Typography.Text type={bad ? 'danger' : 'secondary'} data-testid={testId}>{t(m.words, { n })}{max > 0 ? t(m.limit, { min, max }) : ''}</Typography.Text>;
}

/** Drafting a case for a call: the form's parts with live counts, attachments, submit and withdraw. */
export function CaseEditor({ call, caseId, onClose }: { call: Call; caseId: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [id, setId] = useState(caseId);
  const [busy, setBusy] = useState(false);
  const q = useQuery({ queryKey: [...casesKey, 'case', id], queryFn: () => casesApi.get(id!), enabled: id !== null });
  const values = Form.useWatch([], form) as Values | undefined;
  if (id !== null && !q.data) return <Drawer open width={760} onClose={onClose}><Loading /></Drawer>;
  const c: Case | undefined = q.data;
  const editable = call.status === 'open' && (!c || c.status !== 'submitted');
  const refresh = async (next?: Case) => {
    if (next) qc.setQueryData([...casesKey, 'case', next.id], next);
    await qc.invalidateQueries({ queryKey: casesKey });
  };
  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      if ((await fn()) !== null && done) showSuccess(done);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const v = await validValues(form);
    if (!v) return null;
    const parts = Object.fromEntries(call.form.map((p) => [p.key, String(v[`part_${p.key}`] ?? '')]));
    const saved = id === null ? await casesApi.create({ competitionId: call.id, category: v.category, title: v.title, parts }) : await casesApi.update(id, { category: v.category, title: v.title, parts });
    setId(saved.id);
    await refresh(saved);
    return saved;
  };
  const initial = c ? { category: c.category, title: c.title, ...Object.fromEntries(Object.entries(c.parts).map(([k, v]) => [`part_${k}`, v])) } : {};
  return (
    <Drawer open width={760} title={call.title} onClose={onClose} destroyOnHidden>
      {c && <Space style={{ marginBottom: 12 }}><Tag color={c.status === 'submitted' ? 'green' : c.status === 'withdrawn' ? 'orange' : 'default'} data-testid="case-status">{t(m[c.status])}</Tag></Space>}
      {c && c.blindFlags.some((f) => f.startsWith('part:')) && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t(m.blindFlag)} />}
      <Form form={form} layout="vertical" disabled={!editable} initialValues={initial}>
        <Form.Item name="category" label={t(m.category)} rules={[{ required: true }]}>
          <Select options={call.categories.map((x) => ({ value: x.code, label: x.name }))} data-testid="case-category" />
        </Form.Item>
        <Form.Item name="title" label={t(m.caseTitle)} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={100} data-testid="case-title" />
        </Form.Item>
        {call.form.map((p) => (
          <Form.Item key={p.key} name={`part_${p.key}`} label={p.label} required={p.required}
            extra={<Count text={values?.[`part_${p.key}`] ?? ''} min={p.minChars} max={p.maxChars} testId={`count-${p.key}`} />}>
            <Input.TextArea rows={4} data-testid={`part-${p.key}`} />
          </Form.Item>
        ))}
      </Form>
      <Typography.Title level={5}>{t(m.attachments)}</Typography.Title>
      {!c ? (
        <Typography.Paragraph type="secondary">{t(m.saveFirst)}</Typography.Paragraph>
      ) : (
        <Space direction="vertical" style={{ marginBottom: 16 }} data-testid="case-files">
          {c.files.map((f) => (
            <Space key={f.id}>
              <a href={`/api/v1/showcase/submissions/${c.id}/files/${f.id}`} target="_blank" rel="noreferrer">{f.originalName}</a>
              {f.nameFlag && <Tag color="orange">{t(m.nameFlag)}</Tag>}
              {editable && <a onClick={() => run(async () => refresh(await casesApi.detach(c.id, f.id)))}>{t(m.remove)}</a>}
            </Space>
          ))}
          {editable && c.files.length < call.maxAttachments && (
            <Upload accept="application/pdf,image/png,image/jpeg" showUploadList={false} beforeUpload={(f) => (void run(async () => refresh(await casesApi.attach(c.id, f))), false)}>
              <Button icon={<UploadOutlined />} data-testid="case-attach">{t(m.attach)}</Button>
            </Upload>
          )}
        </Space>
      )}
      <Space>
        {editable && <Button loading={busy} onClick={() => run(save, t(common.saved))} data-testid="case-save">{t(m.saveDraft)}</Button>}
        {editable && (
          <Popconfirm title={t(m.confirmSubmit)} onConfirm={() => run(async () => {
            const saved = await save();
            return saved && refresh(await casesApi.submit(saved.id));
          }, t(m.submitted))} okText={t(m.submit)}>
            <Button type="primary" loading={busy} data-testid="case-submit">{t(m.submit)}</Button>
          </Popconfirm>
        )}
        {c?.status === 'submitted' && call.status === 'open' && (
          <Popconfirm title={t(m.confirmWithdraw)} onConfirm={() => run(async () => refresh(await casesApi.withdraw(c.id)), t(m.withdrawn))} okText={t(m.withdraw)}>
            <Button danger loading={busy} data-testid="case-withdraw">{t(m.withdraw)}</Button>
          </Popconfirm>
        )}
      </Space>
    </Drawer>
  );
}
