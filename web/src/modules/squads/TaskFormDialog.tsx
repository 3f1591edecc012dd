import { Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { sqText as m } from './messages.js';
import { squadsApi, squadsKey, type Member } from './squads.api.js';

interface Values {
  title: string;
  description?: string;
  difficulty: number;
  dueOn: Dayjs;
  ownerPersonIds?: number[];
  milestones?: { title: string; dueOn: Dayjs }[];
}

/** 布置攻坚任务: title, difficulty, due date, owners among the active members, milestones with their own dates. */
export function TaskFormDialog({ squadId, members, onClose }: { squadId: number; members: Member[]; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const create = useMutation({
    mutationFn: (v: Values) =>
      squadsApi.createTask(squadId, {
        title: v.title.trim(),
        description: v.description?.trim() ?? '',
        difficulty: v.difficulty,
        dueOn: v.dueOn.format('YYYY-MM-DD'),
        ownerPersonIds: v.ownerPersonIds ?? [],
        milestones: (v.milestones ?? []).map((ms) => ({ title: ms.title.trim(), dueOn: ms.dueOn.format('YYYY-MM-DD') })),
      }),
    onSuccess: () => {
      showSuccess(t(m.taskCreated));
      void qc.invalidateQueries({ queryKey: squadsKey });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  const active = members.filter((mb) => mb.status === 'active');
  return (
    <Modal open width={640} title={t(m.newTask)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} okText={t(common.save)} cancelText={t(common.cancel)} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ difficulty: 1, milestones: [{}] }} onFinish={(v) => create.mutate(v)} data-testid="task-form">
        <Form.Item name="title" label={t(m.taskTitle)} rules={[{ required: true, whitespace: true }, { min: 2, max: 120 }]}>
          <Input data-testid="task-title" />
        </Form.Item>
        <Form.Item name="description" label={t(m.description)} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="difficulty" label={t(m.difficulty)} rules={[{ required: true }]}>
            <Select
              style={{ width: 120 }}
              options={[1, 2, 3].map((d) => ({ value: d, label: t(m[`difficulty${d}` as 'difficulty1']) }))}
            />
          </Form.Item>
          <Form.Item name="dueOn" label={t(m.dueOn)} rules={[{ required: true }]}>
            <DatePicker data-testid="task-due" />
          </Form.Item>
        </Space>
        <Form.Item name="ownerPersonIds" label={t(m.owners)}>
          <Select mode="multiple" options={active.map((mb) => ({ value: mb.personId, label: mb.name }))} data-testid="task-owners" />
        </Form.Item>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              <div style={{ marginBottom: 8 }}>{t(m.milestones)}</div>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'title']} rules={[{ required: true, whitespace: true }, { max: 120 }]}>
                    <Input placeholder={`${t(m.milestone)} ${i + 1}`} style={{ width: 300 }} data-testid={`milestone-title-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueOn']} rules={[{ required: true }]}>
                    <DatePicker placeholder={t(m.dueOn)} data-testid={`milestone-due-${i}`} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="remove" />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} block>
                {t(m.addMilestone)}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
