import { partyStatuses } from '../org/org.schema.js';

export type ColumnKey =
  | 'name'
  | 'gender'
  | 'ethnicity'
  | 'birthDate'
  | 'idNumber'
  | 'phone'
  | 'partyStatus'
  | 'joinDate'
  | 'org'
  | 'unit'
  | 'position'
  | 'education';

export interface RosterColumn {
  key: ColumnKey;
  header: string;
  required: boolean;
  /** Other headers seen in real rosters for the same column. */
  aliases: string[];
  kind: 'text' | 'date' | 'code';
  width: number;
  help: string;
}

/** The roster's columns, in template order; template, import and export share this one list. */
export const rosterColumns: readonly RosterColumn[] = [
  { key: 'name', header: '姓名', required: true, aliases: [], kind: 'text', width: 12, help: '最多 50 个字' },
  { key: 'gender', header: '性别', required: true, aliases: [], kind: 'text', width: 8, help: '男 或 女，须与身份证号一致' },
  { key: 'ethnicity', header: '民族', required: false, aliases: [], kind: 'text', width: 10, help: '如 汉族、回族；不填默认为汉族' },
  { key: 'birthDate', header: '出生日期', required: true, aliases: ['出生年月'], kind: 'date', width: 14, help: '日期，如 1995-03-08、1995/3/8、1995.3.8 或 19950308；须与身份证号一致' },
  { key: 'idNumber', header: '身份证号', required: true, aliases: ['身份证号码', '公民身份号码', '身份证'], kind: 'code', width: 22, help: '18 位居民身份证号（末位可为 X），按文本填写，系统校验校验位；不能与系统中已有人员重复' },
  { key: 'phone', header: '手机号', required: false, aliases: ['手机号码', '手机', '联系电话'], kind: 'code', width: 14, help: '11 位手机号，按文本填写' },
  { key: 'partyStatus', header: '政治面貌', required: true, aliases: [], kind: 'text', width: 14, help: partyStatuses.join('、') },
  { key: 'joinDate', header: '入党日期', required: false, aliases: ['入党时间'], kind: 'date', width: 14, help: '正式党员、预备党员必填，其他人员不填' },
  { key: 'org', header: '所在组织', required: true, aliases: ['所在党组织', '党组织', '所在支部'], kind: 'text', width: 48, help: '组织全称路径，用“/”分隔，如 青岛市委市直机关工委/市委办公厅机关党委/办公室党支部；组织名称唯一时也可只填名称；须在您的管理范围内' },
  { key: 'unit', header: '工作单位', required: false, aliases: ['单位'], kind: 'text', width: 24, help: '最多 100 个字' },
  { key: 'position', header: '职务', required: false, aliases: ['职务职级'], kind: 'text', width: 16, help: '最多 100 个字' },
  { key: 'education', header: '学历', required: false, aliases: ['文化程度'], kind: 'text', width: 10, help: '如 大学本科、硕士研究生' },
];

export const columnByKey = Object.fromEntries(rosterColumns.map((c) => [c.key, c])) as Record<ColumnKey, RosterColumn>;

/** '*姓名', '姓名（必填）', ' 身份证号码 ' → the bare header text used for matching. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\s\u3000*＊]/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .trim();
}

const headerIndex = new Map<string, ColumnKey>();
for (const c of rosterColumns) for (const h of [c.header, ...c.aliases]) headerIndex.set(h, c.key);

export function columnForHeader(text: string): ColumnKey | undefined {
  return headerIndex.get(normaliseHeader(text));
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** attachment; filename*=UTF-8''… so Chinese file names survive every browser. */
export function attachmentHeader(fileName: string): string {
  return `attachment; filename="roster.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
