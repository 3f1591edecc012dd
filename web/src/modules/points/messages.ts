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
};

/** The business events a rule can listen to. */
export const eventLabels: Record<string, Text> = {
  'auth.login': { zh: '登录平台', en: 'Signs in' },
  'content.read_completed': { zh: '读完一篇文章', en: 'Finishes an article' },
  'content.video_watched': { zh: '看完一段视听内容', en: 'Finishes a video or audio' },
  'learning.daily_quiz_completed': { zh: '完成每日答题', en: 'Completes the daily quiz' },
  'learning.course_completed': { zh: '完成一门课程', en: 'Completes a course' },
  'activities.attended': { zh: '活动签到', en: 'Attends an activity' },
  'community.hours_confirmed': { zh: '社区确认服务时长', en: 'Service hours confirmed by the community' },
};
