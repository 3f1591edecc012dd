import * as echarts from 'echarts/core';
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the squads' charts draw; reached through the lazily loaded chart chunk alone.
echarts.use([RadarChart, LineChart, BarChart, RadarComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
