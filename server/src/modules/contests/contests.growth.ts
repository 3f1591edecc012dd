import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../kernel/db/client.js';

const tierName: Record<string, string> = { gold: '一等奖', silver: '二等奖', bronze: '三等奖' };
const iso = (d: string | Date) => new Date(d).toISOString();

/** A person's contest record for the growth profile: the finished rounds played, and the awards (own or their team's). */
export async function contestsGrowth(db: Db, personId: number) {
  const played = await rows<{ roundId: number; contest: string; round: string; at: string; correct: number; questions: number; tier: string | null }>(
    db,
    sql`SELECT r.id AS "roundId", c.name AS contest, r.name AS round, r.finished_at AS at,
               (SELECT count(*)::int FROM contest_answers a WHERE a.round_id = r.id AND a.player_id = p.id AND a.correct) AS correct,
               cardinality(r.question_ids) AS questions,
               (SELECT a.tier FROM contest_awards a WHERE a.round_id = r.id AND (a.player_id = p.id OR a.team_id = p.team_id)
                 ORDER BY CASE a.tier WHEN 'gold' THEN 1 WHEN 'silver' THEN 2 ELSE 3 END LIMIT 1) AS tier
          FROM contest_players p JOIN contest_rounds r ON r.id = p.round_id JOIN contests c ON c.id = r.contest_id
         WHERE p.person_id = ${personId} AND r.finished_at IS NOT NULL`,
  );
  return played.flatMap((p) => {
    const link = `/contests/rounds/${p.roundId}/results`;
    const base = { at: iso(p.at), kind: 'contest', title: `参加竞赛「${p.contest}」${p.round}`, detail: '知识竞赛', value: `答对 ${p.correct} / ${p.questions}`, link, mobileLink: null };
    return p.tier ? [base, { ...base, kind: 'award', title: `「${p.contest}」${p.round}获${tierName[p.tier] ?? p.tier}`, detail: '竞赛获奖', value: tierName[p.tier] ?? p.tier }] : [base];
  });
}
