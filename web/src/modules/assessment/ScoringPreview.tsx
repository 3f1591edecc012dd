import { useMemo, useState } from 'react';
import { Input, Table, Typography } from 'antd';
import { scoreAll, type ScoringFn } from '../../../../common/assessment-scoring.js';
import { useI18n } from '../../kernel/i18n.js';
import { asText as m } from './messages.js';
import { parseSamples } from './samples.js';

/** The scores a few sample values would get, computed by the server's own rules (common/assessment-scoring.ts). */
export function ScoringPreview({ fn, initial, testId }: { fn: ScoringFn | undefined; initial?: number[]; testId?: string }) {
  const { t } = useI18n();
  const [text, setText] = useState((initial ?? [0, 5, 10, 20]).join(', '));
  const values = useMemo(() => parseSamples(text), [text]);
  const scores = useMemo(() => {
    if (!fn) return [];
    try {
      return scoreAll(fn, values);
    } catch {
      return [];
    }
  }, [fn, values]);
  return (
    <div data-testid={testId}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(m.previewHint)}
      </Typography.Text>
      <Input size="small" value={text} onChange={(e) => setText(e.target.value)} aria-label={t(m.preview)} style={{ margin: '4px 0' }} data-testid={testId && `${testId}-values`} />
      <Table
        size="small"
        pagination={false}
        rowKey="i"
        dataSource={values.map((v, i) => ({ i, v, s: scores[i] }))}
        columns={[
          { title: t(m.sampleValue), dataIndex: 'v' },
          { title: t(m.sampleScore), dataIndex: 's', render: (s: number | undefined) => <span data-testid={testId && 'preview-score'}>{s ?? '—'}</span> },
        ]}
      />
    </div>
  );
}
