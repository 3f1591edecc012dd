import type { Text } from './text.js';

export const learningAuditActions = {
  'learning.course_create': { zh: '新建课程', en: 'Course created' },
  'learning.course_update': { zh: '修改课程', en: 'Course edited' },
  'learning.course_assign': { zh: '指派课程', en: 'Course assigned' },
  'learning.course_unassign': { zh: '取消指派课程', en: 'Course assignment removed' },
  'learning.course_unfinished_read': { zh: '查看未完成名单', en: 'Unfinished list viewed' },
  'learning.daily_quiz_submit': { zh: '提交每日答题', en: 'Daily quiz submitted' },
  'learning.exam_create': { zh: '新建考试', en: 'Exam created' },
  'learning.exam_update': { zh: '修改考试', en: 'Exam edited' },
  'learning.exam_start': { zh: '开始考试', en: 'Exam started' },
  'learning.exam_answer': { zh: '作答', en: 'Answer saved' },
  'learning.exam_submit': { zh: '交卷', en: 'Exam submitted' },
  'learning.exam_results_read': { zh: '查看考试成绩', en: 'Exam results viewed' },
  'learning.exam_not_taken_read': { zh: '查看未参考名单', en: 'Not-taken list viewed' },
  'learning.question_create': { zh: '新增题目', en: 'Question added' },
  'learning.question_update': { zh: '修改题目', en: 'Question edited' },
  'learning.question_delete': { zh: '删除题目', en: 'Question deleted' },
  'learning.question_read': { zh: '查看题目', en: 'Question viewed' },
  'learning.questions_import': { zh: '导入题库', en: 'Questions imported' },
  'learning.tags_assign': { zh: '设置题目标签', en: 'Question tags set' },
  'learning.wrong_answer_practice': { zh: '错题练习', en: 'Wrong-answer practice' },
} satisfies Record<string, Text>;
