import { useEffect } from 'react';
import { Button, Checkbox, Form, Input, Modal, Radio, Rate, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { letters, questionTypes, type Question, type QuestionType } from './learning.api-types.js';
import { lt, typeLabels } from './messages.js';

interface Values {
  type: QuestionType;
  stem: string;
  options: string[];
  choice?: string;
  choices?: string[];
  judge?: 'true' | 'false';
  fill?: string[];
  tags: string[];
  difficulty: number;
  explanation: string;
  orgId?: number;
}

function toValues(q: Question | null): Partial<Values> {
  if (!q) return { type: 'single', options: ['', '', '', ''], tags: [], difficulty: 3, explanation: '' };
  const base = { type: q.type, stem: q.stem, options: q.options, tags: q.tags, difficulty: q.difficulty, explanation: q.explanation, orgId: q.orgId };
  if (q.type === 'single') return { ...base, choice: q.answer[0] };
  if (q.type === 'multiple') return { ...base, choices: q.answer };
  if (q.type === 'judge') return { ...base, judge: q.answer[0] as 'true' | 'false' };
  return { ...base, fill: q.answer };
}

function toBody(v: Values) {
  const choice = v.type === 'single' || v.type === 'multiple';
  const answer = v.type === 'single' ? [v.choice ?? ''] : v.type === 'multiple' ? (v.choices ?? []) : v.type === 'judge' ? [v.judge ?? ''] : (v.fill ?? []);
  return { type: v.type, stem: v.stem, options: choice ? v.options.filter((o) => o?.trim()) : [], answer: answer.filter(Boolean), tags: v.tags, difficulty: v.difficulty, explanation: v.explanation ?? '' };
}

/** Create or edit one question; the answer input follows the question type. */
export function QuestionFormDialog({ question, open, onClose }: { question: Question | null; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const type = Form.useWatch('type', form);
  const options = (Form.useWatch('options', form) ?? []) as string[];
  useEffect(() => {
    if (open) form.setFieldsValue(toValues(question) as Values);
  }, [open, question, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      question
        ? unwrap(client.PATCH('/api/v1/learning/questions/{id}', { params: { path: { id: question.id } }, body: toBody(v) }))
        : unwrap(client.POST('/api/v1/learning/questions', { body: { ...toBody(v), orgId: v.orgId! } })),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: ['learning', 'questions'] });
      onClose();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err, { answer: question?.type === 'fill' || type === 'fill' ? 'fill' : 'stem' })) form.setFields([{ name: 'stem', errors: [(err as Error).message] }]);
    },
  });
  const letterOptions = options.map((o, i) => ({ value: letters[i], label: `${letters[i]}. ${o || '…'}` }));

  return (
    <Modal open={open} title={t(question ? lt.editQuestion : lt.newQuestion)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="question-form">
        <Form.Item name="type" label={t(lt.type)} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={questionTypes.map((q) => ({ value: q, label: t(typeLabels[q]) }))} disabled={!!question} />
        </Form.Item>
        {!question && (
          <Form.Item name="orgId" label={t(lt.org)} rules={[{ required: true, message: t(lt.chooseOrg) }]}>
            <OrgTreeSelect />
          </Form.Item>
        )}
        <Form.Item name="stem" label={t(lt.stem)} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        {(type === 'single' || type === 'multiple') && (
          <Form.List name="options">
            {(fields, { add, remove }) => (
              <Form.Item label={t(lt.options)}>
                {fields.map((f, i) => (
                  <Space key={f.key} style={{ display: 'flex', marginBottom: 6 }} align="baseline">
                    <strong>{letters[i]}</strong>
                    <Form.Item {...f} noStyle rules={[{ required: true, whitespace: true }]}>
                      <Input style={{ width: 460 }} />
                    </Form.Item>
                    {fields.length > 2 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                  </Space>
                ))}
                {fields.length < 10 && (
                  <Button type="dashed" onClick={() => add('')} icon={<PlusOutlined />}>
                    {t(lt.addOption)}
                  </Button>
                )}
              </Form.Item>
            )}
          </Form.List>
        )}
        {type === 'single' && (
          <Form.Item name="choice" label={t(lt.answer)} rules={[{ required: true }]}>
            <Radio.Group options={letterOptions} />
          </Form.Item>
        )}
        {type === 'multiple' && (
          <Form.Item name="choices" label={t(lt.answer)} rules={[{ required: true, type: 'array', min: 2 }]}>
            <Checkbox.Group options={letterOptions} />
          </Form.Item>
        )}
        {type === 'judge' && (
          <Form.Item name="judge" label={t(lt.answer)} rules={[{ required: true }]}>
            <Radio.Group options={[{ value: 'true', label: t(lt.judgeTrue) }, { value: 'false', label: t(lt.judgeFalse) }]} />
          </Form.Item>
        )}
        {type === 'fill' && (
          <Form.Item name="fill" label={t(lt.fillAnswers)} rules={[{ required: true, type: 'array', min: 1 }]}>
            <Select mode="tags" open={false} tokenSeparators={['|']} />
          </Form.Item>
        )}
        <Form.Item name="tags" label={t(lt.tags)}>
          <Select mode="tags" tokenSeparators={[',', '，']} />
        </Form.Item>
        <Form.Item name="difficulty" label={t(lt.difficulty)}>
          <Rate count={5} />
        </Form.Item>
        <Form.Item name="explanation" label={t(lt.explanation)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
