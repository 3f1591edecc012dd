import { optionLetters } from '../question-rules.js';
import { atLine, question, skipped, type Msg, type ParsedItem } from './parsed-item.js';
import { decode, find, findLast, plain, syntax, takeFormat, textOf, trimChs, type Ch, type TextFormat } from './gift-text.js';
import { choiceScoring, shortAnswerScoring, type Weighted } from './gift-scoring.js';

interface Answer extends Weighted {
  mark: '=' | '~';
  body: Ch[];
  feedback: Ch[] | null;
}

/** Splits on unescaped = and ~ as Moodle does; text before the first mark is an answer too (of `headMark`). */
function splitAnswers(body: Ch[], headMark: '=' | '~'): Answer[] {
  const parts: { mark: '=' | '~'; chs: Ch[] }[] = [{ mark: headMark, chs: [] }];
  for (const ch of body) {
    if (!ch.esc && (ch.c === '=' || ch.c === '~')) parts.push({ mark: ch.c, chs: [] });
    else parts[parts.length - 1].chs.push(ch);
  }
  if (!plain(parts[0].chs)) parts.shift();
  return parts.map(({ mark, chs }) => {
    let rest = trimChs(chs);
    let weight: number | null = null;
    const m = /^%(-?\d+(?:\.\d+)?)%/.exec(syntax(rest));
    if (m) {
      weight = Number(m[1]);
      rest = rest.slice(m[0].length);
    }
    const hash = find(rest, '#');
    return { mark, weight, body: hash >= 0 ? rest.slice(0, hash) : rest, feedback: hash >= 0 ? rest.slice(hash + 1) : null };
  });
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

const refused = (zh: string, en: string): Msg => ({ zh: `${zh}，未导入`, en: `${en}; not imported` });

function parseBlock(b: Block): ParsedItem {
  const error = (zh: string, en: string, stem = '') => skipped(b.line, 'parse_error', atLine(b.line, zh, en), stem);
  const outer = takeFormat(trimChs(decode(b.lines.join('\n'))));
  let chs = outer.rest;
  let title = '';
  if (find(chs, '::') === 0) {
    const end = find(chs, '::', 2);
    if (end < 0) return error('标题缺少结束的 ::', 'the title has no closing ::', plain(chs));
    title = plain(chs.slice(2, end));
    chs = chs.slice(end + 2);
  }
  const inner = takeFormat(chs);
  const format: TextFormat = inner.format ?? outer.format ?? 'moodle';
  chs = inner.rest;
  const open = find(chs, '{');
  const close = open >= 0 ? find(chs, '}', open + 1) : find(chs, '}');
  if (open < 0 && close < 0) {
    const msg = refused('说明文字（description，没有答案）不是题目', 'A description (no answers) is not a question');
    return skipped(b.line, 'unsupported_type', atLine(b.line, msg.zh, msg.en), textOf(chs, format) || title, 'description');
  }
  if (open < 0 || close < 0) return error('{ 与 } 不成对', '{ and } do not pair up', plain(chs) || title);
  const after = chs.slice(close + 1);
  const blank: Ch[] = plain(after) ? [...' ____ '].map((c) => ({ c, esc: true })) : [];
  const stem = textOf([...trimChs(chs.slice(0, open)), ...blank, ...trimChs(after)], format) || title;
  let body = trimChs(chs.slice(open + 1, close));
  const base = { stem, tags: b.category ? [b.category] : [] };
  const gf = findLast(body, '####');
  const general = gf >= 0 ? textOf(body.slice(gf + 4), format) : '';
  if (gf >= 0) body = trimChs(body.slice(0, gf));
  const skip = (reason: 'unsupported_type' | 'unsupported_scoring', type: string, m: Msg) => skipped(b.line, reason, atLine(b.line, m.zh, m.en), stem, type);
  const explain = (lines: string[]) => [general, ...lines].filter(Boolean).join('\n');

  if (body.length === 0) return skip('unsupported_type', 'essay', refused('问答题（essay）需要人工评阅，不能自动判分', 'An essay question needs a human grader and cannot be scored automatically'));
  if (syntax(body).startsWith('#')) {
    return skip('unsupported_type', 'numerical', refused('数值题（numerical，按数值与误差范围判分）无法用本平台的题型表示', 'A numerical question (scored by value and tolerance) cannot be held by the question types here'));
  }
  const isChoice = find(body, '~') >= 0;
  if (!isChoice && find(body, '=') >= 0 && find(body, '->') >= 0) {
    return skip('unsupported_type', 'matching', refused('匹配题（matching）无法用本平台的题型表示', 'A matching question cannot be held by the question types here'));
  }

  if (!isChoice) {
    const hash = find(body, '#');
    const keyword = plain(hash >= 0 ? body.slice(0, hash) : body);
    if (/^(t|true|f|false)$/i.test(keyword)) {
      // Moodle: {TRUE#feedback when answered wrongly#feedback when answered rightly}; a third # belongs to the second.
      const fb = hash >= 0 ? body.slice(hash + 1) : [];
      const second = find(fb, '#');
      const wrong = textOf(second >= 0 ? fb.slice(0, second) : fb, format);
      const right = second >= 0 ? textOf(fb.slice(second + 1), format) : '';
      const lines = [wrong && `答错时：${wrong}`, right && `答对时：${right}`];
      return question(b.line, { ...base, type: 'judge', answer: [/^t/i.test(keyword) ? 'true' : 'false'], explanation: explain(lines) });
    }
  }

  const answers = splitAnswers(body, isChoice ? '~' : '=');
  const texts = answers.map((a) => textOf(a.body, format));
  const feedbacks = answers.map((a) => (a.feedback ? textOf(a.feedback, format) : ''));
  if (texts.some((t) => !t)) return error('有空白的答案', 'an answer is empty', stem);

  if (!isChoice) {
    const verdict = shortAnswerScoring(answers.map((a, i) => ({ weight: a.weight ?? 100, text: texts[i] })));
    if (!verdict.ok) return verdict.parseError ? error(verdict.message.zh, verdict.message.en, stem) : skip('unsupported_scoring', 'fill', verdict.message);
    const lines = answers.map((_, i) => feedbacks[i] && `答“${texts[i] === '*' ? '其他答案' : texts[i]}”：${feedbacks[i]}`);
    return question(b.line, { ...base, type: 'fill', answer: verdict.accepted, explanation: explain(lines) });
  }

  if (answers.length < 2) return error('选择题至少需要两个选项', 'a choice question needs at least two options', stem);
  if (answers.length > optionLetters.length) return error(`选项超过 ${optionLetters.length} 个`, `more than ${optionLetters.length} options`, stem);
  const single = answers.some((a) => a.mark === '=');
  const verdict = choiceScoring(single, answers.map((a, i) => ({ weight: a.mark === '=' ? (a.weight ?? 100) : (a.weight ?? 0), text: texts[i] })));
  if (!verdict.ok) return verdict.parseError ? error(verdict.message.zh, verdict.message.en, stem) : skip('unsupported_scoring', single ? 'single' : 'multiple', verdict.message);
  return question(b.line, {
    ...base,
    type: single ? 'single' : 'multiple',
    options: texts,
    answer: verdict.right.map((i) => optionLetters[i]),
    explanation: explain(answers.map((_, i) => feedbacks[i] && `选“${texts[i]}”：${feedbacks[i]}`)),
  });
}

/**
 * Moodle GIFT, read as Moodle reads it: multiple choice (any = → one answer; only ~ → several, by weights),
 * true/false, short answer as fill-in. What the platform cannot hold with the same meaning — matching,
 * numerical, essay, description, partial credit and penalties — comes back skipped with the reason.
 */
export function parseGift(source: string): ParsedItem[] {
  return blocks(source).map(parseBlock);
}
