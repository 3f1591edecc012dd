import { sql } from 'drizzle-orm';
import { livingCity, type ModuleContext, type SeedOptions } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { hashPassword } from '../../kernel/auth/password.js';
import { makeRandom } from '../../seed/random.js';
import { communityPlans } from './seed/plan.js';
import { needTypeCodes } from './seed/need-types.js';
import { loadCity, type SeedWorld } from './seed/world.js';
import { seedCommunities } from './seed/communities.js';
import { seedTeams } from './seed/teams.js';
import { seedMemberRegistrations, seedOrgRegistrations } from './seed/registrations.js';
import { planService } from './seed/service-plan.js';
import { writeService } from './seed/service-write.js';

/**
 * 幸福党建 in the demo city: communities of Qingdao's streets with their staff, 双报到 of agencies and members, red
 * volunteer service teams, and a year of needs, claims, volunteer activities and confirmed service hours.
 * Deterministic for a seed (apart from the clock: the year ends today), bulk-inserted in one transaction.
 */
export async function seedCommunity(ctx: ModuleContext, opts: SeedOptions) {
  const started = Date.now();
  const plan = communityPlans[opts.scale];
  const [demo] = await rows<{ must_change_password: boolean }>(ctx.db, sql`SELECT must_change_password FROM accounts WHERE username = 'community'`);
  const passwordHash = await hashPassword(opts.demoPassword);
  const figures = await transaction(ctx.db, async (tx) => {
    const city = await loadCity(tx);
    if (!city.people.length) return null;
    const w: SeedWorld = {
      tx, r: makeRandom(opts.seed + 1313), now: Date.now(), plan, passwordHash, mustChangePassword: demo?.must_change_password ?? false,
      types: await needTypeCodes(tx), ...city,
    };
    const communities = await seedCommunities(w);
    const teams = await seedTeams(w, communities);
    const orgRegistrations = await seedOrgRegistrations(w, communities, teams);
    const memberRegistrations = await seedMemberRegistrations(w, communities);
    const service = await writeService(w, planService(w, communities, teams));
    // The living city: each claim told the community's staff, as the claim route does (read after a day or so).
    if (livingCity(opts)) {
      await tx.execute(sql`INSERT INTO notifications (account_id, kind, title, body, link, created_at, read_at)
        SELECT s.account_id, 'community_need_claimed', '需求已被认领：' || n.title, '认领方：' || o.name, '/community/needs/' || n.id, c.claimed_at,
               CASE WHEN c.claimed_at < now() - interval '2 days' THEN c.claimed_at + interval '20 hours' END
          FROM community_need_claims c JOIN community_needs n ON n.id = c.need_id JOIN community_staff s ON s.community_id = n.community_id JOIN orgs o ON o.id = c.org_id
         ORDER BY c.id, s.account_id`);
    }
    return { communities: communities.length, teams: teams.length, orgRegistrations: orgRegistrations.length, memberRegistrations: memberRegistrations.length, ...service };
  });
  if (!figures) return;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  opts.log(
    `社区: ${figures.communities} 个（服务 ${figures.served} 个）, 红色志愿服务队 ${figures.teams} 支, 组织报到 ${figures.orgRegistrations} 条, 个人报到 ${figures.memberRegistrations} 条, ` +
      `需求 ${figures.needs} 条, 志愿活动 ${figures.activities} 场（${figures.personTimes} 人次）, 服务时长 ${figures.hoursRows} 条（已确认 ${figures.confirmedRows} 条, ${figures.confirmedHours} 小时）, ${seconds} s`,
  );
}
