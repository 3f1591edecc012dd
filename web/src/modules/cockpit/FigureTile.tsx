import { Button, Card, Tooltip, Typography } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { useI18n } from '../../kernel/i18n.js';
import type { Bucket, FigureItem, FigureQuery } from './cockpit.api.js';
import { ckText } from './messages.js';
import { formatValue } from './format.js';
import { Sparkline } from './Sparkline.js';
import { useSeries } from './useFigures.js';

/** A number that opens its records when the metric has them. */
export function FigureNumber({ figure, onDrill, size = 28 }: { figure: Pick<FigureItem, 'name' | 'value' | 'unit' | 'drillDown'>; onDrill: () => void; size?: number }) {
  const { lang } = useI18n();
  const text = formatValue(figure.value, lang);
  const style = { fontSize: size, fontWeight: 700, lineHeight: 1.2, color: '#c8161d' };
  const unit = figure.unit ? <span style={{ fontSize: 14, fontWeight: 400, color: '#666', marginLeft: 4 }}>{figure.unit}</span> : null;
  if (!figure.drillDown || figure.value == null)
    return (
      <span data-testid={`figure-value-${figure.name}`} style={style}>
        {text}
        {unit}
      </span>
    );
  return (
    <button type="button" className="vg-figure-number" data-testid={`figure-value-${figure.name}`} onClick={onDrill} style={{ ...style, background: 'none', border: 0, padding: 0, cursor: 'pointer', textAlign: 'left', alignSelf: 'flex-start' }}>
      {text}
      {unit}
    </button>
  );
}

/** One figure of a module: value, trend over the period, and the ranking of child organisations when it has one. */
export function FigureTile({ figure, q, bucket, onDrill, onRank }: { figure: FigureItem; q: FigureQuery; bucket: Bucket; onDrill: () => void; onRank: () => void }) {
  const { t, lang } = useI18n();
  // The trend came with the figures when the page asked for it; else it is fetched on its own.
  const series = useSeries(figure.name, q, bucket, figure.series && !figure.trend);
  const trend = figure.trend ?? series.data?.items ?? [];
  return (
    <Card size="small" data-testid={`figure-${figure.name}`} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 6 } }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <Typography.Text type="secondary" ellipsis>
          {figure.label[lang]}
        </Typography.Text>
        {figure.groupBy.includes('org') && (
          <Tooltip title={t(ckText.ranking)}>
            <Button type="text" size="small" icon={<BarChartOutlined />} onClick={onRank} aria-label={t(ckText.ranking)} data-testid={`figure-rank-${figure.name}`} />
          </Tooltip>
        )}
      </div>
      <FigureNumber figure={figure} onDrill={onDrill} />
      {figure.series && (
        <Tooltip title={t(ckText.trend)}>
          <span style={{ alignSelf: 'stretch' }}>
            <Sparkline values={trend.map((i) => i.value)} width={200} testId={`figure-trend-${figure.name}`} />
          </span>
        </Tooltip>
      )}
    </Card>
  );
}
