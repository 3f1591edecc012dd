import type { Text } from '../../../kernel/i18n.js';

/** What the citizen's plain forms say that the staff pages leave to the toolkit. */
export const cText = {
  choose: { zh: '请选择', en: 'Choose' },
  chooseDistrictFirst: { zh: '请先选择区（市）', en: 'Choose the district first' },
  required: { zh: '请填写此项', en: 'Please fill this in' },
  requiredChoice: { zh: '请选择此项', en: 'Please choose one' },
  tooShort: { zh: '请至少写5个字', en: 'At least 5 characters, please' },
  tooLong: { zh: '超出字数上限', en: 'Too long' },
  addPhoto: { zh: '添加照片', en: 'Add a photo' },
  removePhoto: { zh: '删除照片', en: 'Remove photo' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  badCode: { zh: '查询码格式为 QD + 6位数字 + 6位字母数字', en: 'A code is QD, 6 digits and 6 letters or digits' },
  optionsFailed: { zh: '分类和区域未能加载，请稍后重试', en: 'The categories and districts did not load; try again' },
  retry: { zh: '重试', en: 'Try again' },
  requiredMark: { zh: '必填', en: 'required' },
  emergency: {
    zh: '遇到火灾、治安、急病等紧急情况，请立即拨打 110（报警）、119（火警）、120（急救），不要在这里等待答复。',
    en: 'In an emergency — fire, crime, a medical emergency — call 110 (police), 119 (fire) or 120 (ambulance) now; do not wait for an answer here.',
  },
  notFound: { zh: '未找到该诉求', en: 'No demand with this code' },
} satisfies Record<string, Text>;
