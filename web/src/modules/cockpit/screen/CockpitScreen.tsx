import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../kernel/auth.js';
import { useI18n } from '../../../kernel/i18n.js';
import { cockpitKey, contestsApi, figuresApi, type CaseFigure, type FigureItem, type FigureQuery } from '../cockpit.api.js';
import { ckText } from '../messages.js';
import { formatValue } from '../format.js';
import { lastDay, periodOf, periodQuery } from '../period.js';
import { streamStats, useFiguresStream } from '../useFiguresStream.js';
import { districts, QINGDAO_MAP } from './echarts.js';
import { screenCss } from './screenCss.js';
import { chartStats, useChart } from './useChart.js';

const screenKey = [...cockpitKey, 'screen'] as const;
const RATES = ['demands.response_rate', 'demands.resolution_rate', 'demands.satisfaction_rate'];
const LIVE_PHASES = new Set(['lobby', 'question', 'reveal', 'paused']);
const axisText = { color: '#9ecbff', fontSize: 14 };

/** What the long-run check reads: live charts, open streams and timers, refreshes done. */
declare global {
  interface Window {
    __vgCockpitScreen?: { charts: typeof chartStats; stream: typeof streamStats; refreshes: () => number };
  }
}

/** The stage is 1920×1080 and scaled to fit the window, so the layout never reflows or scrolls. */
function useStageScale() {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const fit = () => setScale(Math.min(window.innerWidth / 1920, window.innerHeight / 1080));
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  return scale;
}

/** The time of day, ticking on its own so the rest of the screen does not render every second. */
function Clock() {
  const { lang } = useI18n();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{now.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false, timeZone: 'Asia/Shanghai' })}</span>;
}

function toggleFullscreen() {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  void done?.catch(() => undefined);
}

function Counter({ f }: { f: CaseFigure }) {
  const { t, lang } = useI18n();
  return (
    <div className="vg-ck-counter" data-testid={`screen-case-${f.code}`}>
      <div className="label">{f.label[lang]}</div>
      {f.metric == null ? (
        <div className="off" data-testid={`screen-case-off-${f.code}`}>{t(ckText.notEnabled)}</div>
      ) : (
        <div className="value" data-testid={`screen-case-value-${f.code}`}>
          {formatValue(f.value, lang)}
          {f.unit && <small>{f.unit}</small>}
        </div>
      )}
      <div className="case">{t(ckText.caseValue, { v: `${formatValue(f.caseValue, lang)}${f.unit ?? ''}` })}</div>
    </div>
  );
}

function Chart({ option, testId }: { option: Parameters<typeof useChart>[0]; testId: string }) {
  const ref = useChart(option);
  return <div ref={ref} className="vg-ck-chart" data-testid={testId} />;
}

/** The figure the ranking and the trend follow: the first case figure that can be ranked by organisation. */
function leadFigure(items: FigureItem[], cases: CaseFigure[]): FigureItem | null {
  const byName = new Map(items.map((i) => [i.name, i]));
  const fromCase = cases.map((c) => (c.metric ? byName.get(c.metric) : undefined)).find((i) => i && i.additive && i.groupBy.includes('org'));
  return fromCase ?? items.find((i) => i.groupBy.includes('org')) ?? null;
}

/** The demands figure the heat map shows: one that can be cut by district, received demands first. */
function heatFigure(items: FigureItem[]): FigureItem | null {
  const byDistrict = items.filter((i) => i.groupBy.includes('district'));
  return byDistrict.find((i) => i.name === 'demands.received') ?? byDistrict.find((i) => i.module === 'demands') ?? byDistrict[0] ?? null;
}

/**
 * 数据驾驶舱大屏: the case figures as large counters, the three rates, a trend, the agencies' ranking, demand
 * heat on the map of Qingdao and the live contest. Refreshed by the figures stream (polling while it is down),
 * never reloaded; a fixed set of charts lives as long as the page.
 */
export default function CockpitScreen() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const qc = useQueryClient();
  const scale = useStageScale();
  const period = useMemo(() => periodOf('year'), []);
  const q: FigureQuery = useMemo(() => periodQuery(period), [period]);
  const refreshCount = useRef(0);

  const refresh = useCallback(() => {
    refreshCount.current += 1;
    void qc.invalidateQueries({ queryKey: screenKey });
  }, [qc]);
  const mode = useFiguresStream(refresh);
  useEffect(() => {
    window.__vgCockpitScreen = { charts: chartStats, stream: streamStats, refreshes: () => refreshCount.current };
    return () => void delete window.__vgCockpitScreen;
  }, []);

  const figures = useQuery({ queryKey: [...screenKey, 'figures', q], queryFn: () => figuresApi.list(q) });
  const items = figures.data?.items ?? [];
  const cases = figures.data?.caseFigures ?? [];
  const lead = leadFigure(items, cases);
  const heat = heatFigure(items);
  const ranking = useQuery({ queryKey: [...screenKey, 'ranking', lead?.name, q], queryFn: () => figuresApi.breakdown(lead!.name, { ...q, by: 'org' }), enabled: !!lead });
  const trend = useQuery({ queryKey: [...screenKey, 'trend', lead?.name, q], queryFn: () => figuresApi.series(lead!.name, { ...q, bucket: 'month' }), enabled: !!lead?.series });
  const heatData = useQuery({ queryKey: [...screenKey, 'heat', heat?.name, q], queryFn: () => figuresApi.breakdown(heat!.name, { ...q, by: 'district' }), enabled: !!heat });
  const contest = useQuery({
    queryKey: [...screenKey, 'contest'],
    enabled: can('contests.manage'),
    meta: { silent: true },
    queryFn: async () => {
      const list = await contestsApi.recent();
      for (const c of list.items) {
        const detail = await contestsApi.get(c.id);
        const round = detail.rounds.find((r) => r.kind === 'live' && LIVE_PHASES.has(r.phase));
        if (round) return { contest: detail.name, round: round.name, code: round.code, players: round.players };
      }
      return null;
    },
  });

  const ratesOption = useMemo(() => {
    const rates = RATES.map((n) => figures.data?.items.find((i) => i.name === n)).filter((i): i is FigureItem => !!i);
    return rates.length === 0
        ? null
        : {
            series: rates.map((r, i) => ({
              type: 'gauge' as const,
              center: [`${((i + 0.5) * 100) / rates.length}%`, '55%'],
              radius: '62%',
              min: 0,
              max: 100,
              progress: { show: true, width: 14, itemStyle: { color: ['#4fc3f7', '#95de64', '#ffd666'][i] } },
              axisLine: { lineStyle: { width: 14, color: [[1, 'rgba(79,195,247,.15)']] as [number, string][] } },
              axisTick: { show: false },
              splitLine: { show: false },
              axisLabel: { show: false },
              pointer: { show: false },
              anchor: { show: false },
              title: { offsetCenter: [0, '62%'], color: '#9ecbff', fontSize: 18 },
              detail: { offsetCenter: [0, '0%'], color: '#fff', fontSize: 34, fontWeight: 700, formatter: '{value}%', valueAnimation: false },
              data: [{ value: r.value ?? 0, name: r.label[lang] }],
            })),
          };
  }, [figures.data, lang]);

  const rankingOption = useMemo(() => {
    const top = [...(ranking.data?.items ?? [])].sort((a, b) => b.value - a.value).slice(0, 10);
    return {
      grid: { left: 8, right: 60, top: 4, bottom: 4, containLabel: true },
      xAxis: { type: 'value' as const, show: false },
      yAxis: { type: 'category' as const, inverse: true, data: top.map((i) => i.label), axisLabel: { ...axisText, width: 220, overflow: 'truncate' as const }, axisLine: { show: false }, axisTick: { show: false } },
      series: [{ type: 'bar' as const, data: top.map((i) => i.value), barWidth: '58%', barMaxWidth: 26, itemStyle: { color: '#4fc3f7', borderRadius: [0, 4, 4, 0] }, label: { show: true, position: 'right' as const, color: '#ffd666', fontSize: 15 } }],
    };
  }, [ranking.data]);

  const trendOption = useMemo(() => {
    const points = trend.data?.items ?? [];
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis' as const },
      xAxis: { type: 'category' as const, data: points.map((p) => p.start.slice(5, 7)), axisLabel: axisText, axisLine: { lineStyle: { color: 'rgba(79,195,247,.4)' } } },
      yAxis: { type: 'value' as const, axisLabel: axisText, splitLine: { lineStyle: { color: 'rgba(79,195,247,.12)' } } },
      series: [{ type: 'line' as const, smooth: 0.3, smoothMonotone: 'x' as const, data: points.map((p) => p.value), symbolSize: 6, lineStyle: { color: '#ffd666', width: 3 }, itemStyle: { color: '#ffd666' }, areaStyle: { color: 'rgba(255,214,102,.15)' } }],
    };
  }, [trend.data]);

  const mapOption = useMemo(() => {
    const got = heatData.data?.items ?? [];
    const data = districts.map((d) => ({ name: d.name, value: got.find((i) => i.key === d.code || i.label === d.name)?.value ?? 0 }));
    const max = Math.max(1, ...data.map((d) => d.value));
    return {
      tooltip: { trigger: 'item' as const, formatter: '{b}: {c}' },
      visualMap: { min: 0, max, left: 8, bottom: 8, calculable: false, itemHeight: 120, textStyle: { color: '#9ecbff' }, inRange: { color: ['#0d2a57', '#1f6fbf', '#ffb300', '#ff5722'] } },
      series: [
        {
          type: 'map' as const,
          map: QINGDAO_MAP,
          roam: false,
          layoutCenter: ['50%', '50%'],
          layoutSize: '95%',
          label: { show: true, color: '#fff', fontSize: 15 },
          itemStyle: { borderColor: '#4fc3f7', borderWidth: 1 },
          emphasis: { label: { color: '#fff' }, itemStyle: { areaColor: '#4fc3f7' } },
          data,
        },
      ],
    };
  }, [heatData.data]);

  const cols = Math.min(8, Math.max(4, Math.ceil(cases.length / 2)));
  const live = contest.data;
  return (
    <div className="vg-ck-screen" data-testid="cockpit-screen">
      <style>{screenCss}</style>
      <div className="vg-ck-stage" style={{ transform: `scale(${scale})`, left: Math.max(0, (window.innerWidth - 1920 * scale) / 2) }}>
        <header className="vg-ck-head">
          <div className="vg-ck-meta">
            <span data-testid="screen-scope">{figures.data?.scope.orgName ?? ''}</span>
            <span>{`${period.start} – ${lastDay(period)}`}</span>
          </div>
          <h1>{t(ckText.screenTitle)}</h1>
          <div className="vg-ck-meta" style={{ justifyContent: 'flex-end' }}>
            <span data-testid="screen-mode">{t(mode === 'push' ? ckText.pushOn : ckText.polling)}</span>
            <Clock />
            <button type="button" className="vg-ck-btn" onClick={toggleFullscreen}>
              {t(ckText.fullscreen)}
            </button>
            <button type="button" className="vg-ck-btn" onClick={() => nav('/cockpit')}>
              {t(ckText.close)}
            </button>
          </div>
        </header>
        {figures.isError && !figures.data ? (
          <div style={{ fontSize: 32, textAlign: 'center', marginTop: 200 }} data-testid="screen-error">
            {t(ckText.loadFailed)}
          </div>
        ) : (
          <>
            <section className="vg-ck-counters" style={{ gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))` }} data-testid="screen-counters">
              {cases.map((f) => (
                <Counter key={f.code} f={f} />
              ))}
            </section>
            <section className="vg-ck-body">
              <div className="vg-ck-col">
                <div className="vg-ck-panel" style={{ flex: '0 0 300px' }} data-testid="screen-rates">
                  <h2>{t(ckText.threeRates)}</h2>
                  <Chart option={ratesOption} testId="screen-rates-chart" />
                </div>
                <div className="vg-ck-panel" style={{ flex: 1 }} data-testid="screen-contest">
                  <h2>{t(ckText.liveContest)}</h2>
                  {live ? (
                    <div style={{ display: 'flex', flexDirection: 'column', gap: 10, fontSize: 24, marginTop: 8 }}>
                      <div style={{ fontSize: 30, fontWeight: 700, color: '#fff' }}>{`${live.contest} · ${live.round}`}</div>
                      <div style={{ color: '#ffd666', fontSize: 40, fontWeight: 700 }}>{t(ckText.players, { n: live.players })}</div>
                      {live.code && <div style={{ color: '#9ecbff', letterSpacing: 2 }}>{t(ckText.joinCode, { code: live.code })}</div>}
                    </div>
                  ) : (
                    <div style={{ color: '#6b7d99', fontSize: 22, marginTop: 24 }}>{t(ckText.noContest)}</div>
                  )}
                </div>
              </div>
              <div className="vg-ck-panel" data-testid="screen-map">
                <h2>{heat ? `${t(ckText.demandHeat)} · ${heat.label[lang]}` : t(ckText.demandHeat)}</h2>
                <Chart option={mapOption} testId="screen-map-chart" />
                <div className="vg-ck-note">{t(ckText.mapNote)}</div>
              </div>
              <div className="vg-ck-col">
                <div className="vg-ck-panel" style={{ flex: '1 1 55%' }} data-testid="screen-ranking">
                  <h2>{lead ? t(ckText.agencyRanking, { name: lead.label[lang] }) : t(ckText.ranking)}</h2>
                  <Chart option={rankingOption} testId="screen-ranking-chart" />
                </div>
                <div className="vg-ck-panel" style={{ flex: '1 1 45%' }} data-testid="screen-trend">
                  <h2>{lead ? t(ckText.trendOf, { name: lead.label[lang] }) : t(ckText.trend)}</h2>
                  <Chart option={trendOption} testId="screen-trend-chart" />
                </div>
              </div>
            </section>
          </>
        )}
      </div>
    </div>
  );
}
