import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of bases's checks (kernel/details). */
export const basesDetails: DetailMessages = {
  // bookings
  'a booking starts in the future': '预约开始时间应晚于当前时间',
  'the venue holds {}': '该阵地最多容纳 {} 人',
  'a booking lasts at most 7 days': '一次预约最长 7 天',
  'title or activityId is required': '请填写活动名称或关联活动编号',
  'a range of at most 100 days': '查询时间范围最长 100 天',
  // brands
  'a registered metric name, e.g. pairing.pairs_started': '应为已登记的指标名称，如 pairing.pairs_started',
  'an honour has a level; a milestone has none': '荣誉须填写级别，里程碑不填级别',
  'unknown metric {}': '指标 {} 未登记',
  'a brand of this code exists': '已有相同代码的品牌',
  // projects (党建“第一粒扣子”)
  'a project of this name exists': '已有同名项目',
  'milestone or member not in this project': '计划节点或学员不属于本项目',
  // reading (读书分享会)
  'this book (ISBN) is already on the list': '书单中已有这本书（ISBN 相同）',
  'a book is unknown or not on a list of this session’s organisation': '有书目不存在，或不在本次分享会所属组织的书单中',
  'the comment is already {}': '该评论已审核（{}）',
  // venues
  'HH:MM': '时间格式应为 HH:MM',
  'closes must be after opens': '开放时间的结束时刻应晚于开始时刻',
  'unknown district code': '区（市）代码不存在',
  'street not in the district': '街道不属于所选区（市）',
  'a demonstration point needs its designation day': '机关党建示范点须填写命名日期',
  'a venue of this name exists': '已有同名阵地',
  'not a valid ISBN-10 or ISBN-13 (check digit)': '不是有效的 ISBN（校验位不符）',
};
