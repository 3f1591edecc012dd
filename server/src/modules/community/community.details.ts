import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of community's checks (kernel/details). */
export const communityDetails: DetailMessages = {
  // communities
  'unknown street code': '街道代码不存在',
  'a 9-digit street code': '街道代码应为 9 位数字',
  'a 6-digit district code': '区（市）代码应为 6 位数字',
  'a phone number': '请输入有效的电话号码',
  'a community with this name already exists in the street': '该街道已有同名社区',
  'not an active account holding the community_staff role': '该账号已停用或未持有“社区工作者”角色',
  'community not found among yours': '社区不存在或您不是该社区的工作者',
  'community not found': '社区不存在',
  // 报到
  'give personIds or orgId, not both': '所选党员和党组织只能二选一',
  'communities must not repeat': '社区不能重复选择',
  'periodEnd must not be before periodStart': '共建期限的结束日不能早于开始日',
  'unknown service type': '服务类型不存在',
  // needs and claims
  'unknown need type': '需求类型不存在',
  'claimDeadline must not be after startsAt': '认领截止应不晚于开始时间',
  'must be in the future and not after the need starts': '应为将来的时间，且不晚于需求的开始时间',
  'must not be after the need starts': '不能晚于需求的开始时间',
  'team not found among the teams you captain': '服务队不存在或您不是该队队长',
  // teams
  'unknown community': '服务区域中的社区不存在',
  'unknown street': '服务区域中的街道不存在',
  'a street code of the reference data': '应为街道名录中的街道代码',
  // hours and certificates
  'hours not found': '服务时长记录不存在',
  'status is {}': '该条服务时长不是待确认状态（当前：{}）',
  'to must not be before from': '截止日不能早于起始日',
  // teams and hours
  'the team is disbanded': '该队已解散',
  'the organisation already has a team of this name': '该组织已有同名志愿服务队',
  'the captain cannot leave the team; make someone else captain first': '队长不能移出，请先更换队长',
  'this kind of activity counts no service hours': '该类活动不计服务时长',
  'the activity has no community to confirm its hours': '该活动未关联社区，无法由社区确认时长',
  'confirmed hours cannot be adjusted': '已确认的时长不能再调整',
  'the organisation has no confirmed 共建 agreement with this community': '该组织及其上级与该社区没有生效中的共建协议',
};
