import type { Random } from '../../../seed/random.js';

/** Phrase banks in the style of the case 《“四个三”路径淬炼“青春之岛”先锋队伍》 for the demo city's cases. */
export const categories = [
  { code: 'theory', name: '理论武装' },
  { code: 'youth', name: '青年工作' },
  { code: 'grassroots', name: '基层组织建设' },
  { code: 'service', name: '服务群众' },
  { code: 'integration', name: '党建与业务融合' },
  { code: 'discipline', name: '作风纪律' },
  { code: 'brand', name: '党建品牌' },
  { code: 'digital', name: '智慧党建' },
];

const brands = ['青春加速度', '铸魂·扬青', '来自基层的报告', '青创π', '青年显担当', '幸福党建', '青诉即办', '担当“1+1”', '红色引擎', '先锋驿站', '初心课堂', '一线攻坚'];
const verbs = ['淬炼', '锻造', '赋能', '激活', '擦亮', '打造', '筑牢', '点燃'];
const objects = ['先锋队伍', '青年铁军', '红色堡垒', '服务品牌', '攻坚力量', '机关新风', '发展引擎'];
const paths = ['“四个三”路径', '“三课三融”机制', '“一线工作法”', '“项目化”运作', '“清单式”管理', '“双报到”机制', '“揭榜挂帅”模式'];

const backgrounds = [
  '机关青年干部理论学习存在不深不透、学用脱节的问题，',
  '部分基层党组织政治功能发挥不够充分，党建与业务“两张皮”现象仍然存在，',
  '青年干部基层历练不足，破解急难愁盼问题的本领有待提升，',
  '群众诉求渠道分散、办理时限不一，群众获得感有待增强，',
  '考核评价重“痕”不重“绩”，干部干事创业的激励不够充分，',
];
const goals = ['聚焦“后继有人”这个根本大计，', '坚持以高质量党建引领高质量发展，', '牢记总书记殷殷嘱托，', '坚持问题导向和目标导向相统一，'];
const practices = [
  '修好理论必修课、党性终身课、基层实践课“三门课”，组织青年理论宣讲团深入一线开展宣讲',
  '组建青年尖刀班，围绕重大任务、关键岗位、项目一线开展“五比一做”攻坚',
  '推行“双报到”机制，组织党员到社区报到、认领需求、开展志愿服务',
  '建立青诉即办工作机制，实行受理、派单、办理、回访、督办全流程闭环',
  '搭建青创π平台，推动青年干部与青年企业家“两青共进”结对共建',
  '完善组织赋能、考核评价、关心关爱“三机制”，建立青年干部成长档案',
  '树牢树典型、严规矩、亮实绩“三导向”，做强“我们的答卷”交流平台',
  '开展“来自基层的报告”调研，形成一批有分量的调研成果转化为政策举措',
];
const results = [
  '累计解决群众急难愁盼问题{n}件，按期办结率达{p}%',
  '组建青年尖刀班{s}支，攻克重点难题{n}项',
  '组织党员志愿服务{n}人次，服务社区{s}个',
  '形成调研报告{s}篇，{k}项建议被采纳转化',
  '开展关心关爱活动{s}场，覆盖青年干部{n}人次',
  '获评省级以上荣誉{k}项，经验做法被{k}家单位借鉴推广',
];

export function caseTitle(r: Random) {
  return `${r.pick(paths)}${r.pick(verbs)}“${r.pick(brands)}”${r.pick(objects)}`;
}

function fill(r: Random, s: string) {
  return s.replace(/\{n\}/g, () => String(r.int(30, 5000))).replace(/\{p\}/g, () => String(r.int(88, 99))).replace(/\{s\}/g, () => String(r.int(3, 120))).replace(/\{k\}/g, () => String(r.int(2, 15)));
}

export function caseParts(r: Random) {
  const take = (list: string[], n: number) => {
    const copy = [...list];
    return Array.from({ length: n }, () => copy.splice(r.int(0, copy.length - 1), 1)[0]);
  };
  return {
    background: `${r.pick(backgrounds)}${r.pick(goals)}本单位探索实施${r.pick(paths)}，着力${r.pick(verbs)}${r.pick(objects)}。`,
    practice: take(practices, 3).map((p, i) => `${['一是', '二是', '三是'][i]}${p}。`).join(''),
    results: `${take(results, 3).map((x) => fill(r, x)).join('；')}。`,
  };
}
