import type { DetailMessages } from '../../kernel/details/detail-messages.js';

/** Chinese for the detail messages of content's checks (kernel/details). */
export const contentDetails: DetailMessages = {
  'a content item of kind {} has no {} slot': '{}不能上传{}',
  // the kinds and media slots worked into it
  article: '文章',
  video: '视频',
  pdf: 'PDF 文档',
  poster: '封面图片',
  document: 'Word 原文',
  'read at least {} s first': '请至少阅读 {} 秒后再确认',
  // ready for review
  'an article needs text': '文章需要填写正文',
  'upload an mp4 or give an https URL': '请上传 mp4 文件或填写外部 https 地址',
  'a video needs its duration': '请填写视频时长',
  'upload the PDF file': '请上传 PDF 文件',
  // fields
  'only videos have a video URL': '只有视频可以填写外部视频地址',
  'must be an https URL': '应为 https 地址',
  'a tag has no spaces, commas, semicolons, # or angle brackets': '标签不能含有空格、逗号、分号、# 或尖括号（< >）',
  'tags must be distinct': '标签不能重复',
  'only integrity-education activities (清廉话剧、清廉书场) are linked to cases': '只有清廉教育活动（清廉话剧、清廉书场）可以关联警示案例',
};
