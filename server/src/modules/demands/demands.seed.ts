import { sql } from 'drizzle-orm';
import { livingCity, type ModuleContext, type SeedOptions } from '../../kernel/module.js';
import { seedLivingDemands } from './demands.seed-living.js';
import { rows, transaction, type Db } from '../../kernel/db/client.js';
import { makeRandom } from '../../seed/random.js';
import { dueAt, type DeadlineUnit } from './workflow/deadlines.js';
import { demandEvents, demandTracking, demands } from './demands.schema.js';
import { handlingChain, qingdao } from './config/demands.reference.js';
import { loadCalendar } from './demands.access.js';
import { newTrackingCode, phoneHash } from './intake/new-demand.js';
import { sampleText } from './demands.seed-text.js';
import { searchTokens } from './intake/demands.search.js';

const counts: Record<SeedOptions['scale'], number> = { tiny: 240, small: 800, city: 3000 };
// Share of demands that end in each status, roughly a working hotline's backlog.
const finalStatus: [string, number][] = [['closed', 0.6], ['answered', 0.1], ['in_progress', 0.12], ['accepted', 0.06], ['dispatched', 0.1], ['received', 0.02]];
const order = ['received', 'dispatched', 'accepted', 'in_progress', 'answered', 'closed'];
const HOUR = 3600_000;

type Org = { id: number; path: string; name: string };
type Cat = { code: string; name: string; response_value: number; response_unit: DeadlineUnit; resolution_value: number; resolution_unit: DeadlineUnit };

/**
 * The demo city's dispatch rules: each public category goes to the first plausible agency of its handling chain that the
 * city has (the 12345 office at 市政府办公厅 last); a city without any of them leaves the category to the dispatcher.
 */
export async function seedDispatchRules(db: Db): Promise<Map<string, Org>> {
  const committees = await rows<Org>(db, sql`SELECT id, path, name FROM orgs WHERE kind = 'party_committee' ORDER BY sort, id`);
  const byName = new Map(committees.map((c) => [c.name, c]));
  const cats = await rows<{ code: string }>(db, sql`SELECT code FROM demand_categories WHERE active AND audience = 'public' ORDER BY sort`);
  const deptOf = new Map<string, Org>();
  for (const c of cats) {
    const dept = (handlingChain[c.code] ?? ['市政府办公厅']).map((a) => byName.get(`${a}机关党委`)).find(Boolean);
    if (!dept) continue;
    deptOf.set(c.code, dept);
    await db.execute(sql`INSERT INTO demand_dispatch_rules (category_code, district_code, org_id) VALUES (${c.code}, '*', ${dept.id}) ON CONFLICT DO NOTHING`);
  }
  return deptOf;
}

/** Dispatch rules for the demo city and a few hundred demands in every state, the handler's department among the busiest. */
export async function seedDemands(ctx: ModuleContext, opts: SeedOptions) {
  const r = makeRandom(opts.seed + 505);
  const committees = await rows<Org>(ctx.db, sql`SELECT id, path, name FROM orgs WHERE kind = 'party_committee' ORDER BY sort, id`);
  const [handler] = await rows<Org & { account_id: number }>(ctx.db, sql`SELECT o.id, o.path, o.name, a.id AS account_id FROM accounts a JOIN role_assignments ra ON ra.account_id = a.id
    JOIN orgs o ON o.id = ra.org_id WHERE a.username = 'handler' AND ra.role = 'handler'`);
  const [root] = await rows<{ path: string }>(ctx.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!committees.length || !root) return;
  const home = handler ?? committees[0];
  const cats = await rows<Cat>(ctx.db, sql`SELECT code, name, response_value, response_unit, resolution_value, resolution_unit FROM demand_categories WHERE active AND audience = 'public' ORDER BY sort`);
  const byName = new Map(committees.map((c) => [c.name, c]));

  const deptOf = await seedDispatchRules(ctx.db);
  const coordinator = byName.get('市政府办公厅机关党委') ?? home;
  const calendar = await loadCalendar(ctx.db, new Date(Date.now() - 120 * 24 * HOUR));
  const now = Date.now();
  const n = counts[opts.scale];
  let made = 0;

  await transaction(ctx.db, async (tx) => {
    for (let start = 0; start < n; start += 200) {
      const batch: (typeof demands.$inferInsert)[] = [];
      const timelines: { status: string; times: Date[]; dept: Org }[] = [];
      for (let i = start; i < Math.min(n, start + 200); i++) {
        const cat = cats[r.zipf(cats.length, 0.8)];
        const district = qingdao.districts[r.zipf(qingdao.districts.length, 0.6)];
        const streets = qingdao.streets.filter((s) => s.district === district.code);
        const street = r.pick(streets);
        const dept = deptOf.get(cat.code) ?? coordinator;
        // Recent weeks are busier, and a few arrive in the last hours so lights show every colour.
        const received = new Date(now - (r.chance(0.1) ? r.int(1, 20) * HOUR : Math.floor(r.next() * r.next() * 90 * 24) * HOUR) - r.int(0, 59) * 60_000);
        const responseDue = dueAt(received, { value: cat.response_value, unit: cat.response_unit }, calendar);
        const resolutionDue = dueAt(received, { value: cat.resolution_value, unit: cat.resolution_unit }, calendar);
        const onTime = (from: Date, due: Date, p: number) => new Date(from.getTime() + Math.max(60_000, (due.getTime() - from.getTime()) * (r.chance(p) ? 0.1 + 0.8 * r.next() : 1.05 + r.next() * 0.5)));
        const dispatched = new Date(received.getTime() + r.int(1, 30) * 60_000);
        const accepted = onTime(dispatched, responseDue, 0.97);
        const started = new Date(accepted.getTime() + r.int(5, 120) * 60_000);
        const answered = onTime(started, resolutionDue, 0.92);
        const closed = new Date(answered.getTime() + r.int(2, 72) * HOUR);
        const times = [received, dispatched, accepted, started, answered, closed];
        let target = finalStatus[finalStatus.length - 1][0];
        let roll = r.next();
        for (const [s, p] of finalStatus) if ((roll -= p) < 0) { target = s; break; }
        let reached = 0;
        while (reached < order.indexOf(target) && times[reached + 1].getTime() <= now) reached++;
        const status = order[reached];
        const assigned = reached >= 1 ? dept : null;
        const text = sampleText(r, cat.code, cat.name);
        const phone = `1${r.pick(['3', '5', '8'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`;
        const name = r.pick(['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴']) + r.pick(['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '军']) + (r.chance(0.5) ? r.pick(['华', '明', '丽', '平']) : '');
        const satisfaction = reached === 5 ? (r.chance(0.94) ? (r.chance(0.8) ? 'satisfied' : 'basically_satisfied') : 'dissatisfied') : null;
        const address = `${district.name}${street.name}${r.pick(['香港中路', '延安三路', '辽阳西路', '重庆南路', '长江中路', '文化路', '海尔路', '黑龙江中路'])}${r.int(1, 300)}号`;
        batch.push({
          districtCode: district.code, streetCode: street.code, trackingCode: newTrackingCode(received), channel: r.pick(['hotline', 'hotline', 'hotline', 'web', 'api', 'open311'] as const),
          clientKey: 'seed', categoryCode: cat.code, title: text.slice(0, 30), description: text, address, citizenName: name, citizenPhone: phone, phoneHash: phoneHash(phone),
          status: status as never, orgId: assigned?.id ?? null, orgPath: assigned?.path ?? root.path, handlerAccountId: reached >= 2 && assigned?.id === handler?.id ? handler.account_id : null,
          receivedAt: received, dispatchedAt: reached >= 1 ? dispatched : null, acceptedAt: reached >= 2 ? accepted : null, answeredAt: reached >= 4 ? answered : null,
          closedAt: reached >= 5 ? closed : null, responseDueAt: responseDue, resolutionDueAt: resolutionDue,
          answer: reached >= 4 ? `经核实，${text.slice(0, 12)}……问题已处理完毕，感谢您的监督。` : null, satisfaction: satisfaction as never,
          // The demo backlog does not fire a wave of supervision notices at the first job run; new demands do.
          supervisionLevel: 2, searchText: `${text} ${address}`, searchTokens: searchTokens(`${text} ${address}`), updatedAt: times[reached],
        });
        timelines.push({ status, times: times.slice(0, reached + 1), dept });
      }
      const inserted = await tx.insert(demands).values(batch).returning({ id: demands.id, districtCode: demands.districtCode, trackingCode: demands.trackingCode });
      await tx.insert(demandTracking).values(inserted.map((d) => ({ trackingCode: d.trackingCode, districtCode: d.districtCode, demandId: d.id })));
      const events: (typeof demandEvents.$inferInsert)[] = [];
      inserted.forEach((d, k) => {
        const t = timelines[k];
        const actions = ['receive', 'dispatch', 'accept', 'start', 'answer', 'callback'];
        t.times.forEach((at, step) => events.push({
          districtCode: d.districtCode, demandId: d.id, action: actions[step], fromStatus: step === 0 ? null : order[step - 1], toStatus: order[step],
          actorName: step === 0 ? '市民' : step === 1 || step === 5 ? '系统' : '承办单位经办人', orgId: step >= 1 ? t.dept.id : null, at,
        }));
      });
      await tx.insert(demandEvents).values(events);
      made += inserted.length;
    }
  });
  opts.log(`诉求: ${made} 件（派单规则 ${deptOf.size} 条）`);
  if (livingCity(opts)) await seedLivingDemands(ctx, opts, now);
}
