import type { Text } from './text.js';

export const activitiesAuditActions = {
  'activities.create': { zh: '新建活动', en: 'Activity created' },
  'activities.update': { zh: '修改活动', en: 'Activity edited' },
  'activities.signup': { zh: '活动报名', en: 'Signed up' },
  'activities.cancel_signup': { zh: '取消报名', en: 'Sign-up cancelled' },
  'activities.checkin': { zh: '签到', en: 'Checked in' },
  'activities.checkout': { zh: '签退', en: 'Checked out' },
  'activities.manual_checkin': { zh: '代签到', en: 'Checked in by organiser' },
  'activities.organiser_checkout': { zh: '代签退', en: 'Checked out by organiser' },
  'activities.photo_upload': { zh: '上传活动照片', en: 'Photo uploaded' },
  'activities.photo_delete': { zh: '删除活动照片', en: 'Photo deleted' },
  'activities.export_attendance': { zh: '导出签到表', en: 'Attendance exported' },
  'activities.calendar_token': { zh: '生成日历订阅链接', en: 'Calendar link issued' },
  'activities.type_create': { zh: '新增活动类型', en: 'Activity type added' },
  'activities.type_update': { zh: '修改活动类型', en: 'Activity type edited' },
  'activities.category_create': { zh: '新增活动类别', en: 'Activity category added' },
  'activities.category_update': { zh: '修改活动类别', en: 'Activity category edited' },
} satisfies Record<string, Text>;
