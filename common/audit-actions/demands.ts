import type { Text } from './text.js';

export const demandsAuditActions = {
  'demands.intake': { zh: '诉求登记', en: 'Demand registered' },
  'demands.dispatch': { zh: '派单', en: 'Dispatched' },
  'demands.redispatch': { zh: '改派', en: 'Redispatched' },
  'demands.accept': { zh: '签收', en: 'Accepted' },
  'demands.return': { zh: '退单', en: 'Returned' },
  'demands.start': { zh: '开始办理', en: 'Work started' },
  'demands.note': { zh: '办理记录', en: 'Note added' },
  'demands.request_extension': { zh: '申请延期', en: 'Extension requested' },
  'demands.approve_extension': { zh: '批准延期', en: 'Extension approved' },
  'demands.reject_extension': { zh: '驳回延期', en: 'Extension refused' },
  'demands.answer': { zh: '答复', en: 'Answered' },
  'demands.callback': { zh: '回访', en: 'Callback' },
  'demands.close': { zh: '办结', en: 'Closed' },
  'demands.supervise': { zh: '督办通知', en: 'Supervision notice' },
  'demands.merge': { zh: '合并重复件', en: 'Merged as duplicate' },
  'demands.photo_upload': { zh: '上传诉求照片', en: 'Photo uploaded' },
  'demands.view_full': { zh: '查看诉求人完整信息', en: 'Full requester details viewed' },
  'demands.anonymise': { zh: '诉求人信息脱敏', en: 'Requester anonymised' },
  'demands.category_put': { zh: '保存诉求分类', en: 'Category saved' },
  'demands.category_audience': { zh: '设置分类可见范围', en: 'Category audience set' },
  'demands.category_seed': { zh: '导入默认分类', en: 'Default categories loaded' },
  'demands.rule_put': { zh: '保存派单规则', en: 'Dispatch rule saved' },
  'demands.rule_delete': { zh: '删除派单规则', en: 'Dispatch rule deleted' },
  'demands.holiday_put': { zh: '保存节假日', en: 'Holiday saved' },
  'demands.holiday_delete': { zh: '删除节假日', en: 'Holiday deleted' },
  'demands.settings_put': { zh: '修改办理时限设置', en: 'Time limits edited' },
  'demands.api_key_create': { zh: '创建接口密钥', en: 'API key created' },
  'demands.api_key_revoke': { zh: '吊销接口密钥', en: 'API key revoked' },
  'demands.rollup_rebuild': { zh: '重算统计', en: 'Statistics rebuilt' },
} satisfies Record<string, Text>;

/** Demand statuses as they appear in audit summaries ("answered → in_progress"). */
export const demandsAuditTerms = {
  received: { zh: '已受理', en: 'received' },
  dispatched: { zh: '已派单', en: 'dispatched' },
  accepted: { zh: '已签收', en: 'accepted' },
  in_progress: { zh: '办理中', en: 'in progress' },
  answered: { zh: '已答复', en: 'answered' },
  closed: { zh: '已办结', en: 'closed' },
} satisfies Record<string, Text>;
