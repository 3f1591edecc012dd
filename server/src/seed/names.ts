import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CityReference {
  city: { code: string; name: string };
  districts: Array<{ code: string; name: string }>;
  streets: Array<{ code: string; name: string; district: string }>;
  agencies: string[];
  demandCategories: Array<{ code: string; name: string; defaultDeadline: string }>;
  surnames: string[];
  givenNameChars: string[];
}

const bundled = fileURLToPath(new URL('./qingdao.json', import.meta.url));

/** The demo city's reference data (Qingdao), kept next to the generator. */
export function loadCityReference(): CityReference {
  return JSON.parse(readFileSync(bundled, 'utf8')) as CityReference;
}

export const departmentNames = [
  '办公室', '综合处', '政策法规处', '人事处', '财务处', '规划处', '组织处', '宣传处', '机关党委办公室', '信息中心',
  '督查处', '科技处', '审批处', '执法支队', '研究室', '离退休干部处', '安全处', '统计处', '服务中心', '监督处',
];

export const positions = ['科员', '一级科员', '四级主任科员', '三级主任科员', '二级主任科员', '副科长', '科长', '副处长', '处长', '一级调研员'];
export const educations = ['大学本科', '硕士研究生', '博士研究生', '大学专科'];
export const ethnicities = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '回族', '满族', '朝鲜族', '蒙古族'];
