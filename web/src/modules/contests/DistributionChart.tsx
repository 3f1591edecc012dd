import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';

/** Live answer distribution: one horizontal bar per option, the right one(s) turn green on reveal. */
export function DistributionChart({ labels, counts, correct, height = 360, color = '#fff' }: { labels: string[]; counts: number[]; correct: number[] | null; height?: number; color?: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!el.current) return;
    chart.current = echarts.init(el.current, undefined, { renderer: 'canvas' });
    // The box narrows when the top 10 slides in next to it, not only when the window changes.
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({
      animationDurationUpdate: 400,
      grid: { left: 8, right: 80, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', show: false, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: labels, axisLabel: { color, fontSize: 28, fontWeight: 700 }, axisLine: { show: false }, axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barWidth: '60%',
          data: labels.map((_, i) => ({ value: counts[i] ?? 0, itemStyle: { color: correct ? (correct.includes(i) ? '#52c41a' : 'rgba(160,160,160,0.45)') : '#faad14', borderRadius: [0, 8, 8, 0] } })),
          label: { show: true, position: 'right', color, fontSize: 28, fontWeight: 700 },
        },
      ],
    });
  }, [labels, counts, correct, color]);
  return <div ref={el} style={{ width: '100%', height }} data-testid="contest-distribution" />;
}
