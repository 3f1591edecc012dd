import { useEffect, useRef } from 'react';
import { echarts } from './echarts.js';

type Option = Parameters<echarts.ECharts['setOption']>[0];

/** How many charts are alive right now (the long-run check reads it: it must not grow with refreshes). */
export const chartStats = { live: 0, created: 0 };

/**
 * One ECharts instance for the life of the element: created on mount, given each new option (replacing the
 * old one, so nothing piles up), resized with its box, disposed on unmount.
 */
export function useChart(option: Option | null) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    chartStats.live += 1;
    chartStats.created += 1;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
      chartStats.live -= 1;
    };
  }, []);
  useEffect(() => {
    if (option) chart.current?.setOption(option, { notMerge: true, lazyUpdate: true });
  }, [option]);
  return el;
}
