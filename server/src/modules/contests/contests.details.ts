import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of contests's checks (kernel/details). */
export const contestsDetails: DetailMessages = {
  'question not served yet': '还没有答到这道题',
  'unknown question or not usable by this organisation': '题目不存在，或主办组织不能使用该题目',
  'unknown squad, not active, or outside your scope': '尖刀班不存在、已合并或撤销，或不在您的管理范围内',
  'a team contest needs teams': '团队赛需要设置参赛团队',
  'ratios must add up to at most 1': '金、银、铜奖的比例合计不能超过 1',
  'counts must be whole numbers': '按名次数评奖时，金、银、铜奖的名次数应为整数',
  'an online round needs opensAt < closesAt': '线上赛须设置开放时间，且结束时间应晚于开始时间',
  'a team needs an organisation, a roster or a squad': '参赛团队须指定组织、参赛人员或尖刀班',
  'a squad team takes its roster from the squad': '尖刀班参赛时，团队成员即为该班在队队员，无须另选组织或人员',
};
