import { useMemo } from 'react';
import { useI18n } from '../../../kernel/i18n.js';
import { dimensionKeys, sqText as m } from '../messages.js';
import { type SquadPeriodScore } from '../squads.api.js';
import { EChart, type ChartOption } from './EChart.js';

const palette = ['#c8161d', '#fa8c16', '#1677ff', '#52c41a', '#722ed1', '#13c2c2'];

/** The five dimensions of the last periods (at most four), one polygon per period, latest in front. */
export function SquadRadar({ scores, height = 320 }: { scores: SquadPeriodScore[]; height?: number }) {
  const { t } = useI18n();
  const option = useMemo<ChartOption>(() => {
    const recent = scores.slice(-4);
    return {
      color: palette,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, data: recent.map((s) => s.label) },
      radar: { radius: '62%', center: ['50%', '48%'], indicator: dimensionKeys.map((k) => ({ name: t(m[k]), max: 100 })) },
      series: [
        {
          type: 'radar',
          data: recent.map((s, i) => ({
            name: s.label,
            value: dimensionKeys.map((k) => Number(s[k] ?? 0)),
            areaStyle: i === recent.length - 1 ? { opacity: 0.25 } : undefined,
            lineStyle: { width: i === recent.length - 1 ? 3 : 1 },
          })),
        },
      ],
    };
  }, [scores, t]);
  return <EChart option={option} height={height} testId="squad-radar" />;
}

/** The squad's rank in every closed period (1 at the top). */
export function RankHistory({ scores, height = 260 }: { scores: SquadPeriodScore[]; height?: number }) {
  const { t } = useI18n();
  const option = useMemo<ChartOption>(
    () => ({
      color: ['#c8161d'],
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: scores.map((s) => s.label) },
      yAxis: { type: 'value', inverse: true, min: 1, minInterval: 1, name: t(m.rank) },
      series: [{ type: 'line', name: t(m.rank), data: scores.map((s) => s.rank), label: { show: true }, symbolSize: 8 }],
    }),
    [scores, t],
  );
  return <EChart option={option} height={height} testId="squad-rank-history" />;
}
