import sanitizeHtml from 'sanitize-html';

/** A decoded character; `esc` marks one written with a backslash, which never acts as GIFT syntax. */
export interface Ch {
  c: string;
  esc: boolean;
}

const escapable = new Set(['~', '=', '#', '{', '}', ':', '\\']);

/** GIFT escapes: \~ \= \# \{ \} \: \\ and \n (a line break). */
export function decode(s: string): Ch[] {
  const out: Ch[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length && (escapable.has(s[i + 1]) || s[i + 1] === 'n')) {
      out.push({ c: s[i + 1] === 'n' ? '\n' : s[i + 1], esc: true });
      i++;
    } else out.push({ c: s[i], esc: false });
  }
  return out;
}

export const plain = (chs: Ch[]) => chs.map((x) => x.c).join('').trim();

/** The text with escaped characters hidden, for matching syntax with regular expressions. */
export const syntax = (chs: Ch[]) => chs.map((x) => (x.esc ? '\u0000' : x.c)).join('');

export function find(chs: Ch[], token: string, from = 0): number {
  outer: for (let i = from; i <= chs.length - token.length; i++) {
    for (let k = 0; k < token.length; k++) if (chs[i + k].esc || chs[i + k].c !== token[k]) continue outer;
    return i;
  }
  return -1;
}

export function findLast(chs: Ch[], token: string): number {
  let last = -1;
  for (let at = find(chs, token); at >= 0; at = find(chs, token, at + 1)) last = at;
  return last;
}

export function trimChs(chs: Ch[]): Ch[] {
  let a = 0;
  let b = chs.length;
  while (a < b && /\s/.test(chs[a].c) && !chs[a].esc) a++;
  while (b > a && /\s/.test(chs[b - 1].c) && !chs[b - 1].esc) b--;
  return chs.slice(a, b);
}

export type TextFormat = 'moodle' | 'html' | 'plain' | 'markdown';

/** A leading [html] / [moodle] / [plain] / [markdown] marker, as Moodle reads it: the format and the text after it. */
export function takeFormat(chs: Ch[]): { format: TextFormat | null; rest: Ch[] } {
  const m = /^\s*\[(html|moodle|plain|markdown)\]/i.exec(syntax(chs));
  return m ? { format: m[1].toLowerCase() as TextFormat, rest: chs.slice(m[0].length) } : { format: null, rest: chs };
}

const nonText = ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'];
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The visible text of an HTML fragment: tags dropped (script and the like with their content), entities decoded, block ends as line breaks. */
export function htmlToText(html: string): string {
  const broken = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h[1-6]|tr|blockquote|pre)\s*>/gi, '$&\n');
  const bare = sanitizeHtml(broken, { allowedTags: [], allowedAttributes: {}, nonTextTags: nonText });
  return bare
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== '#') return named[e.toLowerCase()] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    })
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/**
 * A piece of GIFT text as the platform stores it (plain text): its own format marker, else `fallback`,
 * decides; HTML becomes its visible text, the other formats are kept as written.
 */
export function textOf(chs: Ch[], fallback: TextFormat): string {
  const { format, rest } = takeFormat(chs);
  const s = plain(rest);
  return (format ?? fallback) === 'html' ? htmlToText(s) : s;
}
