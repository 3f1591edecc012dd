import { readFileSync } from 'node:fs';

/** Sectors of young entrepreneurs' companies; research topics use the same codes for their frontier field. */
export const sectors = [
  { code: 'ai', name: '人工智能' },
  { code: 'marine', name: '海洋经济' },
  { code: 'low_altitude', name: '低空经济' },
  { code: 'advanced_manufacturing', name: '高端制造' },
  { code: 'new_energy', name: '新能源' },
  { code: 'biomedicine', name: '生物医药' },
  { code: 'digital', name: '数字经济' },
  { code: 'new_materials', name: '新材料' },
  { code: 'trade_logistics', name: '商贸物流' },
  { code: 'culture_tourism', name: '文化旅游' },
  { code: 'modern_agriculture', name: '现代农业' },
  { code: 'services', name: '现代服务业' },
  { code: 'other', name: '其他' },
] as const;
export const sectorCodes = sectors.map((s) => s.code) as [string, ...string[]];

/** Kinds of concerns (急难愁盼) an entrepreneur raises. */
export const concernCategories = [
  { code: 'financing', name: '融资' },
  { code: 'land', name: '用地' },
  { code: 'approval', name: '审批' },
  { code: 'labour', name: '用工' },
  { code: 'policy', name: '政策兑现' },
  { code: 'market', name: '市场拓展' },
  { code: 'technology', name: '科技创新' },
  { code: 'other', name: '其他' },
] as const;

export const sizeLabels = { micro: '微型', small: '小型', medium: '中型', large: '大型' } as const;
export const contactKindLabels = { visit: '走访', call: '电话', meeting: '座谈', online: '线上' } as const;

/** Qingdao's districts, the same list the demands use (seed/qingdao.json). */
export const districts: { code: string; name: string }[] = JSON.parse(readFileSync(new URL('../../seed/qingdao.json', import.meta.url), 'utf8')).districts;
export const districtCodes = districts.map((d) => d.code) as [string, ...string[]];
