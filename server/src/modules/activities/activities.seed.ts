import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { livingCity, type ModuleContext, type SeedOptions } from '../../kernel/module.js';
import { seedLivingActivities } from './activities.seed-living.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { bulkInsert } from '../../kernel/db/bulk-insert.js';
import { makeRandom, type Random } from '../../seed/random.js';

/** How many past activities of each type the demo city has held over the last year, per scale. */
const plan: Record<SeedOptions['scale'], Record<string, number>> = {
  tiny: { party_day: 6, lecture: 2, health_lecture: 3, sports_event: 1, volunteer_service: 2, reading_session: 1, integrity_drama: 1 },
  small: { party_day: 120, lecture: 20, drama_lecture: 4, study_tour: 4, health_lecture: 70, sports_event: 30, volunteer_service: 40, reading_session: 20, integrity_drama: 6, integrity_storytelling: 6, grassroots_practice: 20, co_study: 10 },
  city: { party_day: 1500, lecture: 160, drama_lecture: 24, study_tour: 30, health_lecture: 760, sports_event: 330, volunteer_service: 420, reading_session: 150, integrity_drama: 40, integrity_storytelling: 40, grassroots_practice: 200, co_study: 60 },
};

const titles: Record<string, string[]> = {
  party_day: ['“人民至上”主题党日', '“我为群众办实事”主题党日', '重温入党誓词主题党日', '“学思想、强党性”主题党日'],
  lecture: ['“初心致远”青年宣讲', '青年理论宣讲：学习贯彻党的创新理论', '“青春之岛”先锋宣讲'],
  drama_lecture: ['话剧党课《信仰》', '话剧党课《护航》'],
  study_tour: ['重走长征路红色教育', '沿着红色足迹现场教学'],
  health_lecture: ['送健康进机关·健康讲座', '颈椎腰椎保健讲座', '心理健康与压力调适讲座', '中医养生进机关'],
  sports_event: ['机关职工趣味运动会', '机关青年篮球友谊赛', '健步走活动', '羽毛球联谊赛'],
  volunteer_service: ['红色志愿服务进社区', '文明城市创建志愿服务', '关爱“一老一小”志愿服务'],
  reading_session: ['“书香润初心 作风铸担当”青年读书分享会', '“书香机关”读书分享会'],
  integrity_drama: ['清廉话剧展演'],
  integrity_storytelling: ['清廉书场'],
  grassroots_practice: ['“沿着产业链看党建”基层实践', '“团聚青年·乡约振兴”实践活动'],
  co_study: ['“两青共进”共学活动'],
};

const venues = ['市直机关党校', '机关交流服务中心', '单位党员活动室', '五四广场', '青岛市民健身中心', '社区党群服务中心'];

type Org = { id: number; path: string; kind: string };
type Held = { type: string; title: string; org: Org; venue: string; start: Date; end: Date; capacity: number | null; size: number; serviceHours: number | null };

/** A year of held activities with attendance, plus upcoming ones open for sign-up. Deterministic for a seed. */
export async function seedActivities(ctx: ModuleContext, opts: SeedOptions) {
  const r = makeRandom(opts.seed + 101);
  const orgs = await rows<Org>(ctx.db, sql`SELECT id, path, kind FROM orgs WHERE kind IN ('party_committee', 'branch') ORDER BY id`);
  const people = await rows<{ id: number; path: string }>(ctx.db, sql`SELECT p.id, o.path FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.id`);
  const committees = orgs.filter((o) => o.kind === 'party_committee');
  const branches = orgs.filter((o) => o.kind === 'branch');
  const peopleUnder = (path: string) => people.filter((p) => p.path.startsWith(path));
  const cache = new Map<string, { id: number; path: string }[]>();
  const under = (path: string) => cache.get(path) ?? (cache.set(path, peopleUnder(path)), cache.get(path)!);

  const now = Date.now();
  let activities = 0;
  let attendances = 0;
  await transaction(ctx.db, async (tx) => {
    const held: Held[] = [];
    const attended: { activity: number; personId: number }[] = [];
    for (const [type, n] of Object.entries(plan[opts.scale])) {
      for (let i = 0; i < n; i++) {
        const org = type === 'party_day' ? r.pick(branches) : r.pick(committees);
        const start = new Date(now - r.int(1, 364) * 86400_000);
        start.setUTCHours(r.pick([1, 2, 6, 7]), r.pick([0, 30]), 0, 0);
        const hours = type === 'volunteer_service' || type === 'study_tour' ? r.int(2, 4) : r.int(1, 2);
        const pool = under(org.path);
        const size = Math.min(pool.length, type === 'party_day' ? pool.length : r.int(12, 45));
        const title = r.pick(titles[type]);
        const venue = r.pick(venues);
        const capacity = type === 'party_day' ? null : size + r.int(0, 10);
        const end = new Date(start.getTime() + hours * 3600_000);
        const serviceHours = type === 'volunteer_service' || type === 'grassroots_practice' ? hours : null;
        held.push({ type, title, org, venue, start, end, capacity, size, serviceHours });
        for (const p of sample(r, pool, Math.round(size * (0.85 + r.next() * 0.15)))) attended.push({ activity: held.length - 1, personId: p.id });
      }
    }
    // Ids taken first, so the attendance rows can name their activity in one set-based insert.
    const ids = (await rows<{ id: number }>(tx, sql`SELECT nextval(pg_get_serial_sequence('activities', 'id'))::int AS id FROM generate_series(1, ${held.length})`)).map((x) => x.id);
    await bulkInsert(tx, 'activities', [
      ['id', 'int', (_, i) => ids[i]],
      ['type_code', 'text', (a) => a.type],
      ['title', 'text', (a) => a.title],
      ['org_id', 'int', (a) => a.org.id],
      ['org_path', 'text', (a) => a.org.path],
      ['venue', 'text', (a) => a.venue],
      ['starts_at', 'timestamptz', (a) => a.start],
      ['ends_at', 'timestamptz', (a) => a.end],
      ['capacity', 'int', (a) => a.capacity],
      ['status', 'text', () => 'published'],
      ['checkin_secret', 'text', () => randomBytes(18).toString('base64url')],
      ['confirmed_count', 'int', (a) => a.size],
      ['summary', 'text', () => '活动已圆满结束。'],
    ], held);
    await bulkInsert(tx, 'activity_attendance', [
      ['activity_id', 'int', (t) => ids[t.activity]],
      ['person_id', 'int', (t) => t.personId],
      ['method', 'text', () => 'qr'],
      ['checked_in_at', 'timestamptz', (t) => held[t.activity].start],
      ['checked_out_at', 'timestamptz', (t) => (held[t.activity].serviceHours ? held[t.activity].end : null)],
      ['service_hours', 'numeric', (t) => held[t.activity].serviceHours],
    ], attended, 20_000);
    activities = held.length;
    attendances = attended.length;
    // Upcoming: open for sign-up in the next four weeks, organised at the committee and agencies.
    const upcoming = opts.scale === 'tiny' ? 4 : opts.scale === 'small' ? 20 : 60;
    const [root] = await rows<{ id: number; path: string }>(tx, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
    for (let i = 0; i < upcoming; i++) {
      const type = r.pick(['lecture', 'health_lecture', 'sports_event', 'volunteer_service', 'reading_session', 'party_day']);
      const org = i % 3 === 0 ? { id: root.id, path: root.path } : r.pick(committees);
      const start = new Date(now + r.int(1, 28) * 86400_000);
      start.setUTCHours(r.pick([1, 6, 7]), 0, 0, 0);
      await tx.execute(sql`INSERT INTO activities (type_code, title, org_id, org_path, venue, starts_at, ends_at, capacity, status, checkin_secret)
        VALUES (${type}, ${r.pick(titles[type])}, ${org.id}, ${org.path}, ${r.pick(venues)}, ${start.toISOString()}::timestamptz,
                ${new Date(start.getTime() + 2 * 3600_000).toISOString()}::timestamptz, ${r.pick([30, 50, 80, 120])}, 'published', ${randomBytes(18).toString('base64url')})`);
    }
  });
  opts.log(`活动: ${activities} 场已开展（${attendances} 人次参加）`);
  if (livingCity(opts)) await seedLivingActivities(ctx, opts, now);
}

function sample<T>(r: Random, list: T[], k: number): T[] {
  const copy = list.slice();
  for (let i = 0; i < Math.min(k, copy.length); i++) {
    const j = i + Math.floor(r.next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, k);
}
