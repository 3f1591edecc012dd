/**
 * The headline figures of the case 《“四个三”路径淬炼“青春之岛”先锋队伍》 (see the case text), each with
 * the case's own value. A registered metric names the case figure it stands for (`MetricDef.caseFigure`);
 * a case figure no installed module measures has no live value — it is shown as not enabled, never typed in.
 *
 * `window` is the period the case speaks of: 'year' for a yearly figure (年均), 'all' for a standing count.
 * The case gives no number for the three rates of 青诉即办, so they are metrics but not case figures.
 */
export interface CaseFigure {
  code: string;
  label: { zh: string; en: string };
  caseValue: number;
  unit: string | null;
  window: 'year' | 'all';
}

export const caseFigures: readonly CaseFigure[] = [
  { code: 'demands_resolved_per_year', label: { zh: '年均解决民生诉求', en: 'Demands resolved a year' }, caseValue: 5_000_000, unit: '件', window: 'year' },
  { code: 'squads', label: { zh: '青年尖刀班', en: 'Youth vanguard squads' }, caseValue: 108, unit: '支', window: 'all' },
  { code: 'volunteer_teams', label: { zh: '红色志愿服务队', en: 'Red volunteer teams' }, caseValue: 125, unit: '支', window: 'all' },
  { code: 'volunteer_person_times', label: { zh: '志愿服务人次', en: 'Volunteer service person-times' }, caseValue: 31_000, unit: '人次', window: 'all' },
  { code: 'communities_served', label: { zh: '服务社区', en: 'Communities served' }, caseValue: 445, unit: '个', window: 'all' },
  { code: 'care_activities', label: { zh: '关心关爱活动', en: 'Care activities' }, caseValue: 1_000, unit: '场', window: 'all' },
  { code: 'care_attendees', label: { zh: '关心关爱受众', en: 'Care activity attendances' }, caseValue: 25_000, unit: '人次', window: 'all' },
  { code: 'demonstration_points', label: { zh: '机关党建示范点', en: 'Demonstration points' }, caseValue: 15, unit: '个', window: 'all' },
  { code: 'first_button_projects', label: { zh: '党建“第一粒扣子”', en: '“First button” projects' }, caseValue: 11, unit: '个', window: 'all' },
  { code: 'contest_award_ratio', label: { zh: '竞赛获奖人数占比', en: 'Contest award ratio' }, caseValue: 10, unit: '%', window: 'all' },
  { code: 'cases', label: { zh: '全国优秀案例', en: 'Outstanding cases nationwide' }, caseValue: 769, unit: '个', window: 'all' },
];

export type CaseFigureCode = (typeof caseFigures)[number]['code'];
