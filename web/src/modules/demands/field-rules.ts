import type { FormRule } from 'antd';
import { charCount, MAX_DESCRIPTION_CHARS, normalisePhone } from '../../../../common/citizen-text.js';
import type { Text } from '../../kernel/i18n.js';

/** The description's counter and cap in characters (code points), as the server counts: an emoji is one, not two. */
export const descriptionCount = {
  show: true,
  max: MAX_DESCRIPTION_CHARS,
  strategy: charCount,
  exceedFormatter: (text: string, { max }: { max: number }) => Array.from(text).slice(0, max).join(''),
};

export const descriptionRules: FormRule[] = [{ required: true, min: 5, max: MAX_DESCRIPTION_CHARS }];

export const phoneProblem: Text = { zh: '请输入有效的电话号码（5–20位数字，可含空格、括号、短横线和 +86）', en: 'Enter a phone number (5–20 digits; spaces, parentheses, dashes and +86 are fine)' };

/** Any way of writing a number the server accepts ("+86 532 8000 0000", "(0532) 8000-0000"). */
export const phoneRule = (t: (text: Text) => string): FormRule => ({
  validator: async (_rule, value?: string) => {
    if (value?.trim() && !normalisePhone(value)) throw new Error(t(phoneProblem));
  },
});
