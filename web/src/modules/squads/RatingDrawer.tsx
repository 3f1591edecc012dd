import { useEffect } from 'react';
import { Alert, Button, Descriptions, Drawer, Form, Input, InputNumber, Result, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText, showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { Loading } from '../../kernel/Loading.js';
import { sqText as m } from './messages.js';
import { fmtScore, squadsApi, squadsKey, type ScoreRow } from './squads.api.js';

type Values = Record<string, { score?: number; comment?: string }>;

/** 比作为 rating of one squad by the signed-in rater: one score per rubric criterion, the computed four beside it. */
export function RatingDrawer({ periodId, row, onClose }: { periodId: number; row: ScoreRow; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const mine = useQuery({ queryKey: [...squadsKey, 'rating', periodId, row.squadId], queryFn: () => squadsApi.ratingForm(periodId, row.squadId) });
  const criteria = mine.data?.criteria ?? [];
  const computed = mine.data?.computed ?? row;
  useEffect(() => {
    if (!mine.data) return;
    form.setFieldsValue(Object.fromEntries(mine.data.criteria.map((c) => [String(c.id), { score: c.myScore ?? undefined, comment: c.myComment }])));
  }, [mine.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) =>
      squadsApi.rate(
        periodId,
        row.squadId,
        { scores: criteria.map((c) => ({ criterionId: c.id, score: v[String(c.id)]?.score ?? 0, comment: v[String(c.id)]?.comment?.trim() ?? '' })) },
      ),
    onSuccess: () => {
      showSuccess(t(m.rated));
      void qc.invalidateQueries({ queryKey: squadsKey });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  return (
    <Drawer
      open
      size={560}
      onClose={onClose}
      title={t(m.rateOf, { name: row.name })}
      extra={
        <Space>
          <Button onClick={onClose}>{t(common.cancel)}</Button>
          <Button type="primary" loading={save.isPending} disabled={criteria.length === 0} onClick={() => form.submit()} data-testid="rating-save">
            {t(common.save)}
          </Button>
        </Space>
      }
    >
      <Descriptions size="small" bordered column={2} title={t(m.computedFour)} style={{ marginBottom: 16 }} data-testid="rating-computed">
        <Descriptions.Item label={t(m.learning)}>{fmtScore(computed.learning)}</Descriptions.Item>
        <Descriptions.Item label={t(m.skill)}>{fmtScore(computed.skill)}</Descriptions.Item>
        <Descriptions.Item label={t(m.innovation)}>{fmtScore(computed.innovation)}</Descriptions.Item>
        <Descriptions.Item label={t(m.duty)}>{fmtScore(computed.duty)}</Descriptions.Item>
      </Descriptions>
      {mine.isLoading ? (
        <Loading />
      ) : mine.error ? (
        <Result status="warning" subTitle={errorText(mine.error)} />
      ) : criteria.length === 0 ? (
        <Alert type="info" showIcon title={t(m.noRubric)} />
      ) : (
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="rating-form">
          {criteria.map((c, i) => (
            <div key={c.id} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}>
              <div style={{ fontWeight: 600 }}>
                {i + 1}. {c.name} <span style={{ color: '#999', fontWeight: 400 }}>{`${t(m.weights)} ${c.weight}`}</span>
              </div>
              {c.description && <div style={{ color: '#888', fontSize: 12, marginBottom: 6 }}>{c.description}</div>}
              <Space align="start" style={{ width: '100%' }}>
                <Form.Item name={[String(c.id), 'score']} label={t(m.score)} rules={[{ required: true }, { type: 'number', min: 0, max: 100 }]}>
                  <InputNumber min={0} max={100} precision={1} style={{ width: 110 }} data-testid={`rating-score-${i + 1}`} />
                </Form.Item>
                <Form.Item name={[String(c.id), 'comment']} label={t(m.comment)} rules={[{ max: 500 }]} style={{ flex: 1, minWidth: 260 }}>
                  <Input />
                </Form.Item>
              </Space>
            </div>
          ))}
        </Form>
      )}
    </Drawer>
  );
}
