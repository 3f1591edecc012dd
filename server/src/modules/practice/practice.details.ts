import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of practice's checks (kernel/details). */
export const practiceDetails: DetailMessages = {
  'a project with this title already exists': '该组织单位已有同名实践项目',
  'join the project first': '请先参加该实践项目',
  'write at least 20 characters': '报告正文不少于 20 字',
  'endsOn must not be before startsOn': '结束日期不能早于开始日期',
};
