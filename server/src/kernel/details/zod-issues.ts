import type { core } from 'zod';
import { en as enLocale } from 'zod/v4/locales';
import { localizeMessage } from './detail-messages.js';

type Issue = core.$ZodIssue;

const english = enLocale().localeError as (issue: Issue) => string | { message: string } | undefined;
const defaultEnglish = (issue: Issue) => {
  const out = english(issue);
  return typeof out === 'string' ? out : (out?.message ?? '');
};

const typeNames: Record<string, string> = {
  string: '文本', number: '数字', int: '整数', bigint: '整数', boolean: '是或否', array: '列表', object: '对象', date: '日期', file: '文件', null: '空值',
};

const formatNames: Record<string, string> = {
  email: '邮箱地址', url: '网址', uuid: 'UUID', datetime: '日期时间（ISO 8601）', date: '日期（YYYY-MM-DD）', time: '时间（HH:MM）', duration: '时长', ipv4: 'IPv4 地址', ipv6: 'IPv6 地址', base64: 'Base64 文本', jwt: 'JWT',
};

const sizeUnit = (origin: string) => (origin === 'string' ? '个字符' : origin === 'array' || origin === 'set' ? '项' : origin === 'file' ? '字节' : '');

/** Zod's own message for an issue, in Chinese (its zh-CN locale speaks in type names; these speak to a person). */
function zodDefaultZh(issue: Issue, englishMessage: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(englishMessage) ? '必填' : `应为${typeNames[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const unit = sizeUnit(issue.origin);
      const min = String(issue.minimum);
      if (issue.origin === 'string' && Number(issue.minimum) === 1 && issue.inclusive !== false) return '不能为空';
      if (issue.origin === 'date') return `不能早于 ${new Date(Number(issue.minimum)).toISOString()}`;
      if (unit) return issue.inclusive === false ? `应多于 ${min} ${unit}` : `至少 ${min} ${unit}`;
      return issue.inclusive === false ? `应大于 ${min}` : `不能小于 ${min}`;
    }
    case 'too_big': {
      const unit = sizeUnit(issue.origin);
      const max = String(issue.maximum);
      if (issue.origin === 'date') return `不能晚于 ${new Date(Number(issue.maximum)).toISOString()}`;
      if (unit) return issue.inclusive === false ? `应少于 ${max} ${unit}` : `不能超过 ${max} ${unit}`;
      return issue.inclusive === false ? `应小于 ${max}` : `不能大于 ${max}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `应为 ${String(issue.values[0])}` : `应为以下之一：${issue.values.map(String).join('、')}`;
    case 'invalid_format': {
      const f = issue as core.$ZodIssueInvalidStringFormat & { prefix?: string; suffix?: string; includes?: string };
      if (f.format === 'starts_with') return `应以“${f.prefix}”开头`;
      if (f.format === 'ends_with') return `应以“${f.suffix}”结尾`;
      if (f.format === 'includes') return `应包含“${f.includes}”`;
      return formatNames[f.format] ? `不是有效的${formatNames[f.format]}` : '格式不正确';
    }
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `不能有这些字段：${issue.keys.join('、')}`;
    case 'invalid_union':
      return '不符合任何一种允许的格式';
    case 'invalid_key':
      return '含有无效的键';
    case 'invalid_element':
      return '含有无效的元素';
    default:
      return '输入无效';
  }
}

/**
 * An issue's message in the caller's language. A message the schema chose (`refine(…, 'endsAt must be after
 * startsAt')`) goes through the detail catalogue; zod's own default (`Too small: expected string to have >=1
 * characters`) is told again in Chinese from the issue's facts.
 */
export function issueMessage(issue: Issue, lang: 'zh' | 'en'): string {
  const message = issue.message;
  if (lang === 'en') return localizeMessage(message, 'en');
  const own = localizeMessage(message, 'zh');
  if (own !== message) return own;
  const fallback = defaultEnglish(issue);
  const isDefault = message === fallback || (issue.code === 'invalid_type' && message.replace(/, received \w+$/, '') === fallback.replace(/, received \w+$/, '')) || (issue.code === 'custom' && message === 'Invalid input');
  return isDefault ? zodDefaultZh(issue, message) : message;
}
