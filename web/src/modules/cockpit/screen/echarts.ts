import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, LineChart, MapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import qingdao from '../map/qingdao-districts.geo.json';

// Only what the big screen draws; this file is reached through the screen's lazy chunk alone.
echarts.use([BarChart, GaugeChart, LineChart, MapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** Qingdao's 10 districts, shipped in the repo (see its `_about`): no map service at run time. */
export const QINGDAO_MAP = 'qingdao';
echarts.registerMap(QINGDAO_MAP, qingdao as unknown as Parameters<typeof echarts.registerMap>[1]);

/** Code and name of every district on the map, from the map file itself. */
export const districts: { code: string; name: string }[] = qingdao.features.map((f) => ({ code: f.properties.code, name: f.properties.name }));

export { echarts };
