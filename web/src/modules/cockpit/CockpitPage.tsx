import { useCallback, useMemo, useState } from 'react';
import { Alert, Breadcrumb, Button, Card, Col, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { DesktopOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../kernel/i18n.js';
import { PageContainer } from '../../kernel/ui.js';
import { cockpitKey, themes, type CaseFigure, type FigureItem, type FigureQuery } from './cockpit.api.js';
import { CaseFigures } from './CaseFigures.js';
import { FigureTile } from './FigureTile.js';
import { ckText, moduleText, themeText } from './messages.js';
import { bucketFor, lastDay, periodOf, periodQuery, type Period } from './period.js';
import { PeriodPicker } from './PeriodPicker.js';
import { RankingDrawer } from './RankingDrawer.js';
import { RecordsDrawer, type DrillTarget } from './RecordsDrawer.js';
import { useFigures } from './useFigures.js';
import { useFiguresStream } from './useFiguresStream.js';

/** Figures of one theme, by module in the order the server lists them. */
function byModule(items: FigureItem[]): [string, FigureItem[]][] {
  const groups = new Map<string, FigureItem[]>();
  for (const f of items) groups.set(f.module, [...(groups.get(f.module) ?? []), f]);
  return [...groups];
}

/**
 * The cockpit of the caller's level (committee, agency or branch: the server decides the scope): the case's
 * figures first, then each module's figures under the "four threes", with trends, rankings and records.
 */
export default function CockpitPage() {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [period, setPeriod] = useState<Period>(() => periodOf('year'));
  /** Organisations opened from a ranking, below the caller's own (empty = the caller's scope). */
  const [trail, setTrail] = useState<{ orgId: number; name: string }[]>([]);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [ranked, setRanked] = useState<FigureItem | null>(null);
  const orgId = trail.at(-1)?.orgId;
  const q: FigureQuery = useMemo(() => ({ orgId, ...periodQuery(period) }), [orgId, period]);
  const bucket = bucketFor(period);
  // Values and every trend in one request: the dashboard's tiles need nothing more to draw.
  const figures = useFigures(q, bucket);
  const refresh = useCallback(() => void qc.invalidateQueries({ queryKey: cockpitKey }), [qc]);
  const mode = useFiguresStream(refresh, { pollMs: 60_000 });

  const data = figures.data;
  const byName = useMemo(() => new Map((data?.items ?? []).map((f) => [f.name, f])), [data]);
  const drillFigure = (f: Pick<FigureItem, 'name' | 'label'>) => setDrill({ name: f.name, label: f.label[lang], q });
  const drillCase = (c: CaseFigure) => c.metric && setDrill({ name: c.metric, label: c.label[lang], q });

  const subtitle = data ? t(ckText.subtitle, { org: data.scope.orgName, from: period.start, to: lastDay(period) }) : undefined;
  return (
    <PageContainer
      title={t(ckText.title)}
      subTitle={subtitle}
      card={false}
      extra={
        <Space wrap>
          <PeriodPicker value={period} onChange={setPeriod} />
          <Tag color={mode === 'push' ? 'green' : 'default'}>{t(mode === 'push' ? ckText.pushOn : ckText.polling)}</Tag>
          <Button icon={<DesktopOutlined />} href="/screen/cockpit" target="_blank" data-testid="cockpit-open-screen">
            {t(ckText.screen)}
          </Button>
        </Space>
      }
    >
      <div data-testid="cockpit-page" style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        {trail.length > 0 && data && (
          <Breadcrumb
            data-testid="cockpit-trail"
            items={[{ title: <a onClick={() => setTrail([])}>{t(ckText.title)}</a> }, ...trail.map((o, i) => ({ title: i === trail.length - 1 ? o.name : <a onClick={() => setTrail(trail.slice(0, i + 1))}>{o.name}</a> }))]}
          />
        )}
        {figures.isError && !data ? (
          <Alert type="error" showIcon title={t(ckText.loadFailed)} action={<Button size="small" onClick={() => void figures.refetch()}>{t(ckText.retry)}</Button>} data-testid="cockpit-error" />
        ) : !data ? (
          <Card>
            <Skeleton active paragraph={{ rows: 6 }} />
          </Card>
        ) : (
          <>
            <Card title={t(ckText.caseFigures)} size="small" data-testid="cockpit-case">
              <CaseFigures figures={data.caseFigures} drillable={(m) => byName.get(m)?.drillDown ?? false} onDrill={drillCase} />
            </Card>
            {data.items.length === 0 && (
              <Card>
                <Empty description={t(ckText.noFigures)} />
              </Card>
            )}
            {themes.map((theme) => {
              const items = data.items.filter((f) => f.theme === theme && f.kind === 'org');
              if (items.length === 0) return null;
              return (
                <Card key={theme} title={t(themeText[theme])} size="small" data-testid={`cockpit-theme-${theme}`}>
                  <Space orientation="vertical" style={{ width: '100%' }} size={12}>
                    {byModule(items).map(([module, list]) => (
                      <div key={module}>
                        <Typography.Text strong>{moduleText[module] ? t(moduleText[module]) : module}</Typography.Text>
                        <Row gutter={[12, 12]} style={{ marginTop: 8 }}>
                          {list.map((f) => (
                            <Col key={f.name} xs={24} sm={12} lg={8} xxl={6}>
                              <FigureTile figure={f} q={q} bucket={bucket} onDrill={() => drillFigure(f)} onRank={() => setRanked(f)} />
                            </Col>
                          ))}
                        </Row>
                      </div>
                    ))}
                  </Space>
                </Card>
              );
            })}
          </>
        )}
      </div>
      <RecordsDrawer target={drill} onClose={() => setDrill(null)} />
      <RankingDrawer
        figure={ranked}
        q={q}
        onClose={() => setRanked(null)}
        onOpenOrg={(id, name) => {
          setRanked(null);
          setTrail([...trail, { orgId: id, name }]);
        }}
      />
    </PageContainer>
  );
}
