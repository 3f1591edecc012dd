import type { Text } from './text.js';

export const practiceAuditActions = {
  'practice.project_create': { zh: '新建实践项目', en: 'Project created' },
  'practice.project_update': { zh: '修改实践项目', en: 'Project edited' },
  'practice.project_join': { zh: '加入实践项目', en: 'Joined a project' },
  'practice.project_leave': { zh: '退出实践项目', en: 'Left a project' },
  'practice.report_create': { zh: '新建调研报告', en: 'Report created' },
  'practice.report_update': { zh: '修改调研报告', en: 'Report edited' },
  'practice.report_submit': { zh: '提交调研报告', en: 'Report submitted' },
  'practice.report_return': { zh: '退回调研报告', en: 'Report returned' },
  'practice.report_approve': { zh: '通过调研报告', en: 'Report approved' },
  'practice.report_publish': { zh: '发布调研报告', en: 'Report published' },
  'practice.report_read': { zh: '查看调研报告', en: 'Report viewed' },
  'practice.attachment_add': { zh: '添加附件', en: 'Attachment added' },
  'practice.attachment_remove': { zh: '删除附件', en: 'Attachment removed' },
} satisfies Record<string, Text>;
