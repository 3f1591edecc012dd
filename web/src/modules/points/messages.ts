import type { Text } from '../../kernel/i18n.js';

export const m = {
  title: { zh: '积分规则', en: 'Points rules' },
  sub: { zh: '积分由业务事件自动记入台账；修改分值只影响今后的记分。', en: 'Points are earned from events automatically; changes apply to future entries only.' },
  name: { zh: '规则名称', en: 'Rule' },
  event: { zh: '触发事件', en: 'Event' },
  points: { zh: '分值', en: 'Points' },
  dailyCap: { zh: '每日上限', en: 'Daily cap' },
  noCap: { zh: '不限', en: 'None' },
  active: { zh: '启用', en: 'Active' },
  note: { zh: '说明', en: 'Note' },
  create: { zh: '新增规则', en: 'New rule' },
  deactivate: { zh: '停用', en: 'Deactivate' },
  activate: { zh: '启用', en: 'Activate' },
  deactivateConfirm: { zh: '停用规则“{name}”？停用后该事件不再按此规则记分，已记积分不变。', en: 'Deactivate the rule “{name}”? The event earns nothing by it from now on; points already earned stay.' },
} satisfies Record<string, Text>;

/** The default rules by code (the stored name is Chinese; English readers see these). */
export const ruleNames: Record<string, Text> = {
  daily_login: { zh: '每日登录', en: 'Daily sign-in' },
  article_read: { zh: '阅读文章', en: 'Reading an article' },
  media_study: { zh: '视听学习', en: 'Watching or listening' },
  daily_quiz: { zh: '每日答题', en: 'Daily quiz' },
  course_completed: { zh: '完成课程', en: 'Completing a course' },
  activity_attend: { zh: '参加活动', en: 'Attending an activity' },
  volunteer_hour: { zh: '志愿服务（每小时）', en: 'Volunteer service (per hour)' },
  exam_taken: { zh: '专项答题（考试）', en: 'Taking an exam' },
  contest_correct: { zh: '竞赛答题', en: 'Contest answers' },
  contest_award: { zh: '竞赛获奖', en: 'Contest awards' },
  practice_report: { zh: '基层报告', en: 'Grassroots reports' },
  squad_task: { zh: '攻坚任务', en: 'Hard tasks' },
};
