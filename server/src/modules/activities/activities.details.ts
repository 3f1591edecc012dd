import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of activities's checks (kernel/details). */
export const activitiesDetails: DetailMessages = {
  'signupClosesAt must be after signupOpensAt': '报名截止时间应晚于报名开始时间',
  'capacity below confirmed sign-ups': '名额不能少于已确认的报名人数',
  'person {} has not checked in': '人员 {} 尚未签到，不能签退',
  // activity catalogue
  'lower-case letters, digits and _ (2–40)': '代码应为 2–40 位小写字母、数字或 _，以小写字母开头',
  'unknown activity category': '活动类别不存在',
  'a category with this code exists': '已有相同代码的活动类别',
  'a type with this code exists': '已有相同代码的活动类型',
  'unknown activity type': '活动类型不存在或已停用',
};
