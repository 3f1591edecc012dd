import type { Text } from '../../kernel/i18n.js';

export const meText = {
  title: { zh: '我的资料与积分', en: 'My profile and points' },
  profile: { zh: '我的资料', en: 'My profile' },
  username: { zh: '用户名', en: 'Username' },
  name: { zh: '姓名', en: 'Name' },
  roles: { zh: '角色', en: 'Roles' },
  branch: { zh: '所在组织', en: 'My organisation' },
  balance: { zh: '我的积分', en: 'My points' },
  history: { zh: '积分明细', en: 'Points history' },
  time: { zh: '时间', en: 'Time' },
  rule: { zh: '事项', en: 'For' },
  note: { zh: '备注', en: 'Note' },
  noPerson: { zh: '当前账号未关联党员信息，暂无积分。', en: 'This account is not linked to a member record, so it has no points.' },
  noHistory: { zh: '还没有积分记录', en: 'No points yet' },
  orgBoard: { zh: '组织积分排行', en: 'Organisation ranking' },
  perCapita: { zh: '人均', en: 'Per capita' },
  members: { zh: '人数', en: 'Members' },
  totalPts: { zh: '总积分', en: 'Total' },
  peopleBoard: { zh: '个人积分排行', en: 'Personal ranking' },
  rank: { zh: '名次', en: 'Rank' },
  morning: { zh: '早上好', en: 'Good morning' },
  afternoon: { zh: '下午好', en: 'Good afternoon' },
  evening: { zh: '晚上好', en: 'Good evening' },
  slogan: { zh: '学思想 强党性 共奋斗', en: 'Study, strengthen, strive together' },
  quick: { zh: '常用功能', en: 'Shortcuts' },
  more: { zh: '查看全部', en: 'See all' },
  recent: { zh: '最近积分', en: 'Recent points' },
} satisfies Record<string, Text>;

export function greeting(hour: number) {
  return hour < 12 ? meText.morning : hour < 18 ? meText.afternoon : meText.evening;
}
