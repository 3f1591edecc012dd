import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { cellText } from '../../../kernel/roster/cell-values.js';
import { fileError, loadWorkbook } from '../../../kernel/roster/parse-workbook.js';
import type { QuestionType } from '../learning.schema.js';
import { judgeWord } from '../question-rules.js';
import { atLine, question, skipped, type ParsedItem } from './parsed-item.js';

const optionHeaders = ['选项A', '选项B', '选项C', '选项D', '选项E', '选项F'];
export const bankHeaders = ['题型', '题干', ...optionHeaders, '答案', '标签', '难度', '解析'];
const typeWords: Record<string, QuestionType> = {
  单选: 'single', 单选题: 'single', 单项选择: 'single', 单项选择题: 'single',
  多选: 'multiple', 多选题: 'multiple', 多项选择: 'multiple', 多项选择题: 'multiple', 不定项选择题: 'multiple',
  判断: 'judge', 判断题: 'judge', 是非题: 'judge',
  填空: 'fill', 填空题: 'fill',
};
const examples = [
  ['单选题', '中国共产党的根本宗旨是（ ）。', '全心全意为人民服务', '实现共产主义', '发展生产力', '依法治国', '', '', 'A', '党章,党的基本知识', 1, '见《中国共产党章程》总纲。'],
  ['多选题', '“三会一课”中的“三会”是指（ ）。', '支部党员大会', '支部委员会', '党小组会', '民主生活会', '', '', 'ABC', '党内组织生活', 2, ''],
  ['判断题', '党员的党龄从预备期满转为正式党员之日算起。', '', '', '', '', '', '', '正确', '党章', 2, ''],
  ['填空题', '党的最高领导机关是党的全国代表大会和它所产生的（ ）。', '', '', '', '', '', '', '中央委员会|中共中央委员会', '党章', 3, '多个参考答案用 | 分隔。'],
];

export async function buildBankTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '青春之岛先锋平台';
  const ws = wb.addWorksheet('题库');
  ws.columns = bankHeaders.map((h) => ({ header: h, width: h === '题干' || h === '解析' ? 48 : h.startsWith('选项') ? 20 : 10 }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of examples) ws.addRow(r);
  for (let r = 2; r <= 1001; r++) {
    ws.getCell(r, 1).dataValidation = { type: 'list', allowBlank: true, formulae: ['"单选题,多选题,判断题,填空题"'] };
  }
  const help = wb.addWorksheet('填写说明');
  help.columns = [{ header: '列', width: 10 }, { header: '说明', width: 80 }];
  for (const row of [
    ['题型', '单选题、多选题、判断题、填空题（其他题型会被列出并跳过）'],
    ['选项A–F', '选择题至少两个选项；判断题、填空题不填'],
    ['答案', '选择题填字母，如 A 或 ACD；判断题填 正确/错误（或 对/错）；填空题可填多个参考答案，用 | 分隔'],
    ['标签', '多个标签用逗号或顿号分隔，用于每日答题和组卷抽题'],
    ['难度', '1–5，空白为 3'],
    ['重复', '题干和选项（忽略全半角、大小写、标点、选项顺序）相同的题目视为重复，不再导入'],
  ]) help.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function splitList(s: string, pattern: RegExp) {
  return s.split(pattern).map((x) => x.trim()).filter(Boolean);
}

/**
 * Reads the 题库 sheet (or the first one); the header row is found by its 题干 cell, columns by name.
 * CPU work: the import runs it in a worker thread (kernel/workers).
 */
export async function parseExcelBank(buf: Buffer): Promise<ParsedItem[]> {
  const wb = await loadWorkbook(buf);
  const ws = wb.getWorksheet('题库') ?? wb.worksheets[0];
  if (!ws) throw fileError('文件中没有工作表');
  let headerRow = 0;
  const col = new Map<string, number>();
  for (let r = 1; r <= Math.min(ws.rowCount, 10) && !headerRow; r++) {
    ws.getRow(r).eachCell((cell, c) => {
      const h = cellText(cell.value as CellValue).replace(/^\*/, '').replace(/\s/g, '');
      if (h === '题干') headerRow = r;
      col.set(h, c);
    });
    if (!headerRow) col.clear();
  }
  if (!headerRow) throw fileError('找不到表头（需要“题干”列），请使用下载的模板');
  const get = (row: ExcelJS.Row, h: string) => (col.has(h) ? cellText(row.getCell(col.get(h)!).value as CellValue) : '');

  const items: ParsedItem[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values = bankHeaders.map((h) => get(row, h));
    if (values.every((v) => !v)) continue;
    const [typeWord, stem] = values;
    if (!typeWord) {
      items.push(skipped(r, 'parse_error', atLine(r, '题型为空', 'the type is empty'), stem));
      continue;
    }
    const type = typeWords[typeWord.replace(/\s/g, '')];
    if (!type) {
      items.push(skipped(r, 'unsupported_type', atLine(r, `不支持的题型“${typeWord}”`, `unsupported type "${typeWord}"`), stem, typeWord));
      continue;
    }
    const diffText = get(row, '难度');
    const difficulty = diffText ? Number(diffText) : 3;
    if (!Number.isInteger(difficulty) || difficulty < 1 || difficulty > 5) {
      items.push(skipped(r, 'parse_error', atLine(r, '难度必须是 1–5 的整数', 'the difficulty must be a whole number from 1 to 5'), stem, type));
      continue;
    }
    const answerText = get(row, '答案');
    let answer: string[];
    if (type === 'judge') {
      const tf = judgeWord(answerText);
      if (!tf) {
        items.push(skipped(r, 'parse_error', atLine(r, '判断题答案应为 正确/错误', 'a true/false answer must be 正确 or 错误 (right or wrong)'), stem, type));
        continue;
      }
      answer = [tf];
    } else if (type === 'fill') answer = splitList(answerText, /[|｜]/);
    else answer = answerText.toUpperCase().replace(/[\s,，、;；]/g, '').split('');
    const cells = optionHeaders.map((h) => get(row, h));
    // Up to the last filled option, so a gap (A, C filled, B empty) is reported rather than shifting the letters.
    const options = type === 'single' || type === 'multiple' ? cells.slice(0, cells.findLastIndex(Boolean) + 1) : [];
    items.push(question(r, { type, stem, options, answer, difficulty, tags: splitList(get(row, '标签'), /[,，、;；\s]+/), explanation: get(row, '解析') }));
  }
  return items;
}
