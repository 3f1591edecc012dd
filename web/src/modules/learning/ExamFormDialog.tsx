import { useEffect } from 'react';
import { Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { useOrgTree } from '../org/useOrgTree.js';
import { questionTypes } from './learning.api-types.js';
import { ExamSectionCount, fixedIds, paperTotal, type SectionValues } from './ExamSectionCount.js';
import { lt, statusLabels, typeLabels } from './messages.js';
import { QuestionPicker } from './QuestionPicker.js';
import { tagOptions, useQuestionTags } from './useLearning.js';

interface Values {
  title: string;
  description?: string;
  orgId: number;
  timeLimitMinutes: number;
  range?: [Dayjs | null, Dayjs | null];
  passScore?: number;
  status: 'draft' | 'published';
  sections: SectionValues[];
}

function section(s: SectionValues) {
  const ids = fixedIds(s);
  if (ids.length) return { title: s.title ?? '', questionIds: ids, points: s.points };
  return { title: s.title ?? '', tags: s.tags ?? [], types: s.types ?? [], minDifficulty: s.difficulty?.[0] ?? 1, maxDifficulty: s.difficulty?.[1] ?? 5, count: s.count ?? 1, points: s.points };
}

/** A paper with sections: each draws N questions at random (by tags, types, difficulty) or lists fixed question ids. */
export function ExamFormDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const tags = useQuestionTags();
  const orgId = Form.useWatch('orgId', form);
  // The caller's own top organisation is the likely owner: preset it, so the sections show what the bank offers at once.
  const tree = useOrgTree(open);
  useEffect(() => {
    const roots = (tree.data ?? []).filter((n) => n.parentId == null || !tree.data?.some((p) => p.id === n.parentId));
    if (open && roots.length === 1 && form.getFieldValue('orgId') == null) form.setFieldValue('orgId', roots[0].id);
  }, [open, tree.data, form]);
  const total = paperTotal(Form.useWatch('sections', form));
  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        client.POST('/api/v1/learning/exams', {
          body: {
            title: v.title,
            description: v.description ?? '',
            orgId: v.orgId,
            timeLimitMinutes: v.timeLimitMinutes,
            opensAt: v.range?.[0]?.toISOString() ?? null,
            closesAt: v.range?.[1]?.toISOString() ?? null,
            passScore: v.passScore ?? null,
            status: v.status,
            sections: v.sections.map(section),
          },
        }),
      ),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: ['learning', 'exams'] });
      form.resetFields();
      onClose();
    },
    onError: (err) => {
      // Section errors (sections.0.count) land under the section's own field, in the language the server was asked in.
      if (!applyFieldErrors(form, err)) form.setFields([{ name: 'title', errors: [(err as Error).message] }]);
    },
  });

  return (
    <Modal open={open} title={t(lt.newExam)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} width={760} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ timeLimitMinutes: 30, status: 'published', sections: [{ title: '单选题', types: ['single'], count: 10, points: 5, difficulty: [1, 5] }] }}
        data-testid="exam-form"
      >
        <Form.Item name="title" label={t(lt.title)} rules={[{ required: true, min: 2, max: 120 }]}>
          <Input />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="orgId" label={t(lt.org)} rules={[{ required: true, message: t(lt.chooseOrg) }]}>
            <OrgTreeSelect style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="timeLimitMinutes" label={t(lt.timeLimit)} rules={[{ required: true }]}>
            <InputNumber min={1} max={600} />
          </Form.Item>
          <Form.Item
            name="passScore"
            label={t(lt.passScore)}
            extra={t(lt.totalScore, { n: total })}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, v: number | undefined) => {
                  const max = paperTotal(getFieldValue('sections') as SectionValues[]);
                  if (v != null && v > max) throw new Error(t(lt.passAbove, { n: max }));
                },
              }),
            ]}
          >
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="status" label={t(lt.status)}>
            <Select style={{ width: 110 }} options={[{ value: 'published', label: t(statusLabels.published) }, { value: 'draft', label: t(statusLabels.draft) }]} />
          </Form.Item>
        </Space>
        <Form.Item name="range" label={`${t(lt.opensAt)} – ${t(lt.closesAt)}`}>
          <DatePicker.RangePicker showTime allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item name="description" label={t(lt.description)}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              <strong>{t(lt.sections)}</strong>
              {fields.map((f, i) => (
                <Card key={f.key} size="small" title={`${i + 1}`} extra={fields.length > 1 && <DeleteOutlined onClick={() => remove(f.name)} />}>
                  <Space wrap align="start">
                    <Form.Item name={[f.name, 'title']} label={t(lt.sectionTitle)}>
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'types']} label={t(lt.type)}>
                      <Select mode="multiple" style={{ width: 200 }} options={questionTypes.map((q) => ({ value: q, label: t(typeLabels[q]) }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'tags']} label={t(lt.tags)}>
                      <Select mode="multiple" style={{ width: 200 }} options={tagOptions(tags.data)} />
                    </Form.Item>
                    <ExamSectionCount name={f.name} orgId={orgId} />
                    <Form.Item name={[f.name, 'points']} label={t(lt.points)} rules={[{ required: true }]}>
                      <InputNumber min={0.5} max={100} step={0.5} />
                    </Form.Item>
                  </Space>
                  <Form.Item name={[f.name, 'questionIds']} label={t(lt.fixedIds)} style={{ marginBottom: 0 }}>
                    <QuestionPicker orgId={orgId} />
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ count: 5, points: 2 })} block>
                {t(lt.addSection)}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
