import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/client.js';
import { shanghaiDay } from './points.service.js';
import { awardableEvents } from './awardable.js';
import { defaultRules, ruleNamesEn } from './points.defaults.js';

const shipped = new Map(defaultRules.map((r, i) => [r.code, i]));
import { orgLeaderboard, type OrgRow } from './points.queries.js';

/** The rank of `personId` among the people now in `org`'s subtree, by points earned there (as the personal board counts). */
async function personalRank(db: Db, org: OrgRow, personId: number) {
  const [r] = await rows<{ rank: number; of: number }>(
    db,
    sql`SELECT rank, of FROM (
          SELECT p.id, rank() OVER (ORDER BY coalesce(s.points, 0) DESC)::int AS rank, count(*) OVER ()::int AS of
            FROM people p JOIN orgs o ON o.id = p.org_id
            LEFT JOIN (SELECT l.person_id, sum(l.points) AS points FROM points_ledger l WHERE l.org_path LIKE ${org.path + '%'} GROUP BY l.person_id) s ON s.person_id = p.id
           WHERE o.path LIKE ${org.path + '%'}) x
         WHERE x.id = ${personId}`,
  );
  return r ?? null;
}

/**
 * 学习强国-style tasks for one person and day: every active rule with what it gave today against its daily cap,
 * the day's and all-time points, the organisation's per-capita place among its siblings and, where the
 * organisation allows it, the person's own place. Only the caller's ledger is read for the tasks.
 */
export async function myToday(db: Db, personId: number, now = new Date()) {
  const day = shanghaiDay(now);
  const rules = await rows<{ code: string; name: string; event_type: string; points: number; daily_cap: number | null; earned: number; times: number }>(
    db,
    sql`SELECT r.code, r.name, r.event_type, r.points, r.daily_cap, coalesce(sum(l.points), 0)::int AS earned, count(l.id)::int AS times
          FROM points_rules r
          LEFT JOIN points_ledger l ON l.person_id = ${personId} AND l.rule_code = r.code AND l.day = ${day}
         WHERE r.active
         GROUP BY r.code, r.name, r.event_type, r.points, r.daily_cap
         ORDER BY r.code`,
  );
  // The shipped table's order (登录, 阅读文章, 视听学习, 每日答题, 挑战答题 …), capped tasks before those without a cap.
  const order = (r: { code: string; daily_cap: number | null }) => (r.daily_cap == null ? 1000 : 0) + (shipped.get(r.code) ?? 100);
  rules.sort((a, b) => order(a) - order(b));
  const events = new Map(awardableEvents().map((e) => [e.event, e.label.en]));
  const [sums] = await rows<{ today: number; total: number }>(
    db,
    sql`SELECT coalesce(sum(points) FILTER (WHERE day = ${day}), 0)::int AS today, coalesce(sum(points), 0)::int AS total FROM points_ledger WHERE person_id = ${personId}`,
  );
  const [mine] = await rows<OrgRow & { parent_id: number | null }>(
    db,
    sql`SELECT o.id, o.name, o.path, o.personal_leaderboard, o.parent_id FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${personId}`,
  );
  let orgRank = null;
  if (mine?.parent_id != null) {
    const [parent] = await rows<OrgRow>(db, sql`SELECT id, name, path, personal_leaderboard FROM orgs WHERE id = ${mine.parent_id}`);
    const board = parent ? await orgLeaderboard(db, parent, {}, 'perCapita') : [];
    const at = board.findIndex((b) => b.orgId === mine.id);
    if (at >= 0) orgRank = { orgId: mine.id, name: mine.name, rank: at + 1, of: board.length, perCapita: board[at].perCapita };
  }
  return {
    day,
    todayPoints: sums.today,
    totalPoints: sums.total,
    tasks: rules.map((r) => ({
      code: r.code,
      label: { zh: r.name, en: ruleNamesEn[r.code] ?? events.get(r.event_type) ?? r.name },
      eventType: r.event_type,
      points: r.points,
      dailyCap: r.daily_cap,
      earned: r.earned,
      times: r.times,
      done: r.daily_cap != null && r.earned >= r.daily_cap,
    })),
    orgRank,
    personalRank: mine?.personal_leaderboard ? await personalRank(db, mine, personId) : null,
  };
}
