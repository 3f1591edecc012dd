import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of pairing's checks (kernel/details). */
export const pairingDetails: DetailMessages = {
  // entrepreneurs
  'this account is not linked to an approved entrepreneur': '该账号未关联审核通过的青年企业家',
  'this account is not linked to an entrepreneur': '该账号未关联青年企业家',
  'already registered': '该企业已有同名企业家登记',
  'only a pending registration is reviewed': '只有待审核的登记可以审核',
  'a rejected registration is not edited': '未通过的登记不能修改',
  'entrepreneur not found': '青年企业家不存在或不在您的管理范围内',
  // pairs and contacts
  'only an approved entrepreneur is paired': '只有审核通过的企业家才能结对',
  'the pair has already ended': '该结对已结束',
  'the pair has ended; its log is closed': '该结对已结束，不能再记录联系',
  'a contact cannot be in the future': '联系时间不能晚于现在',
  'before the pair started': '联系时间不能早于结对时间',
  // co-study
  'already checked in': '已签到，不能再取消报名',
  // research
  'the topic is concluded': '课题已结题，不能再增加成员、研讨或成果',
  'the topic is already concluded': '该课题已经结题',
  'a concluded topic is not edited': '已结题的课题不能修改',
  'before the topic started': '结题日期不能早于开题日期',
  'this organisation already has a topic with this title': '该牵头组织已有同名课题',
  'only the topic lead may do this': '只有课题负责人可以进行此操作',
  'only an approved entrepreneur joins a topic': '只有审核通过的企业家才能加入课题',
  'already on this topic': '已是该课题组成员',
  'this participant has already left': '该成员已退出课题组',
  'a cadre needs personId, an entrepreneur entrepreneurId (and only that)': '青年干部一方只选人员，青年企业家一方只选企业家',
  'the output has no file': '该成果没有上传文件',
};
