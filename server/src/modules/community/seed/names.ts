import type { Random } from '../../../seed/random.js';

/** Qingdao's streets are named after Chinese provinces and cities; so are many of its communities. */
const roadStems = [
  '贵州', '云南', '湖南', '广州', '福州', '杭州', '南京', '徐州', '镇江', '常州', '扬州', '嘉兴', '无锡', '苏州', '宁波', '温州', '厦门', '漳州',
  '泉州', '汕头', '桂林', '柳州', '昆明', '大理', '贵阳', '遵义', '成都', '宜宾', '泸州', '西宁', '银川', '兰州', '太原', '大同', '长治', '郑州',
  '洛阳', '开封', '商丘', '武昌', '汉口', '黄石', '宜昌', '长沙', '株洲', '南昌', '九江', '赣州', '芜湖', '安庆', '蚌埠', '淮南', '济南', '泰安',
  '曲阜', '潍坊', '烟台', '威海', '日照', '临沂', '菏泽', '聊城', '德州', '滨州', '东营', '淄博', '枣庄', '济宁', '莱阳', '海阳', '栖霞', '龙口',
  '招远', '蓬莱', '长春', '四平', '延吉', '牡丹江', '佳木斯', '沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '辽阳', '铁岭',
  '盘锦', '承德', '唐山', '保定', '邯郸', '张家口', '秦皇岛', '天津', '上海', '北京', '南宁', '海口', '拉萨', '呼和浩特', '包头', '乌鲁木齐',
  '哈密', '库尔勒', '伊犁', '酒泉', '敦煌', '天水', '宝鸡', '咸阳', '延安', '汉中', '榆林', '绵阳', '乐山', '自贡', '南充', '达州', '万县',
  '黄山', '宣城', '滁州', '亳州', '信阳', '南阳', '周口', '许昌', '平顶山', '鹤壁', '焦作', '新乡', '安阳', '濮阳', '衡阳', '岳阳', '常德', '益阳',
];

const placeStems = [
  '海韵', '金沙', '龙泉', '凤凰', '翠湖', '丽景', '锦绣', '瑞源', '紫荆', '玉兰', '和谐', '康乐', '福兴', '安顺', '长乐', '永平', '新华', '东方',
  '明珠', '春晖', '阳光', '幸福', '金岭', '世纪', '海湾', '香江', '海逸', '银海', '碧海', '海景', '观海', '望海', '听涛', '汇泉', '嘉定', '天泰',
  '华阳', '金岸', '山水', '名都', '泰和', '瑞昌', '四季', '月光', '水岸', '东城', '西城', '南岭', '北岭', '梅岭', '桃园', '杏林', '松林', '枫林',
  '青年', '和平', '兴安', '安乐', '永安', '福林', '文昌', '书院', '德馨', '宜居', '雅园', '荣华', '富春', '锦华', '百合', '桂花', '丁香', '海棠',
  '樱花', '春和', '景明', '惠民', '乐安', '宁康', '德润', '泽润', '温馨', '祥和', '嘉和', '颐和', '太平', '浮山', '鱼山', '信号山', '团岛', '小港',
  '贮水山', '双峰', '海泊', '清江', '东山', '南山', '北山', '芙蓉', '翠屏', '金华', '银都', '宝龙', '盛世', '星海', '云溪', '晓港', '润城',
];

const urbanSuffixes = ['花园社区', '苑社区', '里社区', '社区', '新村社区', '家园社区', '山庄社区'];
const villageSuffixes = ['家庄', '家疃', '家屯', '家洼', '家沟', '家埠', '家营', '庄'];
const villageStems = ['东山', '西岭', '南河', '北泉', '河头', '前洼', '后屯', '大沟', '小河', '石门', '柳林', '杨树', '店子', '高家', '双塔', '古城'];

/** The stem of a street's name ('香港中路街道' → '香港中路'), or null where it does not make a community name. */
export function streetStem(streetName: string): string | null {
  const stem = streetName.replace(/(省级自然保护区|省级旅游度假区|省级生态旅游度假区|高新技术产业开发区|经济技术开发区|经济开发区|新经济区|街道|镇)$/, '');
  return stem && stem !== streetName && stem.length <= 5 && stem !== '青岛' ? stem : null;
}

/**
 * Community names for one street, in the style of real ones ("贵州路社区", "海韵花园社区", "王家庄社区"),
 * unique across the city (`taken` is shared by all streets). The first one usually carries the street's name.
 */
export function communityNames(r: Random, streetName: string, rural: boolean, count: number, taken: Set<string>): string[] {
  const names: string[] = [];
  const stem = streetStem(streetName);
  const take = (name: string) => {
    if (taken.has(name)) return false;
    taken.add(name);
    names.push(name);
    return true;
  };
  if (stem) take(`${stem}社区`);
  while (names.length < count) {
    const roll = r.next();
    if (rural && roll < 0.6) take(r.chance(0.7) ? `${r.pick(['王', '李', '张', '刘', '陈', '杨', '赵', '孙', '周', '吴', '徐', '马', '朱', '胡', '郭', '于', '姜', '宋', '高', '韩'])}${r.pick(villageSuffixes)}社区` : `${r.pick(villageStems)}社区`);
    else if (roll < 0.45) take(`${r.pick(roadStems)}路社区`);
    else take(`${r.pick(placeStems)}${r.pick(urbanSuffixes)}`);
  }
  return names;
}

/** The community's own party organisation: larger communities have a 党委, smaller ones a 党总支 or 党支部. */
export function partyOrgName(r: Random, community: string): string {
  const roll = r.next();
  return `${community}${roll < 0.55 ? '党委' : roll < 0.7 ? '党总支' : '党支部'}`;
}

export function communityAddress(r: Random, districtName: string, streetName: string, community: string): string {
  const road = community.includes('路社区') ? community.replace(/社区$/, '') : `${r.pick(roadStems)}路`;
  return `${districtName}${streetName}${road}${r.int(1, 199)}号`;
}

export function residentAddress(r: Random, communityAddress: string): string {
  return `${communityAddress.replace(/\d+号$/, `${r.int(1, 199)}号`)}${r.int(1, 12)}号楼${r.int(1, 4)}单元${r.int(1, 18)}0${r.int(1, 4)}户`;
}

/** Approximate centres of the ten districts, for the needs map. */
export const districtCentres: Record<string, [number, number]> = {
  '370202': [36.066, 120.383], '370203': [36.087, 120.375], '370211': [35.96, 120.19], '370212': [36.107, 120.468], '370213': [36.145, 120.433],
  '370214': [36.307, 120.396], '370215': [36.39, 120.447], '370281': [36.264, 120.033], '370283': [36.787, 119.988], '370285': [36.889, 120.517],
};

/** Themes by what the agency does; the rest get the generic names of the case ("红色志愿服务队", "'青春之岛'先锋志愿队"). */
const themes: Array<[RegExp, string]> = [
  [/卫生|医疗|红十字/, '“健康守护”医疗志愿服务队'], [/公安/, '“平安岛城”志愿服务队'], [/司法|政法|法/, '“法润岛城”普法志愿服务队'],
  [/教育|党校|科协/, '“护苗”志愿服务队'], [/民政|老干部/, '“暖心”助老志愿服务队'], [/生态环境|园林|海洋/, '“蓝天碧海”环保志愿服务队'],
  [/城市管理|住房/, '“城市美容师”志愿服务队'], [/团市委/, '“青春之岛”青年志愿服务队'], [/妇联/, '“巾帼红”志愿服务队'], [/残联/, '“助残圆梦”志愿服务队'],
  [/文化|文联|档案/, '“文化惠民”志愿服务队'], [/交通/, '“文明交通”志愿服务队'], [/退役军人/, '“老兵永远跟党走”志愿服务队'], [/应急|人防/, '“安全守护”志愿服务队'],
  [/人力资源|总工会/, '“就业帮扶”志愿服务队'], [/市场监督|商务/, '“放心消费”志愿服务队'], [/宣传|网信/, '“理论宣讲”志愿服务队'],
];
const generic = ['红色志愿服务队', '“青春之岛”先锋志愿队', '党员先锋志愿服务队', '“海之子”志愿服务队', '“红帆”志愿服务队', '“初心”志愿服务队', '“幸福里”志愿服务队'];

/** The k-th team of an agency ('市教育局' → '市教育局红色志愿服务队', '市教育局“护苗”志愿服务队', …). */
export function teamName(agency: string, k: number): string {
  const theme = themes.find(([re]) => re.test(agency))?.[1];
  const list = theme ? [generic[0], theme, ...generic.slice(1)] : generic;
  return `${agency}${list[k % list.length]}${k >= list.length ? `第${Math.floor(k / list.length) + 1}分队` : ''}`;
}

/** Need titles, places and skills by need type name. */
export const needTexts: Record<string, { titles: string[]; skills: string[] }> = {
  助老: { titles: ['为独居老人上门打扫卫生', '陪伴高龄老人就医', '老年人智能手机使用教学', '为老人义务理发和健康义诊', '重阳节敬老慰问', '为空巢老人送餐'], skills: ['医护', '理发', '智能手机教学', '陪护'] },
  助残: { titles: ['助残日陪伴残疾人出行', '为残疾人家庭送温暖', '协助残疾人办理补贴申请', '无障碍设施排查', '残疾儿童康复陪伴'], skills: ['手语', '康复护理', '政策咨询'] },
  环境整治: { titles: ['楼道杂物清理', '小区绿化带垃圾清理', '海滩净滩行动', '背街小巷环境整治', '非机动车规范停放整治', '小广告清理'], skills: ['体力劳动', '垃圾分类'] },
  文明创建: { titles: ['文明城市创建入户宣传', '垃圾分类桶前值守', '路口文明交通劝导', '文明养犬宣传', '“光盘行动”宣传'], skills: ['宣传', '劝导'] },
  政策宣讲: { titles: ['医保政策进社区宣讲', '反诈宣传进社区', '民法典进社区宣讲', '党的创新理论进社区宣讲', '养老保险政策解读'], skills: ['宣讲', '法律', '医保政策'] },
  儿童托管: { titles: ['暑期“四点半课堂”托管', '寒假儿童作业辅导', '周末亲子阅读陪伴', '儿童安全教育课堂', '“七彩假期”兴趣课堂'], skills: ['教师资格', '心理辅导', '美术', '音乐'] },
  其他: { titles: ['社区义诊服务', '便民维修服务', '社区疫苗接种引导', '防汛物资搬运', '社区运动会服务保障'], skills: ['维修', '医护', '组织协调'] },
};

export const places = ['社区党群服务中心', '社区新时代文明实践站', '社区老年活动中心', '社区广场', '小区中心花园', '社区四点半课堂', '社区居民议事厅'];

export const registrationDeclineReasons = ['地址不在本社区辖区，请向居住地社区报到', '居住地址信息不完整，请补充门牌号后重新提交', '已在其他社区报到，请先办理转出'];
export const orgDeclineReasons = ['本社区今年共建单位已满，建议与相邻社区共建', '共建服务内容与社区需求不符，请调整后重新申请'];
export const returnReasons = ['签到签退记录不完整，请核实后重新提交', '服务时长与活动安排不符，请组织方核实', '参与人员名单有误，请核对'];
export const adjustReasons = ['提前离场，按实际服务时长核减', '迟到，按实际服务时长核减'];
