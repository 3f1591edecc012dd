import { useEffect, useRef } from 'react';
import { echarts } from './echarts.js';

export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];

/** One ECharts instance for the life of the element, given each new option and resized with its box. */
export function EChart({ option, height, testId }: { option: ChartOption; height: number | string; testId?: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={el} style={{ width: '100%', height }} data-testid={testId} />;
}
