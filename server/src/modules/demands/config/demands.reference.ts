import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { parseDeadline, type Deadline } from '../workflow/deadlines.js';
import { challengeSecret } from './demands.settings.js';

interface Reference {
  districts: { code: string; name: string }[];
  streets: { code: string; name: string; district: string }[];
  demandCategories: { code: string; name: string; defaultDeadline: string }[];
}

export const qingdao: Reference = JSON.parse(readFileSync(new URL('../../../seed/qingdao.json', import.meta.url), 'utf8'));
export const districtCodes = new Set(qingdao.districts.map((d) => d.code));
export const streetDistrict = new Map(qingdao.streets.map((s) => [s.code, s.district]));
export const districtName = new Map(qingdao.districts.map((d) => [d.code, d.name]));

/** The agency usually responsible for each kind of demand (a 12345 hotline's routing table). */
export const defaultAgencies: Record<string, string> = {
  emergency: '市应急管理局', water: '市水务管理局', power: '市发展和改革委员会', gas: '市城市管理局', heating: '市城市管理局',
  city_mgmt: '市城市管理局', roads: '市交通运输局', public_transit: '市交通运输局', property: '市住房和城乡建设局', housing: '市住房和城乡建设局',
  construction_noise: '市生态环境局', environment: '市生态环境局', market: '市市场监督管理局', consumer: '市市场监督管理局',
  labour: '市人力资源和社会保障局', social_security: '市人力资源和社会保障局', medical: '市卫生健康委员会', education: '市教育局',
  elderly: '市民政局', community: '市民政局', enterprise: '市民营经济发展局', permits: '市行政审批服务局', greening: '市园林和林业局',
  parking: '市城市管理局', complex: '市政府办公厅',
};

/**
 * Who may plausibly handle each kind of demand, in order of preference: the responsible bureau first, then bureaus that
 * share the work, and last 市政府办公厅, which runs the 12345 hotline office and passes on what no bureau on the platform
 * takes. A party body (市委办公厅, 纪委, 组织部 …) never handles a pothole. The demo city's rules pick the first that exists.
 */
export const handlingChain: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    emergency: ['市应急管理局', '市公安局'],
    water: ['市水务管理局', '市城市管理局'],
    power: ['市发展和改革委员会', '市工业和信息化局'],
    gas: ['市城市管理局', '市住房和城乡建设局'],
    heating: ['市城市管理局', '市住房和城乡建设局'],
    city_mgmt: ['市城市管理局'],
    roads: ['市交通运输局', '市城市管理局', '市住房和城乡建设局'],
    public_transit: ['市交通运输局'],
    property: ['市住房和城乡建设局'],
    housing: ['市住房和城乡建设局', '市自然资源和规划局'],
    construction_noise: ['市生态环境局', '市城市管理局', '市住房和城乡建设局'],
    environment: ['市生态环境局', '市城市管理局'],
    market: ['市市场监督管理局', '市商务局'],
    consumer: ['市市场监督管理局', '市商务局'],
    labour: ['市人力资源和社会保障局', '市总工会'],
    social_security: ['市人力资源和社会保障局', '市医疗保障局'],
    medical: ['市卫生健康委员会', '市医疗保障局'],
    education: ['市教育局'],
    elderly: ['市民政局', '市卫生健康委员会'],
    community: ['市民政局'],
    enterprise: ['市民营经济发展局', '市工业和信息化局', '市商务局'],
    permits: ['市行政审批服务局', '市大数据发展管理局'],
    greening: ['市园林和林业局', '市城市管理局'],
    parking: ['市城市管理局', '市公安局', '市交通运输局'],
    complex: [],
  }).map(([code, list]) => [code, [...list, '市政府办公厅']]),
);

/** Categories whose citizens are told to call 110/119/120 at once, and whose open demands head every queue. */
export const urgentCategories = new Set(['emergency']);

const english: Record<string, string> = {
  emergency: 'Emergency help', water: 'Water supply', power: 'Power supply', gas: 'Gas', heating: 'Heating', city_mgmt: 'City appearance and sanitation',
  roads: 'Roads and traffic', public_transit: 'Public transport', property: 'Property management', housing: 'Housing security', construction_noise: 'Construction noise',
  environment: 'Environment', market: 'Market supervision', consumer: 'Consumer rights', labour: 'Labour', social_security: 'Social security', medical: 'Health care',
  education: 'Education', elderly: 'Elderly care', community: 'Community services', enterprise: 'Business support', permits: 'Government services',
  greening: 'Parks and greening', parking: 'Parking', complex: 'Complex cases',
};

/** Response deadline from the resolution deadline: fast lanes answer within hours, the rest by the next working day. */
export function responseDeadlineFor(resolution: Deadline): Deadline {
  if (resolution.unit === 'h') return { value: resolution.value <= 2 ? 1 : 2, unit: 'h' };
  return { value: 1, unit: 'wd' };
}

// Official State Council holiday arrangements (放假 false, 调休上班 true); editable by committee admins.
const holidays: [string, boolean, string][] = [
  ['2025-01-01', false, '元旦'], ['2025-01-26', true, '春节调休'], ['2025-01-28', false, '春节'], ['2025-01-29', false, '春节'], ['2025-01-30', false, '春节'],
  ['2025-01-31', false, '春节'], ['2025-02-01', false, '春节'], ['2025-02-02', false, '春节'], ['2025-02-03', false, '春节'], ['2025-02-04', false, '春节'],
  ['2025-02-08', true, '春节调休'], ['2025-04-04', false, '清明节'], ['2025-04-05', false, '清明节'], ['2025-04-06', false, '清明节'], ['2025-04-27', true, '劳动节调休'],
  ['2025-05-01', false, '劳动节'], ['2025-05-02', false, '劳动节'], ['2025-05-03', false, '劳动节'], ['2025-05-04', false, '劳动节'], ['2025-05-05', false, '劳动节'],
  ['2025-05-31', false, '端午节'], ['2025-06-01', false, '端午节'], ['2025-06-02', false, '端午节'], ['2025-09-28', true, '国庆节调休'],
  ['2025-10-01', false, '国庆节、中秋节'], ['2025-10-02', false, '国庆节、中秋节'], ['2025-10-03', false, '国庆节、中秋节'], ['2025-10-04', false, '国庆节、中秋节'],
  ['2025-10-05', false, '国庆节、中秋节'], ['2025-10-06', false, '国庆节、中秋节'], ['2025-10-07', false, '国庆节、中秋节'], ['2025-10-08', false, '国庆节、中秋节'],
  ['2025-10-11', true, '国庆节调休'],
  ['2026-01-01', false, '元旦'], ['2026-01-02', false, '元旦'], ['2026-01-03', false, '元旦'], ['2026-01-04', true, '元旦调休'],
  ['2026-02-14', true, '春节调休'], ['2026-02-15', false, '春节'], ['2026-02-16', false, '春节'], ['2026-02-17', false, '春节'], ['2026-02-18', false, '春节'],
  ['2026-02-19', false, '春节'], ['2026-02-20', false, '春节'], ['2026-02-21', false, '春节'], ['2026-02-22', false, '春节'], ['2026-02-23', false, '春节'],
  ['2026-02-28', true, '春节调休'], ['2026-04-04', false, '清明节'], ['2026-04-05', false, '清明节'], ['2026-04-06', false, '清明节'],
  ['2026-05-01', false, '劳动节'], ['2026-05-02', false, '劳动节'], ['2026-05-03', false, '劳动节'], ['2026-05-04', false, '劳动节'], ['2026-05-05', false, '劳动节'],
  ['2026-05-09', true, '劳动节调休'], ['2026-06-19', false, '端午节'], ['2026-06-20', false, '端午节'], ['2026-06-21', false, '端午节'],
  ['2026-09-20', true, '国庆节调休'], ['2026-09-25', false, '中秋节'], ['2026-09-26', false, '中秋节'], ['2026-09-27', false, '中秋节'],
  ['2026-10-01', false, '国庆节'], ['2026-10-02', false, '国庆节'], ['2026-10-03', false, '国庆节'], ['2026-10-04', false, '国庆节'], ['2026-10-05', false, '国庆节'],
  ['2026-10-06', false, '国庆节'], ['2026-10-07', false, '国庆节'], ['2026-10-10', true, '国庆节调休'],
];

/** Categories, holiday calendar and the challenge key; existing rows are kept so admins' edits survive restarts. */
export async function ensureDemandReference(db: Db) {
  const added: string[] = [];
  for (const [i, c] of qingdao.demandCategories.entries()) {
    const resolution = parseDeadline(c.defaultDeadline);
    const response = responseDeadlineFor(resolution);
    const inserted = await rows(db, sql`INSERT INTO demand_categories (code, name, name_en, default_agency, response_value, response_unit, resolution_value, resolution_unit, sort, urgent)
      VALUES (${c.code}, ${c.name}, ${english[c.code] ?? c.code}, ${defaultAgencies[c.code] ?? null}, ${response.value}, ${response.unit}, ${resolution.value}, ${resolution.unit}, ${i}, ${urgentCategories.has(c.code)})
      ON CONFLICT (code) DO NOTHING RETURNING code`);
    if (inserted.length) added.push(c.code);
  }
  // The Open311 discovery document dates the service list by the latest audited category change.
  if (added.length) await audit(db, null, { action: 'demands.category_seed', entity: 'demand_category', summary: added.join(','), actor: { accountId: null, username: 'system' } });
  const values = holidays.map(([d, w, n]) => sql`(${d}::date, ${w}, ${n})`);
  await db.execute(sql`INSERT INTO demand_holidays (day, is_workday, name) VALUES ${sql.join(values, sql`, `)} ON CONFLICT (day) DO NOTHING`);
  await challengeSecret(db);
}
