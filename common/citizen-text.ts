/** What citizens and client systems type, made safe to store and to publish (Open311 serves it as XML). */

/** Characters XML 1.0 cannot carry: C0 controls other than tab, LF and CR, unpaired surrogates, U+FFFE and U+FFFF. */
const xmlIllegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const stripXmlIllegal = (s: string) => s.replace(xmlIllegal, '');

/** Length in characters (code points), as a person counts them: an emoji is one, not two UTF-16 units. */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export const MAX_DESCRIPTION_CHARS = 4000;

/**
 * A phone number as typed ("+86 532 8000 0000", "(0532) 8000-0000", full-width digits) in one canonical form, so
 * the per-phone daily limit sees one number however it is written: separators dropped, +86/0086 turned into the
 * domestic form (mobile 1xxxxxxxxxx, landline 0 + area code). Null when what remains is not 5–20 digits.
 */
export function normalisePhone(raw: string): string | null {
  let s = raw.normalize('NFKC').replace(/[\s()\-.\u2010-\u2015\u2212]/g, '');
  s = s.replace(/^00/, '+');
  if (s.startsWith('+86')) {
    const national = s.slice(3).replace(/^0/, '');
    s = /^1\d{10}$/.test(national) ? national : `0${national}`;
  }
  return /^\+?\d{5,20}$/.test(s) ? s : null;
}

/** A department's answer to a citizen: a real answer, not "已处理" (what was found, what was done, when). */
export const MIN_ANSWER_CHARS = 15;
/** Marks a blank of a reply template; an answer still holding one is refused. */
export const TEMPLATE_BLANK = '【请填写';
