import { Card, Col, Row, Tag, Tooltip, Typography } from 'antd';
import { useI18n } from '../../kernel/i18n.js';
import type { CaseFigure } from './cockpit.api.js';
import { FigureNumber } from './FigureTile.js';
import { ckText } from './messages.js';
import { formatValue } from './format.js';

/** The headline figures of the case: the live value beside the case's own, or "未启用" (never a typed-in number). */
export function CaseFigures({ figures, drillable, onDrill }: { figures: CaseFigure[]; drillable: (metric: string) => boolean; onDrill: (f: CaseFigure) => void }) {
  const { t, lang } = useI18n();
  return (
    <Row gutter={[12, 12]} data-testid="case-figures">
      {figures.map((f) => (
        <Col key={f.code} xs={24} sm={12} md={8} xl={6} xxl={4}>
          <Card size="small" data-testid={`case-figure-${f.code}`} style={{ height: '100%' }}>
            <Typography.Text type="secondary">{f.label[lang]}</Typography.Text>
            <div style={{ minHeight: 40, display: 'flex', alignItems: 'center' }}>
              {f.metric == null ? (
                <Tooltip title={t(ckText.notEnabledHint)}>
                  <Tag data-testid={`case-figure-off-${f.code}`}>{t(ckText.notEnabled)}</Tag>
                </Tooltip>
              ) : (
                <FigureNumber figure={{ name: f.metric, value: f.value, unit: f.unit, drillDown: drillable(f.metric) }} onDrill={() => onDrill(f)} />
              )}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(ckText.caseValue, { v: `${formatValue(f.caseValue, lang)}${f.unit ?? ''}` })}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
