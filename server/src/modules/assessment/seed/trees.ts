/**
 * The demo city's two indicator systems, worded after the case: "把党员队伍体系化建设纳入述职评议考核内容……用好年轻干部
 * 考核'指挥棒'，将考核结果作为评先评优和调整使用的重要依据". Weights are percentages adding up to 100 at every level.
 */

export const ORG_SYSTEM = {
  name: '党支部书记抓党建述职评议考核',
  description: '把党员队伍体系化建设纳入述职评议考核内容：工作实绩由平台记录计算，述职评议由机关党委领导班子、其他支部书记、党员代表和群众投票。',
};

/** 党员队伍体系化建设 35 · 述职评议 45 · 幸福党建 20. The two 评议 leaves are fed by the vote groups. */
export const orgTree = [
  {
    key: 'team',
    name: '党员队伍体系化建设',
    weight: 35,
    children: [
      { key: 'reads', name: '理论必修课学习完成', weight: 40, leaf: { type: 'computed', metric: 'content.reads_completed', scoring: { fn: 'rank' } } },
      { key: 'days', name: '主题党日等组织生活开展', weight: 30, leaf: { type: 'computed', metric: 'activities.held', scoring: { fn: 'bands', bands: [{ min: 1, score: 60 }, { min: 4, score: 80 }, { min: 8, score: 100 }] } } },
      { key: 'build', name: '党员队伍体系化建设情况', weight: 30, leaf: { type: 'rated', maxScore: 10, rubric: '对照"四个三"路径，评价党员教育管理、发展党员、青年干部培养的体系化程度' } },
    ],
  },
  {
    key: 'review',
    name: '述职评议',
    weight: 45,
    children: [
      { key: 'vote', name: '述职评议', weight: 75, leaf: { type: 'rated', maxScore: 100, rubric: '述职评议会议上各评议组投票：好、较好、一般、差' } },
      { key: 'public', name: '幸福党建群众评议', weight: 25, leaf: { type: 'rated', maxScore: 100, rubric: '服务对象群众代表投票' } },
    ],
  },
  {
    key: 'happy',
    name: '幸福党建',
    weight: 20,
    children: [
      { key: 'service', name: '志愿服务人次', weight: 60, leaf: { type: 'computed', metric: 'community.volunteer_person_times', scoring: { fn: 'rank' } } },
      { key: 'needs', name: '社区需求认领', weight: 40, leaf: { type: 'computed', metric: 'community.needs_claimed', scoring: { fn: 'bands', bands: [{ min: 1, score: 70 }, { min: 3, score: 85 }, { min: 6, score: 100 }] } } },
    ],
  },
];

export const YOUNG_SYSTEM = {
  name: '青年干部考核"指挥棒"',
  description: '用好年轻干部考核"指挥棒"：比学习、比本领由平台记录计算，比作为由评审专家评分；结果作为评先评优和调整使用的重要依据。',
};

/** 比学习 40 · 比本领 30 · 比作为 30. */
export const youngTree = [
  {
    key: 'study',
    name: '比学习',
    weight: 40,
    children: [
      { key: 'hours', name: '学习时长', weight: 50, leaf: { type: 'computed', metric: 'content.my_study_hours', scoring: { fn: 'rank' } } },
      { key: 'required', name: '必修课完成度', weight: 50, leaf: { type: 'computed', metric: 'learning.my_required_progress', scoring: { fn: 'linear', from: 0, to: 100 } } },
    ],
  },
  {
    key: 'skill',
    name: '比本领',
    weight: 30,
    children: [
      { key: 'quiz', name: '每日答题正确率', weight: 60, leaf: { type: 'computed', metric: 'learning.my_quiz_accuracy', scoring: { fn: 'rank' } } },
      { key: 'awards', name: '竞赛获奖', weight: 40, leaf: { type: 'computed', metric: 'contests.my_award_points', scoring: { fn: 'rank' } } },
    ],
  },
  { key: 'deeds', name: '比作为', weight: 30, leaf: { type: 'rated', maxScore: 10, rubric: '履职尽责、急难险重任务中的表现（评审专家评分）' } },
];

/** The review meeting's rater groups: the committee's leaders, other secretaries, member representatives, the public. */
export const voteGroups = [
  { code: 'leaders', name: '机关党委领导班子', weight: 40, leafKey: 'vote' },
  { code: 'secretaries', name: '其他支部书记', weight: 30, leafKey: 'vote' },
  { code: 'members', name: '党员代表', weight: 30, leafKey: 'vote' },
  { code: 'public', name: '群众代表（幸福党建）', weight: 100, leafKey: 'public' },
] as const;

export const reportText = (branch: string, year: number) =>
  `${branch}${year}年度抓基层党建工作述职报告\n\n` +
  `一、履行第一责任人职责情况：修好理论必修课、党性终身课、基层实践课，全年组织主题党日和集中学习，党员学习完成情况在平台可查。\n` +
  `二、党员队伍体系化建设：把青年干部培养纳入支部工作计划，推荐青年党员加入青年尖刀班，开展"两青共进"结对。\n` +
  `三、幸福党建：组织党员到社区双报到，认领社区需求，参加红色志愿服务。\n` +
  `四、存在的不足和下一步打算：对照考核评价"指挥棒"，补齐短板。`;
