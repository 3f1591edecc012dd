import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Segmented, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ScoringFn } from '../../../../common/assessment-scoring.js';
import { useI18n } from '../../kernel/i18n.js';
import type { LeafDef, TargetKind } from './assessment.api.js';
import { asText as m } from './messages.js';
import { ScoringPreview } from './ScoringPreview.js';
import type { MetricOption } from './useMetrics.js';

type Computed = Extract<LeafDef, { type: 'computed' }>;
type Scoring = Computed['scoring'];

const defaults: Record<Scoring['fn'], Scoring> = {
  linear: { fn: 'linear', from: 0, to: 10 },
  bands: {
    fn: 'bands',
    bands: [
      { min: 0, score: 60 },
      { min: 10, score: 80 },
      { min: 20, score: 100 },
    ],
  },
  rank: { fn: 'rank', higherIsBetter: true },
  pass: { fn: 'pass', threshold: 1 },
};

const leafDefaults: Record<LeafDef['type'], LeafDef> = {
  computed: { type: 'computed', metric: '', scoring: defaults.linear },
  rated: { type: 'rated', maxScore: 10, rubric: '' },
  evidence: { type: 'evidence', maxScore: 10, requirement: '' },
};

/** The definition of a leaf: computed (metric + scoring function, with a preview), rated (max score) or evidence. */
export function LeafEditor(props: {
  leaf: LeafDef | undefined;
  onChange: (leaf: LeafDef) => void;
  targetKind: TargetKind;
  metrics: MetricOption[];
  errors: (field: string) => string[];
  disabled?: boolean;
  testId: string;
}) {
  const { t, lang } = useI18n();
  const leaf = props.leaf ?? leafDefaults.rated;
  const err = (field: string) => {
    const list = props.errors(field);
    return list.length ? { validateStatus: 'error' as const, help: list.join('；') } : {};
  };
  const options = props.metrics
    .filter((x) => x.kind === props.targetKind)
    .map((x) => ({ value: x.name, label: `${lang === 'en' ? x.label.en : x.label.zh}${x.value != null ? `（当前 ${x.value}${x.unit ?? ''}）` : ''}`, title: x.name }));
  return (
    <div className="vg-leaf" data-testid={props.testId}>
      <Form.Item label={t(m.leafType)} style={{ marginBottom: 8 }} {...err('leaf')}>
        <Segmented
          disabled={props.disabled}
          value={leaf.type}
          onChange={(v) => props.onChange(leafDefaults[v as LeafDef['type']])}
          options={[
            { value: 'computed', label: t(m.computed) },
            { value: 'rated', label: t(m.rated) },
            { value: 'evidence', label: t(m.evidence) },
          ]}
          data-testid={`${props.testId}-type`}
        />
      </Form.Item>
      {leaf.type === 'computed' ? (
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Form.Item label={t(m.metric)} tooltip={t(m.metricHint)} style={{ marginBottom: 8 }} {...err('leaf.metric')}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                disabled={props.disabled}
                value={leaf.metric || undefined}
                onChange={(metric: string) => props.onChange({ ...leaf, metric })}
                options={options}
                placeholder={t(m.metric)}
                data-testid={`${props.testId}-metric`}
              />
            </Form.Item>
            <Form.Item label={t(m.scoring)} style={{ marginBottom: 8 }} {...err('leaf.scoring')}>
              <Segmented
                disabled={props.disabled}
                value={leaf.scoring.fn}
                onChange={(fn) => props.onChange({ ...leaf, scoring: defaults[fn as Scoring['fn']] })}
                options={[
                  { value: 'linear', label: t(m.fnLinear) },
                  { value: 'bands', label: t(m.fnBands) },
                  { value: 'rank', label: t(m.fnRank) },
                  { value: 'pass', label: t(m.fnPass) },
                ]}
                data-testid={`${props.testId}-fn`}
              />
            </Form.Item>
            <ScoringFields scoring={leaf.scoring} onChange={(scoring) => props.onChange({ ...leaf, scoring })} disabled={props.disabled} testId={props.testId} />
          </Col>
          <Col xs={24} lg={10}>
            <Typography.Text strong>{t(m.preview)}</Typography.Text>
            <ScoringPreview fn={leaf.scoring as ScoringFn} testId={`${props.testId}-preview`} />
          </Col>
        </Row>
      ) : (
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item label={t(m.maxScore)} style={{ marginBottom: 8 }} {...err('leaf.maxScore')}>
              <InputNumber disabled={props.disabled} min={0.5} max={1000} value={leaf.maxScore} onChange={(v) => props.onChange({ ...leaf, maxScore: Number(v ?? 0) })} data-testid={`${props.testId}-max`} />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            {leaf.type === 'rated' ? (
              <Form.Item label={t(m.rubric)} style={{ marginBottom: 8 }} {...err('leaf.rubric')}>
                <Input.TextArea disabled={props.disabled} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} value={leaf.rubric ?? ''} onChange={(e) => props.onChange({ ...leaf, rubric: e.target.value })} />
              </Form.Item>
            ) : (
              <Form.Item label={t(m.requirement)} style={{ marginBottom: 8 }} {...err('leaf.requirement')}>
                <Input.TextArea disabled={props.disabled} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} value={leaf.requirement ?? ''} onChange={(e) => props.onChange({ ...leaf, requirement: e.target.value })} />
              </Form.Item>
            )}
          </Col>
        </Row>
      )}
    </div>
  );
}

function ScoringFields({ scoring, onChange, disabled, testId }: { scoring: Scoring; onChange: (s: Scoring) => void; disabled?: boolean; testId: string }) {
  const { t } = useI18n();
  const num = (v: number | string | null) => Number(v ?? 0);
  switch (scoring.fn) {
    case 'linear':
      return (
        <Space wrap>
          <span>{t(m.from)}</span>
          <InputNumber disabled={disabled} value={scoring.from} onChange={(v) => onChange({ ...scoring, from: num(v) })} data-testid={`${testId}-from`} />
          <span>{t(m.to)}</span>
          <InputNumber disabled={disabled} value={scoring.to} onChange={(v) => onChange({ ...scoring, to: num(v) })} data-testid={`${testId}-to`} />
        </Space>
      );
    case 'pass':
      return (
        <Space>
          <span>{t(m.threshold)}</span>
          <InputNumber disabled={disabled} value={scoring.threshold} onChange={(v) => onChange({ ...scoring, threshold: num(v) })} data-testid={`${testId}-threshold`} />
        </Space>
      );
    case 'rank':
      return (
        <Checkbox disabled={disabled} checked={scoring.higherIsBetter ?? true} onChange={(e) => onChange({ ...scoring, higherIsBetter: e.target.checked })}>
          {t(m.higherIsBetter)}
        </Checkbox>
      );
    case 'bands':
      return (
        <Space orientation="vertical" size={4}>
          {scoring.bands.map((b, i) => (
            <Space key={i}>
              <span>{t(m.bandMin)}</span>
              <InputNumber disabled={disabled} value={b.min} onChange={(v) => onChange({ ...scoring, bands: scoring.bands.map((x, j) => (j === i ? { ...x, min: num(v) } : x)) })} />
              <span>{t(m.bandScore)}</span>
              <InputNumber disabled={disabled} min={0} max={100} value={b.score} onChange={(v) => onChange({ ...scoring, bands: scoring.bands.map((x, j) => (j === i ? { ...x, score: num(v) } : x)) })} />
              <Button disabled={disabled || scoring.bands.length <= 1} icon={<DeleteOutlined />} aria-label={t(m.remove)} onClick={() => onChange({ ...scoring, bands: scoring.bands.filter((_, j) => j !== i) })} />
            </Space>
          ))}
          <Button
            size="small"
            disabled={disabled || scoring.bands.length >= 10}
            icon={<PlusOutlined />}
            onClick={() => onChange({ ...scoring, bands: [...scoring.bands, { min: (scoring.bands.at(-1)?.min ?? 0) + 10, score: 100 }] })}
          >
            {t(m.addBand)}
          </Button>
        </Space>
      );
  }
}
