import dayjs from 'dayjs';
import type { Lang } from '../../kernel/i18n.js';

/** A time range in the browser's zone: 2027-03-01 09:00–11:00 (the end's day too when it differs). */
export function fmtRange(from: string, to: string, _lang: Lang): string {
  const a = dayjs(from);
  const b = dayjs(to);
  return `${a.format('YYYY-MM-DD HH:mm')}–${b.format(a.isSame(b, 'day') ? 'HH:mm' : 'YYYY-MM-DD HH:mm')}`;
}
