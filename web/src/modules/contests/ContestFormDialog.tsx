import { Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { client, unwrap, type Body } from '../../kernel/api-client.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { cText as m } from './messages.js';
import { QuestionPicker } from '../learning/QuestionPicker.js';

type RoundForm = { name: string; kind: 'async' | 'live'; secondsPerQuestion: number; window?: [Dayjs, Dayjs] };
type Values = {
  name: string; description?: string; orgId: number; entrantKind: 'individual' | 'team'; teams?: Array<{ name: string; orgId: number }>;
  sourceKind: 'fixed' | 'draw'; questionIds?: number[]; tags?: string[]; count?: number; difficulty?: [number, number];
  rounds: RoundForm[]; correctPoints: number; speedBonusMax: number; teamScore: 'sum' | 'average';
  awardKind: 'ratio' | 'count'; gold: number; silver: number; bronze: number;
};

const toBody = (v: Values): Body<'/api/v1/contests', 'post'> => ({
  name: v.name,
  description: v.description ?? '',
  orgId: v.orgId,
  entrantKind: v.entrantKind,
  teams: v.teams ?? [],
  questionSource:
    v.sourceKind === 'fixed'
      ? { kind: 'fixed', questionIds: v.questionIds ?? [] }
      : { kind: 'draw', tags: v.tags ?? [], count: v.count ?? 10, minDifficulty: v.difficulty?.[0] ?? 1, maxDifficulty: v.difficulty?.[1] ?? 5 },
  rounds: v.rounds.map((r) => ({ name: r.name, kind: r.kind, secondsPerQuestion: r.secondsPerQuestion, opensAt: r.window?.[0]?.toISOString() ?? null, closesAt: r.window?.[1]?.toISOString() ?? null })),
  scoring: { correctPoints: v.correctPoints, speedBonusMax: v.speedBonusMax, teamScore: v.teamScore },
  awardRule: { kind: v.awardKind, gold: v.gold, silver: v.silver, bronze: v.bronze, minScore: 1 },
});

/** Question picker: searches the bank by stem. */
/** Creates a contest: question source, rounds, entrants, scoring and award rule (the server validates every field). */
export function ContestFormDialog({ open, onClose }: { open: boolean; onClose: (id?: number) => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch('sourceKind', form);
  const entrants = Form.useWatch('entrantKind', form);
  const awardKind = Form.useWatch('awardKind', form);
  const save = useMutation({
    mutationFn: (v: Values) => unwrap(client.POST('/api/v1/contests', { body: toBody(v) })),
    onSuccess: (c) => {
      showSuccess(t(m.created));
      void qc.invalidateQueries({ queryKey: ['contests'] });
      form.resetFields();
      onClose(c.id);
    },
    onError: (err) => applyFieldErrors(form, err) || showError(err),
  });
  return (
    <Modal open={open} title={t(m.create)} width={760} onCancel={() => onClose()} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ entrantKind: 'individual', sourceKind: 'draw', count: 10, difficulty: [1, 5], rounds: [{ name: '现场决赛', kind: 'live', secondsPerQuestion: 20 }], correctPoints: 1000, speedBonusMax: 1000, teamScore: 'average', awardKind: 'ratio', gold: 0.01, silver: 0.03, bronze: 0.06 }}
      >
        <Form.Item name="name" label={t(m.name)} rules={[{ required: true, min: 2 }]}><Input maxLength={120} /></Form.Item>
        <Form.Item name="description" label={t(m.description)}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
        <Form.Item name="orgId" label={t(m.org)} rules={[{ required: true }]}><OrgTreeSelect /></Form.Item>
        <Form.Item name="entrantKind" label={t(m.entrantKind)}>
          <Radio.Group options={[{ value: 'individual', label: t(m.individual) }, { value: 'team', label: t(m.team) }]} />
        </Form.Item>
        {entrants === 'team' && (
          <Form.List name="teams">
            {(fields, { add, remove }) => (
              <Form.Item label={t(m.teams)}>
                {fields.map((f) => (
                  <Space key={f.key} style={{ display: 'flex', marginBottom: 8 }}>
                    <Form.Item name={[f.name, 'name']} noStyle rules={[{ required: true }]}><Input placeholder={t(m.name)} style={{ width: 200 }} /></Form.Item>
                    <Form.Item name={[f.name, 'orgId']} noStyle rules={[{ required: true }]}><OrgTreeSelect style={{ width: 320 }} /></Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>{t(m.teams)}</Button>
              </Form.Item>
            )}
          </Form.List>
        )}
        <Form.Item name="sourceKind" label={t(m.source)}>
          <Radio.Group options={[{ value: 'draw', label: t(m.draw) }, { value: 'fixed', label: t(m.fixed) }]} />
        </Form.Item>
        {source === 'fixed' ? (
          <Form.Item name={['questionIds']} label={t(m.pickQuestions)} rules={[{ required: true }]}><QuestionPicker /></Form.Item>
        ) : (
          <Space wrap>
            <Form.Item name="tags" label={t(m.tags)}><Select mode="tags" style={{ width: 260 }} /></Form.Item>
            <Form.Item name="count" label={t(m.count)}><InputNumber min={1} max={200} /></Form.Item>
            <Form.Item label={t(m.difficulty)}>
              <Space>
                <Form.Item name={['difficulty', 0]} noStyle><InputNumber min={1} max={5} /></Form.Item>–
                <Form.Item name={['difficulty', 1]} noStyle><InputNumber min={1} max={5} /></Form.Item>
              </Space>
            </Form.Item>
          </Space>
        )}
        <Form.List name="rounds">
          {(fields, { add, remove }) => (
            <Form.Item label={t(m.rounds)}>
              {fields.map((f) => (
                <Space key={f.key} wrap align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}><Input placeholder={t(m.roundName)} style={{ width: 150 }} /></Form.Item>
                  <Form.Item name={[f.name, 'kind']}><Select style={{ width: 170 }} options={[{ value: 'live', label: t(m.live) }, { value: 'async', label: t(m.async) }]} /></Form.Item>
                  <Form.Item name={[f.name, 'secondsPerQuestion']}><InputNumber min={5} max={600} addonAfter="s" style={{ width: 110 }} /></Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => form.getFieldValue(['rounds', f.name, 'kind']) === 'async' && <Form.Item name={[f.name, 'window']} rules={[{ required: true }]}><DatePicker.RangePicker showTime /></Form.Item>}
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined style={{ marginTop: 8 }} onClick={() => remove(f.name)} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', kind: 'async', secondsPerQuestion: 20 })}>{t(m.addRound)}</Button>
            </Form.Item>
          )}
        </Form.List>
        <Space wrap>
          <Form.Item name="correctPoints" label={t(m.correctPoints)}><InputNumber min={0} max={100000} /></Form.Item>
          <Form.Item name="speedBonusMax" label={t(m.speedBonus)}><InputNumber min={0} max={100000} /></Form.Item>
          <Form.Item name="teamScore" label={t(m.teamScore)}><Select style={{ width: 110 }} options={[{ value: 'average', label: t(m.average) }, { value: 'sum', label: t(m.sum) }]} /></Form.Item>
        </Space>
        <Form.Item name="awardKind" label={t(m.awardRule)} extra={awardKind === 'ratio' ? t(m.ratioHelp) : undefined}>
          <Radio.Group options={[{ value: 'ratio', label: t(m.byRatio) }, { value: 'count', label: t(m.byCount) }]} />
        </Form.Item>
        <Space wrap>
          {(['gold', 'silver', 'bronze'] as const).map((k) => (
            <Form.Item key={k} name={k} label={t(m[k])}><InputNumber min={0} step={awardKind === 'ratio' ? 0.01 : 1} /></Form.Item>
          ))}
        </Space>
      </Form>
    </Modal>
  );
}
