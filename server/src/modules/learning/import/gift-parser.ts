import { optionLetters } from '../question-rules.js';
import { question, skipped, type ParsedItem } from './parsed-item.js';

/** A decoded character; `esc` marks one written with a backslash, which never acts as GIFT syntax. */
interface Ch {
  c: string;
  esc: boolean;
}

const escapable = new Set(['~', '=', '#', '{', '}', ':', '\\']);

function decode(s: string): Ch[] {
  const out: Ch[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length && (escapable.has(s[i + 1]) || s[i + 1] === 'n')) {
      out.push({ c: s[i + 1] === 'n' ? '\n' : s[i + 1], esc: true });
      i++;
    } else out.push({ c: s[i], esc: false });
  }
  return out;
}

const text = (chs: Ch[]) => chs.map((x) => x.c).join('').trim();

function find(chs: Ch[], token: string, from = 0): number {
  outer: for (let i = from; i <= chs.length - token.length; i++) {
    for (let k = 0; k < token.length; k++) if (chs[i + k].esc || chs[i + k].c !== token[k]) continue outer;
    return i;
  }
  return -1;
}

function splitOn(chs: Ch[], token: string): Ch[][] {
  const parts: Ch[][] = [];
  let from = 0;
  for (let at = find(chs, token); at >= 0; at = find(chs, token, from)) {
    parts.push(chs.slice(from, at));
    from = at + token.length;
  }
  parts.push(chs.slice(from));
  return parts;
}

interface Answer {
  mark: '=' | '~';
  weight: number | null;
  text: Ch[];
  feedback: string;
}

/** The inside of {…}: general feedback after ####, and answers each starting with an unescaped = or ~. */
function splitAnswers(inner: Ch[]): { answers: Answer[]; general: string; head: Ch[] } {
  const gf = find(inner, '####');
  const general = gf >= 0 ? text(inner.slice(gf + 4)) : '';
  const body = gf >= 0 ? inner.slice(0, gf) : inner;
  const answers: Answer[] = [];
  const head: Ch[] = [];
  let current: Ch[] | null = null;
  let mark: '=' | '~' = '=';
  const flush = () => {
    if (!current) return;
    const hash = find(current, '#');
    let body = hash >= 0 ? current.slice(0, hash) : current;
    const feedback = hash >= 0 ? text(current.slice(hash + 1)) : '';
    let weight: number | null = null;
    const m = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(body.map((x) => (x.esc ? '\u0000' : x.c)).join(''));
    if (m) {
      weight = Number(m[1]);
      body = body.slice(m[0].length);
    }
    answers.push({ mark, weight, text: body, feedback });
  };
  for (const ch of body) {
    if (!ch.esc && (ch.c === '=' || ch.c === '~')) {
      flush();
      current = [];
      mark = ch.c;
    } else if (current) current.push(ch);
    else head.push(ch);
  }
  flush();
  return { answers, general, head };
}

/** [html], [moodle], [plain], [markdown] may stand before or after the title; the text is kept as written. */
function stripFormat(chs: Ch[]): Ch[] {
  const m = /^\s*\[(html|moodle|plain|markdown)\]/i.exec(chs.map((x) => x.c).join(''));
  return m ? chs.slice(m[0].length) : chs;
}

interface Block {
  line: number;
  lines: string[];
  category: string | null;
}

/** Questions are separated by blank lines; `//` lines are comments; `$CATEGORY:` sets the tag of what follows. */
function blocks(source: string): Block[] {
  const out: Block[] = [];
  let category: string | null = null;
  let current: Block | null = null;
  source.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line.startsWith('//')) return;
    if (!line) {
      current = null;
      return;
    }
    const cat = /^\$CATEGORY:\s*(.*)$/i.exec(line);
    if (cat && !current) {
      category = cat[1].split('/').filter(Boolean).pop()?.replace(/^\$\w+\$$/, '').trim() || null;
      return;
    }
    if (!current) {
      current = { line: i + 1, lines: [], category };
      out.push(current);
    }
    current.lines.push(raw);
  });
  return out;
}

function parseBlock(b: Block): ParsedItem {
  let chs = stripFormat(decode(b.lines.join('\n').trim()));
  let title = '';
  if (find(chs, '::') === 0) {
    const end = find(chs, '::', 2);
    if (end < 0) return skipped(b.line, 'parse_error', `第 ${b.line} 行：标题缺少结束的 ::`, text(chs));
    title = text(chs.slice(2, end));
    chs = chs.slice(end + 2);
  }
  chs = stripFormat(chs);
  const open = find(chs, '{');
  if (open < 0) return skipped(b.line, 'unsupported_type', '说明文字（description，无答案）不是题目，未导入', text(chs) || title, 'description');
  const close = find(chs, '}', open + 1);
  if (close < 0) return skipped(b.line, 'parse_error', `第 ${b.line} 行：缺少与 { 对应的 }`, text(chs) || title);
  const before = text(chs.slice(0, open));
  const after = text(chs.slice(close + 1));
  const stem = (after ? `${before} ____ ${after}` : before) || title;
  const inner = chs.slice(open + 1, close);
  const raw = inner.map((x) => (x.esc ? '\u0000' : x.c)).join('').trim();
  const base = { tags: b.category ? [b.category] : [] };

  if (!raw) return skipped(b.line, 'unsupported_type', '问答题（essay）不支持自动判分，未导入', stem, 'essay');
  if (raw.startsWith('#')) return skipped(b.line, 'unsupported_type', '数值题（numerical）暂不支持，未导入', stem, 'numerical');
  const tf = /^(TRUE|FALSE|T|F)(?=\s|#|$)/i.exec(raw);
  if (tf) {
    const feedback = splitOn(inner.slice(tf[0].length), '#').map(text).filter(Boolean);
    return question(b.line, { ...base, type: 'judge', stem, answer: [tf[1].toUpperCase().startsWith('T') ? 'true' : 'false'], explanation: feedback.join('；') });
  }
  const { answers, general, head } = splitAnswers(inner);
  if (answers.length === 0 || text(head)) return skipped(b.line, 'parse_error', `第 ${b.line} 行：无法识别的答案格式`, stem);
  if (answers.some((a) => find(a.text, '->') >= 0)) return skipped(b.line, 'unsupported_type', '匹配题（matching）暂不支持，未导入', stem, 'matching');

  const explain = (picked: Answer[]) => [general, ...picked.map((a) => a.feedback)].filter(Boolean).join('；');
  if (answers.every((a) => a.mark === '=')) {
    const accepted = answers.filter((a) => a.weight == null || a.weight > 0);
    return question(b.line, { ...base, type: 'fill', stem, answer: accepted.map((a) => text(a.text)), explanation: explain(accepted) });
  }
  const right = answers.filter((a) => a.mark === '=' || (a.weight ?? 0) > 0);
  if (right.length === 0) return skipped(b.line, 'parse_error', `第 ${b.line} 行：选择题没有正确答案（= 或正分值 ~%n%）`, stem);
  if (answers.length > optionLetters.length) return skipped(b.line, 'parse_error', `第 ${b.line} 行：选项超过 ${optionLetters.length} 个`, stem);
  return question(b.line, {
    ...base,
    type: right.length > 1 ? 'multiple' : 'single',
    stem,
    options: answers.map((a) => text(a.text)),
    answer: right.map((a) => optionLetters[answers.indexOf(a)]),
    explanation: explain(right),
  });
}

/**
 * Moodle GIFT: multiple choice (= right, ~ wrong, ~%n% weights → multiple answers), true/false,
 * short answer as fill-in. Matching, numerical, essay and description are reported back as unsupported.
 */
export function parseGift(source: string): ParsedItem[] {
  return blocks(source).map(parseBlock);
}
