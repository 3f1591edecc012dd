import type { Msg } from './parsed-item.js';

/**
 * Whether GIFT answer weights keep their meaning here. Every question on this platform is scored
 * all or nothing (question-rules isCorrect): a choice question is right only when exactly the listed
 * options are chosen, a fill-in only when the text is one of the accepted answers. Moodle gives each
 * answer a fraction instead; a question is imported only when both score every possible response the same.
 */
export interface Weighted {
  weight: number | null;
}

interface Scored {
  weight: number;
  text: string;
}

type Refusal = { ok: false; parseError: boolean; message: Msg };

const pct = (w: number) => `%${w}%`;
const quote = (s: string) => s.slice(0, 40);
const notImported = (zh: string, en: string): Refusal => ({ ok: false, parseError: false, message: { zh: `${zh}，未导入`, en: `${en}; not imported` } });
const broken = (zh: string, en: string): Refusal => ({ ok: false, parseError: true, message: { zh, en } });

function partialOrPenalty(a: Scored, what: { zh: string; en: string }): Refusal | null {
  if (a.weight > 100) return broken(`“${quote(a.text)}”的分值 ${pct(a.weight)} 超过 100%`, `"${quote(a.text)}" has a weight ${pct(a.weight)} above 100%`);
  if (a.weight > 0 && a.weight < 100) {
    return notImported(
      `“${quote(a.text)}”只得部分分（${pct(a.weight)}）；本平台${what.zh}只按全对或全错判分`,
      `"${quote(a.text)}" earns partial credit (${pct(a.weight)}); ${what.en} here score all or nothing`,
    );
  }
  if (a.weight < 0) {
    return notImported(
      `“${quote(a.text)}”答错扣分（${pct(a.weight)}）；本平台答错得 0 分、不扣分`,
      `"${quote(a.text)}" carries a penalty (${pct(a.weight)}); a wrong answer here scores 0 and is never penalised`,
    );
  }
  return null;
}

/** Short answer → fill-in: answers at 100% are accepted, at 0% dropped (they score 0 either way). */
export function shortAnswerScoring(answers: Scored[]): Refusal | { ok: true; accepted: string[] } {
  for (const a of answers) {
    const refusal = partialOrPenalty(a, { zh: '填空题', en: 'fill-in questions' });
    if (refusal) return refusal;
    if (a.weight === 100 && a.text.includes('*')) {
      return notImported(`参考答案“${quote(a.text)}”含通配符 *；本平台填空题按原文比较`, `the answer "${quote(a.text)}" holds the wildcard *; fill-in answers here are compared as written`);
    }
  }
  const accepted = answers.filter((a) => a.weight === 100).map((a) => a.text);
  if (accepted.length === 0) return broken('没有得满分的参考答案（= 或 =%100%）', 'no answer earns full marks (= or =%100%)');
  return { ok: true, accepted };
}

/**
 * Moodle: a question with any = is single-answer (radio buttons), the response scores the chosen option's
 * fraction; one with only ~ is multiple-answer (check boxes), scoring the sum of the chosen fractions kept
 * within 0–100%. Single: same here only with one option at 100% and the rest at 0%. Multiple: only one
 * option at 100% and every other at −100% or less scores all or nothing — two right options give partial
 * credit for one of them, and a 0% option leaves a response that also ticks it at full marks.
 */
export function choiceScoring(single: boolean, answers: Scored[]): Refusal | { ok: true; right: number[] } {
  const full = answers.flatMap((a, i) => (a.weight === 100 ? [i] : []));
  if (single) {
    if (full.length > 1) {
      return notImported(
        `有 ${full.length} 个满分选项（=）：在 Moodle 中这是单选题，选其中任一项都得满分；本平台单选题只有一个正确答案`,
        `${full.length} options earn full marks (=): Moodle makes this a single-answer question where any one of them is fully right; a single-choice question here has exactly one right answer`,
      );
    }
    for (const a of answers) {
      const refusal = partialOrPenalty(a, { zh: '选择题', en: 'choice questions' });
      if (refusal) return refusal;
    }
    if (full.length === 0) return broken('选择题没有正确答案', 'the choice question has no right answer');
    return { ok: true, right: full };
  }
  const positive = answers.filter((a) => a.weight > 0);
  if (positive.length === 0) return broken('选择题没有正确答案（= 或正分值 ~%n%）', 'the choice question has no right answer (= or a positive weight ~%n%)');
  const over = answers.find((a) => a.weight > 100);
  if (over) return partialOrPenalty(over, { zh: '', en: '' })!;
  if (full.length === 1 && positive.length === 1 && answers.every((a) => a.weight === 100 || a.weight <= -100)) return { ok: true, right: full };
  const weights = answers.map((a) => pct(a.weight)).join(' ');
  return {
    ok: false,
    parseError: false,
    message: {
      zh: `Moodle 多选题把所选选项的分值相加（${weights}），可得部分分，选错按分值扣分或不扣分；本平台多选题须恰好选中全部正确项才得分，计分不同，未导入（如接受“全对才得分”，可用 Excel 模板按多选题导入）`,
      en: `Moodle scores a multiple-answer question by adding the weights of the chosen options (${weights}): partial credit, and wrong options cost their weight or nothing; a multiple-choice question here scores only when exactly the right options are chosen; not imported (to import it as all or nothing, use the Excel template)`,
    },
  };
}
