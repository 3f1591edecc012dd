import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of squads's checks (kernel/details). */
export const squadsDetails: DetailMessages = {
  // members
  'the squad already has an active leader': '该尖刀班已有队长',
  'the squad already has a leader; change the leader instead': '该尖刀班已有队长，如需更换，请对在队队员使用“设为队长”',
  'the new leader must be an active member of the squad': '新队长须为本队在队队员',
  'this person already leads the squad': '此人已是该尖刀班的队长',
  // scoring
  'not a criterion of this year': '不是本年度的比作为评分细则',
  'each criterion once': '每项评分细则只能打一次分',
  'score every criterion of the rubric': '请为每项评分细则打分',
  'at least one weight above 0': '至少要有一项权重大于 0',
  'criteria names must differ': '评分细则的名称不能重复',
  // squads
  'a squad of this organisation already has this name': '该主管组织下已有同名尖刀班',
  'a squad cannot merge into itself': '尖刀班不能并入自身',
  'the squad is no longer active': '该尖刀班已合并或撤销，不能再修改',
  'not an active member of any squad': '您还没有加入尖刀班',
  'only the squad leader may do this': '只有队长可以进行此操作',
  // tasks
  'only the leader or an owner of the task may submit it': '只有队长或该任务的责任人可以提交验收',
  'not an active member of the squad': '不是本队在队队员',
  'a milestone is due after this day': '已有里程碑的时限晚于该日期',
  'the milestone is due after the task': '里程碑的时限不能晚于任务的完成时限',
  'milestones still open': '还有未完成的里程碑',
  'duplicate owner': '责任人重复',
  'a milestone is due after the task': '有里程碑的时限晚于任务的完成时限',
};
