import type { Text } from './text.js';

export const contentAuditActions = {
  'content.create': { zh: '新建内容', en: 'Content created' },
  'content.update': { zh: '修改内容', en: 'Content edited' },
  'content.upload': { zh: '上传素材', en: 'Media uploaded' },
  'content.labels': { zh: '设置标签', en: 'Labels set' },
  'content.submit': { zh: '提交审核', en: 'Submitted for review' },
  'content.return': { zh: '退回修改', en: 'Returned for changes' },
  'content.publish': { zh: '发布', en: 'Published' },
  'content.archive': { zh: '下架归档', en: 'Archived' },
  'content.publish_from_source': { zh: '由成果转发布', en: 'Published from a source' },
  'content.assign': { zh: '指定学习', en: 'Assigned' },
  'content.unassign': { zh: '取消指定学习', en: 'Assignment removed' },
  'content.link_activity': { zh: '关联活动', en: 'Activity linked' },
  'content.unlink_activity': { zh: '取消关联活动', en: 'Activity unlinked' },
} satisfies Record<string, Text>;
