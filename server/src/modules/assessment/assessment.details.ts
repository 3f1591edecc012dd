import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of assessment's checks (kernel/details). */
export const assessmentDetails: DetailMessages = {
  // appeals
  'an upheld appeal gives the new score': '改分时请填写新得分',
  'a rejected appeal changes no score': '维持原分时不应填写新得分',
  'no target you speak for': '考核对象不存在，或您无权代其提出申诉',
  'appeals are accepted after the close until the round’s appeal deadline': '只能在考核结束后、申诉截止前提出申诉',
  'no item of this round': '本考核轮次没有该考核项目',
  'an appeal on this item awaits its answer': '该项目已有申诉正在等待答复',
  'the appeal has been answered': '该申诉已答复',
  'the item has no score to change': '该项目尚无得分，无法改分',
  // systems and rounds
  'the system belongs to an organisation above yours': '该指标体系属于上级组织，只能使用，不能修改',
  'the round is {}; this needs {}': '考核轮次当前为“{}”，此操作要求“{}”',
  'system not found': '指标体系不存在',
  'no such version': '该版本不存在',
  'the system has no published version yet': '该指标体系还没有发布的版本',
  'required for an organisation system': '考核对象为组织时，请选择被考核组织类型',
  'no targets in the scope': '考核范围内没有符合条件的考核对象',
  'the round has no results yet': '考核轮次暂无结果，请先计算',
  'only a running round is computed': '只能计算进行中的考核轮次',
  'excellent must not be below good': '优秀分数线不能低于良好分数线',
  'good must not be below fair': '良好分数线不能低于一般分数线',
  'periodTo must not be before periodFrom': '考核期间的结束日期不能早于开始日期',
  'the organisation already has a system of this name': '该组织已有同名的指标体系',
  'nothing to publish: the draft is the latest version': '没有可发布的修改：草稿与最新版本相同',
  'lower-case letters, digits, _ or -': '只能使用小写字母、数字、_ 或 -',
  // raters and the workbench
  'the round is not running': '考核轮次不在进行中',
  'at most {} points': '不能超过满分 {} 分',
  '{} is no rated or evidence leaf of this round': '{} 不是本考核轮次的评分项或材料佐证指标',
  'not an account of a reviewer or an admin': '该账号不是评审专家或管理员',
  'not a target of this round': '不是本考核轮次的考核对象',
  // 述职 reports
  'the report can no longer be changed': '述职报告已不能修改',
  'the report can no longer be changed: the review meeting has begun or the round is over': '述职评议会议已开始或考核已结束，述职报告不能再修改',
  // 述职评议 votes
  'you are no voter of this group': '您不是该投票分组的投票人',
  'a voter may not rate their own organisation or one they belong to': '需回避：投票人不能对本人或本人所在的组织投票',
  'voting is not open': '投票未在进行中',
  'you have voted for this target in this group already': '您已在该分组为该对象投过票',
  '{} is no rated leaf of this round': '{} 不是本考核轮次的评分项指标',
  'group {} exists in this round': '本考核轮次已有代码为 {} 的投票分组',
  'the group has votes': '该分组已有投票，不能删除',
  'no such active account': '账号不存在或已停用',
  'voting has begun': '投票已开始，不能再修改会议时间',
  'voting was opened already': '投票已经开始',
  'voting is closed already': '投票已经结束',
  'the round has no vote groups': '本考核轮次还没有投票分组，请先新增',
};
