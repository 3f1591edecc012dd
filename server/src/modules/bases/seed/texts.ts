/** Themes of the 15 demonstration points (机关党建示范点), one per point. */
export const pointThemes = [
  '党建+营商环境', '党建+乡村振兴', '党建+科技创新', '党建+海洋经济', '党建+城市更新', '党建+民生服务', '党建+法治建设', '党建+文明创建',
  '党建+青年成长', '党建+生态环保', '党建+数字政务', '党建+清廉机关', '党建+应急保障', '党建+文化传承', '党建+开放合作',
] as const;

export const bookingTitles = [
  '主题党日：学习贯彻全会精神', '“三会一课”支部党员大会', '青年理论学习小组读书分享', '党课：新时代机关党员的使命担当', '新入职青年干部“第一粒扣子”座谈',
  '“来自基层的报告”分享会', '警示教育专题学习', '党建业务培训', '“担当1+1”结对交流', '青创π企业家沙龙', '支部书记述职评议', '红色教育现场教学',
] as const;

export const projectNames = [
  '“第一粒扣子”新入职青年干部成长营', '“扣好第一粒扣子”青年理论宣讲团', '青年干部“基层实践第一课”', '“师徒结对·薪火相传”导师制', '“青春读书会”理论学习计划',
  '青年干部“岗位练兵”计划', '“初心讲堂”青年党员培养', '“清风青年”廉洁教育计划', '“青年先锋岗”创建计划', '“一线历练”青年干部下沉计划', '“青春之岛”青年调研行动',
] as const;

export const milestoneTitles = ['入职第一课：党章党规学习', '导师结对与成长规划', '基层一线实践', '专题调研与报告', '岗位练兵汇报', '结业考核与评议'] as const;

/** The six brands of the case, with the modules and figures that carry them. */
export const brandSeeds = [
  { code: 'danddang_1plus1', name: '青春加速度 担当1+1', modules: ['squads', 'pairing'], metrics: ['squads.active', 'pairing.pairs_started'], description: '青年干部“1+1”结对担当，在急难险重任务中加速成长。' },
  { code: 'zhuhun_yangqing', name: '铸魂·扬青', modules: ['learning', 'content'], metrics: ['learning.exams_taken', 'content.reads_completed'], description: '以理论武装铸魂，以青春实践扬青，打造青年理论学习品牌。' },
  { code: 'grassroots_reports', name: '来自基层的报告', modules: ['practice'], metrics: ['practice.reports_approved'], description: '青年干部走进基层、蹲点调研，形成来自基层一线的调研报告。' },
  { code: 'qingchuang_pi', name: '青创π', modules: ['pairing'], metrics: ['pairing.entrepreneurs_approved', 'pairing.contact_logs'], description: '青年干部与青年企业家“两青共进”，服务民营经济发展。' },
  { code: 'youth_responsibility', name: '青年显担当', modules: ['community', 'demands'], metrics: ['community.volunteer_person_times', 'demands.resolved'], description: '青年干部在志愿服务、民生诉求办理中显担当、作表率。' },
  { code: 'happy_party_building', name: '幸福党建', modules: ['activities', 'bases'], metrics: ['activities.care_held', 'bases.venue_bookings'], description: '关心关爱机关党员干部，建设幸福机关、温暖阵地。' },
] as const;
