import ExcelJS from 'exceljs';

/** Expected outcome per item, in file order: a question type when imported, or `skip:<reason>`. */
export type Expect = 'single' | 'multiple' | 'judge' | 'fill' | `skip:${'duplicate' | 'unsupported_type' | 'unsupported_scoring' | 'parse_error' | 'invalid'}`;

/** Moodle GIFT covering every supported form and every unsupported type. */
export const giftFile = String.raw`// 题库导出：党的基本知识
// 注释行不是题目

$CATEGORY: $course$/top/党章

::宗旨:: 中国共产党的根本宗旨是{=全心全意为人民服务#见党章总纲 ~实现共产主义#不对 ~发展生产力}

::三会:: “三会一课”中的“三会”包括{
  ~%50%支部党员大会
  ~%50%支部委员会
  ~%-100%民主生活会
  ####“三会”是支部党员大会、支部委员会、党小组会。
}

::两个等号:: 下列属于新发展理念的是{=创新 =协调 ~保守}

::判断T:: 党员的党龄从预备期满转为正式党员之日算起。{T}

::判断F:: 预备党员有表决权。{F}

::判断TRUE:: 党的基层组织包括支部。{TRUE}

::判断FALSE:: 党费可以由他人代缴而无需说明。{FALSE#错，党员应主动交纳#对}

::填空:: 党的最高领导机关是党的全国代表大会和它所产生的{=中央委员会 =中共中央委员会}。

::转义:: 表达式 1 \= 1、a \~ b、\{集合\}、比例 1\:2 与 \#号 都是转义字符吗？{T}

::转义选项:: 哪个是正确的写法？{=a\=b ~c\~d ~e\#f}

[html]::多行::多行题干第一行
第二行{
=正确项
~错误项
}

::匹配:: 将城市与省份对应 {=青岛 -> 山东 =苏州 -> 江苏 =杭州 -> 浙江}

::数值:: 圆周率约等于多少？{#3.14:0.01}

::问答:: 谈谈你对“两个确立”的认识。{}

这是一段说明文字，没有答案，GIFT 称为 description。

::缺括号:: 这道题缺少右括号 {=甲 ~乙

::无正确答案:: 这道题没有正确答案 {~甲 ~乙}

::重复:: 中国共产党的根本宗旨是？ {~发展生产力 =全心全意为人民服务 ~实现共产主义}
`;

export const giftExpected: Expect[] = [
  'single', 'skip:unsupported_scoring', 'skip:unsupported_scoring', 'judge', 'judge', 'judge', 'judge', 'fill', 'judge', 'single', 'single',
  'skip:unsupported_type', 'skip:unsupported_type', 'skip:unsupported_type', 'skip:unsupported_type',
  'skip:parse_error', 'skip:parse_error', 'skip:duplicate',
];

/** The public 题库 JSON shape: {"stem|optionA|optionB|…": "answer"}. */
export const jsonFile = `{
  "中国共产党的根本宗旨是|全心全意为人民服务|实现共产主义|发展生产力": "全心全意为人民服务",
  "“三会一课”中的“三会”包括|支部党员大会|支部委员会|党小组会|民主生活会": "ABC",
  "入党誓词要求党员永不叛党|是|否": "a",
  "党员的党龄从预备期满转为正式党员之日算起|": "对",
  "党的纪律处分包括开除党籍": "正确",
  "预备党员的预备期为两年": "错误",
  "预备党员享有表决权": "错",
  "党的最高领导机关是党的全国代表大会和它所产生的": "中央委员会",
  "以下属于“四个意识”的是|政治意识|大局意识|核心意识|看齐意识|创新意识": ["政治意识", "大局意识", "核心意识", "看齐意识"],
  "党的十八大召开于哪一年": 2012,
  "只有一个选项的题|唯一选项": "A",
  "答案与选项不符的题|甲|乙|丙": "丁",
  "答案是对象的题": {"x": 1},
  "|选项A|选项B": "A",
  "答案字母超出选项|甲|乙": "C",
  "中国共产党的根本宗旨是？|发展生产力|全心全意为人民服务|实现共产主义": "B"
}`;

export const jsonExpected: Expect[] = [
  'single', 'multiple', 'single', 'judge', 'judge', 'judge', 'judge', 'fill', 'multiple', 'fill',
  'skip:parse_error', 'skip:parse_error', 'skip:parse_error', 'skip:parse_error', 'skip:parse_error', 'skip:duplicate',
];

const header = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '标签', '难度', '解析'];
const excelRows: (string | number | null)[][] = [
  ['单选题', '中国共产党的根本宗旨是（ ）。', '全心全意为人民服务', '实现共产主义', '发展生产力', '', '', '', 'A', '党章,宗旨', 1, '见党章总纲'],
  ['多选题', '“三会一课”中的“三会”是指（ ）。', '支部党员大会', '支部委员会', '党小组会', '民主生活会', '', '', 'A,B,C', '组织生活', 2, ''],
  ['判断题', '党员的党龄从预备期满转为正式党员之日算起。', '', '', '', '', '', '', '正确', '党章', null, ''],
  ['判断', '预备党员有表决权。', '', '', '', '', '', '', 'X', '党章', 2, ''],
  ['填空题', '党的最高领导机关是党的全国代表大会和它所产生的（ ）。', '', '', '', '', '', '', '中央委员会|中共中央委员会', '党章', 3, ''],
  ['简答题', '简述“两个确立”的决定性意义。', '', '', '', '', '', '', '略', '', 3, ''],
  ['', '缺少题型的题目', '甲', '乙', '', '', '', '', 'A', '', 3, ''],
  ['单选题', '难度超出范围的题目', '甲', '乙', '', '', '', '', 'A', '', 9, ''],
  ['单选题', '答案字母超出选项的题目', '甲', '乙', '', '', '', '', 'G', '', 3, ''],
  ['单选题', '单选题给了两个答案', '甲', '乙', '丙', '', '', '', 'AB', '', 3, ''],
  [null, null, null, null, null, null, null, null, null, null, null, null],
  ['单选', '中国共产党的根本宗旨是（　）？', '发展生产力', '全心全意为人民服务', '实现共产主义', '', '', '', 'Ｂ', '', 1, ''],
  ['单项选择题', '全角答案字母也能识别的题目', '甲', '乙', '丙', '', '', '', 'Ｃ', '', 2, ''],
];

export const excelExpected: Expect[] = [
  'single', 'multiple', 'judge', 'skip:parse_error', 'fill', 'skip:unsupported_type', 'skip:parse_error', 'skip:parse_error',
  'skip:invalid', 'skip:invalid', 'skip:duplicate', 'single',
];

export async function excelFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(header);
  for (const r of excelRows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What a report says per item, in the same notation as the expectations. */
export function outcomes(items: { status: string; reason: string | null; type: string | null }[]): string[] {
  return items.map((i) => (i.status === 'imported' ? String(i.type) : `skip:${i.reason}`));
}
