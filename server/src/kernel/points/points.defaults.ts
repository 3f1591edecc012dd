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

/** The committee's points table; a rule is active only once some module publishes its event. */
export const defaultRules: readonly DefaultRule[] = [
  { code: 'daily_login', name: '每日登录', eventType: 'auth.login', points: 1, dailyCap: 1, active: true, note: null },
  { code: 'article_read', name: '阅读文章', eventType: 'content.read_completed', points: 1, dailyCap: 6, active: true, note: null },
  { code: 'media_study', name: '视听学习', eventType: 'content.video_watched', points: 1, dailyCap: 6, active: true, note: null },
  { code: 'daily_quiz', name: '每日答题', eventType: 'learning.daily_quiz_completed', points: 5, dailyCap: 5, active: true, note: null },
  { code: 'course_completed', name: '完成课程', eventType: 'learning.course_completed', points: 10, dailyCap: null, active: true, note: null },
  { code: 'activity_attend', name: '参加活动', eventType: 'activities.attended', points: 2, dailyCap: null, active: true, note: null },
  { code: 'volunteer_hour', name: '志愿服务（每小时）', eventType: 'community.hours_confirmed', points: 1, dailyCap: 8, active: true, note: '按社区确认的服务时长计分（不足1小时不计）' },
];

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
