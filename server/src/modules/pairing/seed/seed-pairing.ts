import type { ModuleContext, SeedOptions } from '../../../kernel/module.js';
import { transaction } from '../../../kernel/db/client.js';
import { hashPassword } from '../../../kernel/auth/password.js';
import { makeRandom } from '../../../seed/random.js';
import { loadCityReference } from '../../../seed/names.js';
import { actingAs, loadWorld, shanghaiDay } from './world.js';
import { insertEntrepreneurs, planEntrepreneurs } from './entrepreneurs.js';
import { insertContacts, insertPairs, issueCadreAccounts, planContacts, planPairs } from './pairs.js';
import { seedConcerns, type ConcernSummary } from './concerns.js';
import { seedCoStudy, type CoStudySummary } from './co-study.js';
import { seedResearch, type ResearchSummary } from './research.js';

/**
 * Per scale: entrepreneurs, concerns raised over the year, co-study sessions a month, research topics. The tiny city
 * is seeded only by this seed's own test (the module's seed skips tiny: the pairing tests build their own).
 */
const plan: Record<SeedOptions['scale'], { entrepreneurs: number; concerns: number; coStudyPerMonth: number; topics: number }> = {
  tiny: { entrepreneurs: 40, concerns: 24, coStudyPerMonth: 1, topics: 3 },
  small: { entrepreneurs: 150, concerns: 60, coStudyPerMonth: 1, topics: 6 },
  city: { entrepreneurs: 600, concerns: 240, coStudyPerMonth: 2, topics: 12 },
};

export interface PairingSeedSummary {
  entrepreneurs: Record<'approved' | 'pending' | 'rejected', number>;
  pairs: { active: number; ended: number; handedOver: number; cadres: number };
  contacts: number;
  concerns: ConcernSummary;
  coStudy: CoStudySummary;
  research: ResearchSummary;
  seconds: number;
}

/**
 * The demo city's 青创π / 两青共进: entrepreneurs with their accounts, pairs and a year of contact logs (bulk, one
 * transaction), then concerns through the demands workflow, co-study sessions through the activities engine and
 * research topics. Deterministic for a seed and a day (`now`).
 */
export async function seedPairing(ctx: ModuleContext, opts: SeedOptions, now = new Date()): Promise<PairingSeedSummary | null> {
  const started = Date.now();
  const size = plan[opts.scale];
  if (size.entrepreneurs === 0) return null;
  const world = await loadWorld(ctx.db);
  if (!world || !world.agencies.length) return null;
  // One stream per part, so a change in one part leaves the others' data as it was.
  const r = makeRandom(opts.seed + 1414);
  const today = shanghaiDay(now);
  const passwordHash = await hashPassword(opts.demoPassword);
  const entrepreneurs = planEntrepreneurs({ r, count: size.entrepreneurs, today, world, ref: loadCityReference() });
  const pairs = planPairs(r, world, entrepreneurs, today);

  const { contacts, cadreAccounts } = await transaction(ctx.db, async (tx) => {
    await insertEntrepreneurs(tx, entrepreneurs, world, passwordHash);
    const cadreAccounts = await issueCadreAccounts(tx, pairs, world, passwordHash);
    await insertPairs(tx, pairs);
    const contacts = planContacts(r, pairs, cadreAccounts, now);
    await insertContacts(tx, contacts);
    return { contacts: contacts.length, cadreAccounts };
  });
  const concerns = await seedConcerns({ r: makeRandom(opts.seed + 1415), db: ctx.db, world, entrepreneurs, pairs, cadreAccounts, count: size.concerns, now, passwordHash, dataDir: ctx.env.DATA_DIR });
  const admin = await actingAs(ctx.db, world.admin.id);
  const coStudy = await seedCoStudy(makeRandom(opts.seed + 1416), ctx.db, world, admin, pairs, size.coStudyPerMonth, now);
  const research = await transaction(ctx.db, (tx) => seedResearch(makeRandom(opts.seed + 1417), tx, world, admin, entrepreneurs, pairs, cadreAccounts, size.topics, now));

  const count = (s: string) => entrepreneurs.filter((e) => e.row.status === s).length;
  const ended = pairs.filter((p) => p.endedAt);
  const summary: PairingSeedSummary = {
    entrepreneurs: { approved: count('approved'), pending: count('pending'), rejected: count('rejected') },
    pairs: { active: pairs.length - ended.length, ended: ended.length, handedOver: ended.filter((p) => pairs.some((q) => q !== p && q.entrepreneur === p.entrepreneur)).length, cadres: cadreAccounts.size },
    contacts,
    concerns,
    coStudy,
    research,
    seconds: (Date.now() - started) / 1000,
  };
  const states = Object.entries(concerns.byStatus).map(([s, n]) => `${s} ${n}`).join('、');
  opts.log(
    `青创π: 青年企业家 ${summary.entrepreneurs.approved} 名（待审核 ${summary.entrepreneurs.pending}，未通过 ${summary.entrepreneurs.rejected}）; ` +
      `结对 ${summary.pairs.active} 对在结（${summary.pairs.cadres} 名青年干部，已结束 ${summary.pairs.ended}，其中交接 ${summary.pairs.handedOver}）; 联系记录 ${contacts} 条; ` +
      `急难愁盼 ${concerns.raised} 件（${states}；超期 ${concerns.overdue}，重办 ${concerns.reopened}）; 共学 ${coStudy.sessions} 场（干部 ${coStudy.attendances} 人次、企业家 ${coStudy.entrepreneurAttendances} 人次，待开展 ${coStudy.upcoming}）; ` +
      `共研课题 ${research.topics} 个（结题 ${research.concluded}，研讨会 ${research.meetings} 次，其中 ${research.sessions} 次以共学活动开展），成果 ${Object.values(research.outputs).reduce((a, b) => a + b, 0)} 项; ${summary.seconds.toFixed(1)} s`,
  );
  return summary;
}
