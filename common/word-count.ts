/**
 * 字数 as Chinese calls for cases count it: every Han character (汉字, Unicode script Han) counts one; every run of
 * Latin letters and digits (an English word, a number such as 2026 or 98.5%, "APP") counts one; punctuation,
 * symbols and white space count nothing. So "青年干部2026年参加了3次APP培训。" counts 11 汉字 + 3 runs = 14.
 */
const han = /\p{Script=Han}/gu;
const word = /[\p{L}\p{N}]+/gu;

export function countChars(text: string): number {
  const hanCount = text.match(han)?.length ?? 0;
  // A word is a run of letters/digits that are not Han (Han characters are counted one by one above).
  const words = text.replace(han, ' ').match(word)?.length ?? 0;
  return hanCount + words;
}
