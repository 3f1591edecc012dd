import { Button, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tabs, Tag, type TableProps } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useAuth } from '../../kernel/auth.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { validValues } from '../../kernel/form-values.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { answerCategories, type AnswerCategory } from '../../../../common/showcase-categories.js';
import { answerCategoryName, rText as m } from './role-messages.js';
import { roleApi, roleKey, type Answer, type AnswerQuery } from './role-models.api.js';

const statusColor: Record<Answer['status'], string> = { draft: 'default', pending: 'blue', published: 'red', rejected: 'orange' };
const statusText = { draft: 'draft', pending: 'pending', published: 'published', rejected: 'rejected' } as const;

interface AnswerForm {
  orgId: number;
  title: string;
  category: AnswerCategory;
  period: [Dayjs, Dayjs];
  body: string;
  results: { label: string; value: number; unit?: string }[];
}

function Moderation() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: [...roleKey, 'comments'], queryFn: roleApi.comments });
  const act = async (id: number, to: 'visible' | 'hidden') => {
    try {
      await roleApi.moderate(id, to);
      await qc.invalidateQueries({ queryKey: [...roleKey, 'comments'] });
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Table
      rowKey="id"
      loading={q.isLoading}
      dataSource={q.data?.items ?? []}
      locale={{ emptyText: t(common.empty) }}
      pagination={false}
      columns={[
        { title: t(m.title), dataIndex: 'answerTitle', ellipsis: true },
        { title: t(m.comments), dataIndex: 'body' },
        { title: t(common.actions), key: 'a', width: 160, render: (_: unknown, c: { id: number }) => (
          <Space>
            <Button size="small" type="primary" onClick={() => act(c.id, 'visible')}>{t(m.show)}</Button>
            <Popconfirm title={t(m.hide)} onConfirm={() => act(c.id, 'hidden')}><Button size="small">{t(m.hide)}</Button></Popconfirm>
          </Space>
        ) },
      ]}
    />
  );
}

/** 答卷发布: an organisation drafts achievements with measurable results and sends them for review; the committee publishes; comments are moderated here. */
export default function MyAnswersPage() {
  const { t } = useI18n();
  const { me, can } = useAuth();
  const qc = useQueryClient();
  const [form] = Form.useForm<AnswerForm>();
  const [creating, setCreating] = useState(false);
  const orgs = [...new Map((me?.roles ?? []).filter((r) => r.role === 'committee_admin' || r.role === 'org_admin').map((r) => [r.orgId, { value: r.orgId, label: r.orgName }])).values()];
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      showSuccess(t(common.saved));
      await qc.invalidateQueries({ queryKey: roleKey });
    } catch (err) {
      showError(err);
    }
  };
  const create = async () => {
    const v = await validValues(form);
    if (!v) return;
    await act(async () => {
      await roleApi.createAnswer({ orgId: v.orgId, title: v.title, category: v.category, periodStart: v.period[0].format('YYYY-MM-DD'), periodEnd: v.period[1].format('YYYY-MM-DD'), body: v.body, results: v.results.map((r) => ({ ...r, unit: r.unit ?? '' })) });
      setCreating(false);
      form.resetFields();
    });
  };
  const columns: TableProps<Answer>['columns'] = [
    { title: t(m.title), dataIndex: 'title', ellipsis: true },
    { title: t(m.org), dataIndex: 'orgName', width: 200, ellipsis: true },
    { title: t(m.category), dataIndex: 'category', width: 100, render: (c: string) => answerCategoryName(c) },
    { title: t(m.period), key: 'p', width: 200, render: (_: unknown, a) => `${a.periodStart} ~ ${a.periodEnd}` },
    { title: t(common.actions), key: 's', width: 240, render: (_: unknown, a) => (
      <Space>
        <Tag color={statusColor[a.status]}>{t(m[statusText[a.status]])}</Tag>
        {(a.status === 'draft' || a.status === 'rejected') && <Button size="small" onClick={() => act(() => roleApi.submitAnswer(a.id))}>{t(m.submit)}</Button>}
        {a.status === 'pending' && can('showcase.manage') && (
          <>
            <Button size="small" type="primary" onClick={() => act(() => roleApi.reviewAnswer(a.id, 'published'))}>{t(m.publish)}</Button>
            <Popconfirm title={t(m.reject)} onConfirm={() => act(() => roleApi.reviewAnswer(a.id, 'rejected'))}><Button size="small" danger>{t(m.reject)}</Button></Popconfirm>
          </>
        )}
      </Space>
    ) },
  ];
  return (
    <>
    <Tabs
      items={[
        {
          key: 'answers',
          label: t(m.myAnswers),
          children: (
            <ListPage<Answer, AnswerQuery>
              title={t(m.myAnswers)}
              subTitle={t(m.answersSlogan)}
              extra={<Button type="primary" onClick={() => setCreating(true)} data-testid="new-answer">{t(m.newAnswer)}</Button>}
              queryKey={[...roleKey, 'my-answers']}
              query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q })}
              fetch={roleApi.myAnswers}
              columns={columns}
              search={{ placeholder: t(m.title), width: 220 }}
              rowKey="id"
            />
          ),
        },
        { key: 'moderation', label: t(m.moderation), children: <Moderation /> },
      ]}
    />
      <Modal open={creating} title={t(m.newAnswer)} onCancel={() => setCreating(false)} onOk={create} width={720} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ orgId: orgs[0]?.value, results: [{ label: '', value: 0, unit: '' }] }}>
          <Form.Item name="orgId" label={t(m.org)} rules={[{ required: true }]}><Select options={orgs} /></Form.Item>
          <Form.Item name="title" label={t(m.title)} rules={[{ required: true, min: 4, max: 100 }]}><Input /></Form.Item>
          <Space>
            <Form.Item name="category" label={t(m.category)} rules={[{ required: true }]}><Select style={{ width: 160 }} options={answerCategories.map((c) => ({ value: c.code, label: c.name }))} /></Form.Item>
            <Form.Item name="period" label={t(m.period)} rules={[{ required: true }]}><DatePicker.RangePicker /></Form.Item>
          </Space>
          <Form.Item name="body" label={t(m.body)} rules={[{ required: true, min: 20, max: 20000 }]}><Input.TextArea rows={4} showCount /></Form.Item>
          <Form.List name="results">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item name={[f.name, 'label']} rules={[{ required: true, min: 2, max: 60 }]}><Input placeholder={t(m.resultLabel)} /></Form.Item>
                    <Form.Item name={[f.name, 'value']} rules={[{ required: true }]}><InputNumber placeholder={t(m.resultValue)} /></Form.Item>
                    <Form.Item name={[f.name, 'unit']}><Input placeholder={t(m.unit)} style={{ width: 80 }} maxLength={10} /></Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '', value: 0, unit: '' })} disabled={fields.length >= 12}>{t(m.results)}</Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}
