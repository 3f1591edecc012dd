import type { Text } from '../../kernel/i18n.js';
import type { Theme } from './cockpit.api.js';
import type { PeriodKind } from './period.js';

export const ckText = {
  title: { zh: '数据驾驶舱', en: 'Cockpit' },
  subtitle: { zh: '{org} · {from} 至 {to}', en: '{org} · {from} to {to}' },
  caseFigures: { zh: '案例指标', en: 'Figures of the case' },
  caseValue: { zh: '案例：{v}', en: 'Case: {v}' },
  notEnabled: { zh: '未启用', en: 'Not enabled' },
  notEnabledHint: { zh: '对应模块尚未启用，暂无实时数据', en: 'Its module is not installed yet: no live figure' },
  live: { zh: '实时', en: 'Live' },
  period: { zh: '统计期间', en: 'Period' },
  screen: { zh: '大屏', en: 'Big screen' },
  ranking: { zh: '下级组织排名', en: 'Ranking of child organisations' },
  rankingOf: { zh: '{name} · 下级组织排名', en: '{name} · ranking of child organisations' },
  noRanking: { zh: '没有下级组织的数据', en: 'No child organisation has data' },
  recordsOf: { zh: '{name} · 明细记录', en: '{name} · records' },
  export: { zh: '导出 Excel', en: 'Export to Excel' },
  trend: { zh: '趋势', en: 'Trend' },
  back: { zh: '返回 {org}', en: 'Back to {org}' },
  openOrg: { zh: '查看该组织', en: 'Open this organisation' },
  rank: { zh: '名次', en: 'Rank' },
  org: { zh: '组织', en: 'Organisation' },
  value: { zh: '数值', en: 'Value' },
  share: { zh: '占比', en: 'Share' },
  noFigures: { zh: '本范围暂无指标', en: 'No figures in this scope' },
  loadFailed: { zh: '指标加载失败', en: 'The figures could not be loaded' },
  retry: { zh: '重试', en: 'Retry' },
  myFigures: { zh: '我的数据', en: 'My figures' },
  noMyFigures: { zh: '暂无个人数据', en: 'No figures yet' },
  // big screen
  screenTitle: { zh: '“四个三”青春之岛先锋队伍 · 数据驾驶舱', en: 'Youth Island Vanguard · Cockpit' },
  threeRates: { zh: '三率', en: 'The three rates' },
  demandHeat: { zh: '诉求热力（按区市）', en: 'Demands by district' },
  schematic: { zh: '示意图', en: 'Schematic' },
  mapNote: { zh: '区划轮廓为简化示意', en: 'Simplified outlines' },
  agencyRanking: { zh: '{name} · 机关排名', en: '{name} · agencies' },
  trendOf: { zh: '{name} · 趋势', en: '{name} · trend' },
  liveContest: { zh: '正在进行的竞赛', en: 'Contest under way' },
  noContest: { zh: '当前没有进行中的现场竞赛', en: 'No live contest is running' },
  joinCode: { zh: '加入码 {code}', en: 'Join code {code}' },
  players: { zh: '参赛 {n} 人', en: '{n} players' },
  pushOn: { zh: '实时推送', en: 'Live push' },
  polling: { zh: '定时刷新', en: 'Polling' },
  updatedAt: { zh: '更新于 {t}', en: 'Updated {t}' },
  close: { zh: '关闭', en: 'Close' },
  fullscreen: { zh: '全屏', en: 'Full screen' },
} satisfies Record<string, Text>;

/** The "four threes" of the case, in its order. */
export const themeText: Record<Theme, Text> = {
  courses: { zh: '修好“三门课”', en: 'Three courses' },
  carriers: { zh: '创新“三载体”', en: 'Three carriers' },
  mechanisms: { zh: '完善“三机制”', en: 'Three mechanisms' },
  orientations: { zh: '树牢“三导向”', en: 'Three orientations' },
};

export const periodText: Record<PeriodKind, Text> = {
  year: { zh: '本年', en: 'This year' },
  quarter: { zh: '本季度', en: 'This quarter' },
  month: { zh: '本月', en: 'This month' },
  custom: { zh: '自定义', en: 'Custom' },
};

/** Names of the modules that register figures; an unknown one shows its code. */
export const moduleText: Record<string, Text> = {
  activities: { zh: '组织生活与活动', en: 'Activities' },
  learning: { zh: '学习教育', en: 'Learning' },
  content: { zh: '宣传阵地', en: 'Content' },
  contests: { zh: '知识竞赛', en: 'Contests' },
  demands: { zh: '青诉即办', en: 'Demands' },
  practice: { zh: '基层实践', en: 'Practice' },
  points: { zh: '积分', en: 'Points' },
  org: { zh: '组织与队伍', en: 'Organisation' },
};

/** Column titles for the usual fields of drill-down records; others show their field name. */
export const fieldText: Record<string, Text> = {
  id: { zh: '编号', en: 'ID' },
  title: { zh: '标题', en: 'Title' },
  name: { zh: '名称', en: 'Name' },
  personName: { zh: '姓名', en: 'Person' },
  orgName: { zh: '组织', en: 'Organisation' },
  status: { zh: '状态', en: 'Status' },
  category: { zh: '类别', en: 'Category' },
  startsAt: { zh: '开始时间', en: 'Starts' },
  endsAt: { zh: '结束时间', en: 'Ends' },
  at: { zh: '时间', en: 'Time' },
  createdAt: { zh: '创建时间', en: 'Created' },
  receivedAt: { zh: '受理时间', en: 'Received' },
  completedAt: { zh: '完成时间', en: 'Completed' },
  finishedAt: { zh: '结束时间', en: 'Finished' },
  hours: { zh: '时长（小时）', en: 'Hours' },
  score: { zh: '得分', en: 'Score' },
  trackingCode: { zh: '诉求编号', en: 'Tracking code' },
  district: { zh: '区市', en: 'District' },
  value: { zh: '数值', en: 'Value' },
};
