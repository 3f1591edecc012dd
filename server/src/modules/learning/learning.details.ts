import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of learning's checks (kernel/details). */
export const learningDetails: DetailMessages = {
  // courses
  'publish the course before assigning it': '请先发布课程，再分配必修',
  'not a published content item open to this organisation': '不是已发布且面向本组织的学习内容',
  'remove the assignments before turning a required course into a lifelong one': '请先取消必修分配，再将必修课改为终身课',
  'a lesson appears twice': '同一课时不能重复添加',
  'the course belongs to a higher organisation': '上级组织的课程不能修改，仅可分配',
  // exams
  'question {} is not on this paper': '题目 {} 不在本试卷中',
  'closesAt must be after opensAt': '考试结束时间应晚于开始时间',
  'the file is over 5 MB': '文件不能超过 5 MB',
  'only required courses (必修课) are assigned': '只有必修课可以分配',
  'the question bank already has this question': '题库中已有相同的题目',
};
