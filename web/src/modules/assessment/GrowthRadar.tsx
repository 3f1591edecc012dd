import { useMemo } from 'react';
import { EChart, type ChartOption } from '../squads/charts/EChart.js';
import { useI18n } from '../../kernel/i18n.js';
import type { Growth } from './assessment.api.js';

/** The 五比 radar of the person's squad (its latest closed period). Loaded lazily with the chart library. */
export default function GrowthRadar({ radar, height = 260 }: { radar: Growth['radar']; height?: number }) {
  const { lang } = useI18n();
  const option = useMemo<ChartOption>(
    () => ({
      color: ['#c8161d'],
      tooltip: {},
      radar: { radius: '62%', indicator: radar.dimensions.map((d) => ({ name: lang === 'en' ? d.en : d.zh, max: 100 })) },
      series: [{ type: 'radar', data: [{ name: radar.squadName ?? '', value: radar.dimensions.map((d) => d.value ?? 0), areaStyle: { opacity: 0.25 } }] }],
    }),
    [radar, lang],
  );
  return <EChart option={option} height={height} testId="growth-radar" />;
}
