import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of demands's checks (kernel/details). */
export const demandsDetails: DetailMessages = {
  // analytics
  'measure or rate required': '请指定统计项或比率',
  // citizen photos (multipart submissions); the photo count and a refused photo's name are told in the caller's language already
  'unexpected field': '不应有该字段',
  'too long': '内容过长',
  'the field "data" must come before the {}': 'data 字段应放在{}之前',
  photos: '照片',
  attachments: '附件',
  'unexpected file': '该字段不接受文件',
  'only the field "data" is expected': '只应有 data 字段',
  'not valid JSON': '不是有效的 JSON',
  'field "data" with the JSON body is required': '缺少 data 字段（内容为 JSON 格式的诉求）',
  // config
  'unknown category': '诉求分类不存在',
  // dto
  'phone number of 5–20 digits': '电话号码应为 5–20 位数字',
  'tracking code like QD261127ABC234': '查询码格式应如 QD261127ABC234',
  'a real answer of at least {} characters: what was found, what was done, when': '答复至少 {} 个字，请写明核实情况、处理措施和完成时间',
  'part of a tracking code, e.g. QD2611 or ABC234': '应为查询码的全部或一部分，如 QD2611 或 ABC234',
  'the 6-digit code': '请输入6位数字验证码',
  // intake
  'already used': '该人机校验已使用过，请重新提交',
  'unknown or inactive category': '诉求分类不存在或已停用',
  'description required': '请填写诉求内容',
  'unknown district': '区（市）不存在',
  'street is not in the district': '街道（镇）不在所选区（市）内',
  'address or lat/long required': '请填写详细地址或经纬度',
  'this category is not open to the public': '该诉求分类不对公众开放',
  // workflow
  'demand not found': '诉求不存在',
  'target must be another open demand': '合并目标应为另一件未办结的诉求',
  'replace every 【请填写…】 blank of the template': '请把模板中的每一处【请填写…】换成实际内容',
};
