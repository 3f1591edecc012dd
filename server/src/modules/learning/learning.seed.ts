import { sql } from 'drizzle-orm';
import { type ModuleContext, type SeedOptions, livingCity } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { insertQuestion, prepare, type NewQuestion } from './commands/save-question.js';
import { seedCourses } from './courses.seed.js';
import { seedStudy, type BankQuestion } from './study.seed.js';
import { seedExams } from './exams.seed.js';

/** A starter bank drawn from the case text, so the daily quiz works on a demo installation. */
const bank: NewQuestion[] = [
  { type: 'single', stem: '青岛市委市直机关工委淬炼青年先锋队伍的实践路径被概括为：', options: ['“四个三”', '“三会一课”', '“两学一做”', '“三严三实”'], answer: ['A'], tags: ['四个三'], difficulty: 1, explanation: '创新探索“四个三”实践路径。' },
  { type: 'multiple', stem: '“三门课”包括：', options: ['理论武装“必修课”', '深入基层“实践课”', '终身学习“选修课”', '文体娱乐“兴趣课”'], answer: ['A', 'B'], tags: ['四个三'], difficulty: 2, explanation: '修好理论武装“必修课”、深入基层“实践课”等“三门课”。' },
  { type: 'judge', stem: '五四运动源起青岛。', options: [], answer: ['true'], tags: ['四个三'], difficulty: 1, explanation: '五四运动，源起青岛；五四精神，薪火相传。' },
  { type: 'fill', stem: '组建“____”青年宣讲队，开展主题宣讲。', options: [], answer: ['初心致远'], tags: ['四个三'], difficulty: 2, explanation: '组建“初心致远”青年宣讲队。' },
  { type: 'single', stem: '“双报到”机制下组建的“红色志愿服务队”共有多少支？', options: ['85支', '125支', '445支', '500支'], answer: ['B'], tags: ['幸福党建'], difficulty: 3, explanation: '组建125支“红色志愿服务队”，服务社区445个。' },
  { type: 'judge', stem: '“青诉即办”平台年均解决民生发展诉求500余万件。', options: [], answer: ['true'], tags: ['幸福党建'], difficulty: 2, explanation: '打造“青诉即办”平台，年均解决民生发展诉求500余万件。' },
  { type: 'single', stem: '“送健康进机关”载体举办的活动受众约为：', options: ['2.5万余人次', '3.1万余人次', '1万余人次', '500余人次'], answer: ['A'], tags: ['关心关爱'], difficulty: 3, explanation: '举办群众性体育赛事、健康讲座等活动千余场、受众2.5万余人次。' },
  { type: 'multiple', stem: '青年先锋队的淬炼目标是“有理想、____”：', options: ['敢担当', '能吃苦', '肯奋斗', '善享乐'], answer: ['A', 'B', 'C'], tags: ['四个三'], difficulty: 2, explanation: '淬炼“有理想、敢担当、能吃苦、肯奋斗”的青年先锋队。' },
];

export async function seedLearning(ctx: ModuleContext, opts: SeedOptions) {
  await seedCourses(ctx, opts);
  // The tiny city is the test fixture: tests write the questions they assert on.
  if (!livingCity(opts)) return;
  const [root] = await rows<{ id: number; path: string }>(ctx.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root) return;
  const questions: BankQuestion[] = [];
  for (const q of bank) {
    const { question, hash } = prepare(q);
    questions.push({ id: await insertQuestion(ctx.db, question, hash, root, null, 'seed'), type: question.type, options: question.options, answer: question.answer });
  }
  opts.log(`题库: ${bank.length} 道示例题`);
  await seedStudy(ctx, opts, questions);
  await seedExams(ctx, opts, questions);
}
