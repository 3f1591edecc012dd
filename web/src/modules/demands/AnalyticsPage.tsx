import { useMemo, useState } from 'react';
import { Card, Col, DatePicker, List, Row, Statistic, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import ReactEChartsCore from 'echarts-for-react/esm/core.js';
import { useI18n, type Text } from '../../kernel/i18n.js';
import { PageContainer } from '../../kernel/ui.js';
import { echarts } from './charts.js';
import { DrillDrawer, type Drill } from './DrillDrawer.js';
import { dText } from './messages.js';
import { rateNames, rateOf, shanghaiToday, useDistricts, useHotTopics, useRatesBy, useTotals, useTrend, type Group, type RateName } from './useAnalytics.js';

const rateText: Record<RateName, Text> = { response: dText.responseRate, resolution: dText.resolutionRate, satisfaction: dText.satisfactionRate };
const short = (name: string) => name.replace(/机关党委$/, '');
const fmt = (d: Dayjs) => d.format('YYYY-MM-DD');

type Kpi = { id: string; label: Text; value: (g: Group) => number | null; drill: Drill['params']; percent?: boolean };
const kpis: Kpi[] = [
  { id: 'received', label: dText.received, value: (g) => g.counts.received, drill: { measure: 'received' } },
  { id: 'answered', label: dText.resolved, value: (g) => g.counts.answered, drill: { measure: 'answered' } },
  ...rateNames.map((r) => ({ id: `${r}_rate`, label: rateText[r], value: (g: Group) => rateOf(g, r), drill: { rate: r, part: 'hit' as const }, percent: true })),
];

/** 三率 and heat from the daily rollup (docs/demands-analytics.md); every number and bar opens the demands behind it. */
export default function AnalyticsPage() {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const today = dayjs(shanghaiToday());
    return [today.subtract(29, 'day'), today];
  });
  const period = useMemo(() => ({ from: fmt(range[0]), to: fmt(range[1]) }), [range]);
  const trendPeriod = useMemo(() => ({ from: fmt(range[1].subtract(12, 'week')), to: fmt(range[1]) }), [range]);
  const [drill, setDrill] = useState<Drill | null>(null);
  const totals = useTotals(period);
  const trend = useTrend(trendPeriod);
  const byOrg = useRatesBy('org', period);
  const districts = useDistricts(period);
  const hot = useHotTopics(period);
  const open = (title: string, params: Drill['params']) => setDrill({ title, params: { ...period, ...params } });

  const trendOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 40, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: (trend.data ?? []).map((w) => w.period.slice(5)) },
    yAxis: [{ type: 'value' }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: t(dText.received), type: 'bar', color: '#c8161d', data: (trend.data ?? []).map((w) => w.counts.received) },
      ...rateNames.map((r) => ({ name: t(rateText[r]), type: 'line', yAxisIndex: 1, smooth: true, data: (trend.data ?? []).map((w) => rateOf({ ...w, key: '', label: '' }, r)) })),
    ],
  };
  const orgs = (byOrg.data ?? []).filter((g) => g.key !== '0');
  const rateOption = {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v ?? '—'}%` },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 72 },
    xAxis: { type: 'category', axisLabel: { rotate: 30 }, data: orgs.map((g) => short(g.label)) },
    yAxis: { type: 'value', max: 100 },
    series: rateNames.map((r) => ({ name: t(rateText[r]), type: 'bar', data: orgs.map((g) => rateOf(g, r)) })),
  };
  const heat = districts.data ?? [];
  const heatOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 72, right: 40, top: 8, bottom: 24 },
    visualMap: { min: 0, max: Math.max(1, ...heat.map((d) => d.counts.received)), dimension: 0, show: false, inRange: { color: ['#ffe7ba', '#fa8c16', '#c8161d'] } },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: heat.map((d) => d.label) },
    series: [{ type: 'bar', data: heat.map((d) => d.counts.received), label: { show: true, position: 'right' } }],
  };

  return (
    <PageContainer
      title={t(dText.analytics)}
      subTitle={t(dText.analyticsSub)}
      card={false}
      extra={<DatePicker.RangePicker allowClear={false} value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} aria-label={t(dText.period)} />}
    >
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {kpis.map((k) => (
          <Col key={k.id} flex="1 1 180px">
            <Card variant="borderless" hoverable onClick={() => open(t(k.label), k.drill)} data-testid={`kpi-${k.id}`}>
              <Statistic
                loading={totals.isLoading}
                title={t(k.label)}
                value={totals.data ? (k.value(totals.data) ?? '—') : 0}
                precision={k.percent ? 2 : 0}
                suffix={k.percent ? '%' : t({ zh: '件', en: '' })}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <Card variant="borderless" title={t(dText.trend)}>
            <ReactEChartsCore
              echarts={echarts}
              option={trendOption}
              style={{ height: 300 }}
              onEvents={{
                click: (e: { dataIndex: number }) => {
                  const w = trend.data?.[e.dataIndex];
                  if (w) setDrill({ title: `${t(dText.received)} ${w.period}`, params: { measure: 'received', from: w.period, to: fmt(dayjs(w.period).add(6, 'day')) } });
                },
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card variant="borderless" title={t(dText.districtHeat)}>
            <ReactEChartsCore
              echarts={echarts}
              option={heatOption}
              style={{ height: 300 }}
              onEvents={{ click: (e: { dataIndex: number }) => { const d = heat[e.dataIndex]; if (d) open(d.label, { measure: 'received', districtCode: d.key }); } }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card variant="borderless" title={t(dText.ratesByDept)}>
            <ReactEChartsCore
              echarts={echarts}
              option={rateOption}
              style={{ height: 340 }}
              onEvents={{
                click: (e: { dataIndex: number; seriesIndex: number }) => {
                  const g = orgs[e.dataIndex];
                  const r = rateNames[e.seriesIndex];
                  if (g && r) open(`${short(g.label)} · ${t(rateText[r])}`, { rate: r, part: 'hit', orgId: Number(g.key) });
                },
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card variant="borderless" title={t(dText.hotTopics)}>
            <List
              size="small"
              loading={hot.isLoading}
              dataSource={hot.data?.categories ?? []}
              renderItem={(c) => (
                <List.Item style={{ cursor: 'pointer' }} onClick={() => open(c.name, { measure: 'received', categoryCode: c.code })}>
                  <span>{c.name}</span>
                  <span>{`${c.count}（${c.share ?? 0}%）`}</span>
                </List.Item>
              )}
            />
            <div style={{ marginTop: 8 }}>
              {(hot.data?.keywords ?? []).map((k) => (
                <Tag key={k.word} style={{ marginBottom: 4 }}>{`${k.word} ${k.count}`}</Tag>
              ))}
            </div>
          </Card>
        </Col>
      </Row>
      <DrillDrawer drill={drill} onClose={() => setDrill(null)} />
    </PageContainer>
  );
}
