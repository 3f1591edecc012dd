import type { Text } from './text.js';

export const contestsAuditActions = {
  'contests.create': { zh: '新建竞赛', en: 'Contest created' },
  'contests.host_open': { zh: '主持：开放入场', en: 'Host: doors opened' },
  'contests.host_start': { zh: '主持：开始答题', en: 'Host: started' },
  'contests.host_next': { zh: '主持：下一题', en: 'Host: next question' },
  'contests.host_reveal': { zh: '主持：公布答案', en: 'Host: answer revealed' },
  'contests.host_pause': { zh: '主持：暂停', en: 'Host: paused' },
  'contests.host_resume': { zh: '主持：继续', en: 'Host: resumed' },
  'contests.host_end': { zh: '主持：结束竞赛', en: 'Host: ended' },
  'contests.finish_round': { zh: '结束场次并计分', en: 'Round finished and scored' },
  'contests.view_results': { zh: '查看竞赛成绩', en: 'Results viewed' },
  'contests.export_results': { zh: '导出竞赛成绩', en: 'Results exported' },
  'contests.match_finished': { zh: '双人对战/四人赛结束并计分', en: 'Two- or four-player match finished and scored' },
  'contests.certificate': { zh: '下载获奖证书', en: 'Certificate downloaded' },
} satisfies Record<string, Text>;
