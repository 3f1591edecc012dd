import type { Db } from '../db/client.js';
import { and, eq } from 'drizzle-orm';
import { pointsRules } from './points.schema.js';

export interface DefaultRule {
  code: string;
  name: string;
  eventType: string;
  points: number;
  dailyCap: number | null;
  active: boolean;
  /** Why a rule ships inactive: the module publishing its event is not there yet. */
  note: string | null;
}

/** The committee's points table, after 学习强国's (points per occurrence, daily caps); admins may add rules of their own. */
export const defaultRules: readonly DefaultRule[] = [
  { code: 'daily_login', name: '每日登录', eventType: 'auth.login', points: 1, dailyCap: 1, active: true, note: null },
  { code: 'article_read', name: '阅读文章', eventType: 'content.read_completed', points: 1, dailyCap: 6, active: true, note: null },
  { code: 'media_study', name: '视听学习', eventType: 'content.video_watched', points: 1, dailyCap: 6, active: true, note: null },
  { code: 'daily_quiz', name: '每日答题', eventType: 'learning.daily_quiz_completed', points: 5, dailyCap: 5, active: true, note: null },
  { code: 'challenge_quiz', name: '挑战答题', eventType: 'learning.challenge_finished', points: 1, dailyCap: 6, active: true, note: '每轮按连续答对题数计分（每题1分）' },
  { code: 'course_completed', name: '完成课程', eventType: 'learning.course_completed', points: 10, dailyCap: null, active: true, note: null },
  { code: 'activity_attend', name: '参加活动', eventType: 'activities.attended', points: 2, dailyCap: null, active: true, note: null },
  { code: 'volunteer_hour', name: '志愿服务（每小时）', eventType: 'community.hours_confirmed', points: 1, dailyCap: 8, active: true, note: '按社区确认的服务时长计分（不足1小时不计）' },
  { code: 'exam_taken', name: '专项答题（考试）', eventType: 'learning.exam_submitted', points: 5, dailyCap: 10, active: true, note: '每场考试计一次，补考不重复计分' },
  { code: 'contest_correct', name: '竞赛答题', eventType: 'contests.answer_correct', points: 1, dailyCap: 6, active: true, note: '知识竞赛每答对一题计分' },
  { code: 'contest_award', name: '竞赛获奖', eventType: 'contests.awarded', points: 10, dailyCap: null, active: true, note: '个人获奖（一、二、三等奖）每轮计一次' },
  { code: 'match_duel', name: '双人对战', eventType: 'contests.duel_finished', points: 1, dailyCap: 2, active: true, note: '每日首局计分：胜 2 分，负 1 分' },
  { code: 'match_four', name: '四人赛', eventType: 'contests.four_finished', points: 1, dailyCap: 5, active: true, note: '每日前两局按名次计分：第一名 5 分、第二名 3 分、第三名 2 分、第四名 1 分' },
  { code: 'practice_report', name: '基层报告', eventType: 'practice.report_approved', points: 5, dailyCap: null, active: true, note: '报告通过审核后计分' },
  { code: 'squad_task', name: '攻坚任务', eventType: 'squads.task_accepted', points: 10, dailyCap: null, active: true, note: '攻坚任务验收通过，每位负责人计一次' },
];

/** The shipped rules' names in English (rules an admin adds are named by the event they listen to). */
export const ruleNamesEn: Record<string, string> = {
  daily_login: 'Daily sign-in',
  article_read: 'Read articles',
  media_study: 'Watch and listen',
  daily_quiz: 'Daily quiz',
  challenge_quiz: 'Challenge quiz',
  course_completed: 'Complete a course',
  activity_attend: 'Attend an activity',
  volunteer_hour: 'Volunteer service (per hour)',
  exam_taken: 'Exam',
  contest_correct: 'Contest answers',
  contest_award: 'Contest award',
  practice_report: 'Grassroots report',
  squad_task: 'Hard task',
};

export const ruleNotes = new Map(defaultRules.map((r) => [r.code, r.note]));

/** Events a default rule listened to before, and what it listens to now (an admin's points and caps are kept). */
const movedEvents = [{ code: 'volunteer_hour', from: 'activities.service_hours', to: 'community.hours_confirmed' }];

/** Inserts the default rules that are missing; never overwrites a rule an admin has edited, except to follow a moved event. */
export async function ensureDefaultRules(db: Db): Promise<void> {
  await db
    .insert(pointsRules)
    .values(defaultRules.map(({ note: _note, ...r }) => r))
    .onConflictDoNothing({ target: pointsRules.code });
  for (const m of movedEvents) {
    await db.update(pointsRules).set({ eventType: m.to }).where(and(eq(pointsRules.code, m.code), eq(pointsRules.eventType, m.from)));
  }
}
