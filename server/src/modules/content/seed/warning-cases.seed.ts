import { sql } from 'drizzle-orm';
import { type ModuleContext, type SeedOptions, livingCity } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { bulkInsert } from '../../../kernel/db/bulk-insert.js';
import { addDays, monthStart, shanghaiDay, shanghaiTime } from '../../../kernel/time.js';
import { makeRandom } from '../../../seed/random.js';
import { estimateReadingSeconds, plainText, sanitizeRichText } from '../sanitize.js';
import { positions, scenarios, surnames, units } from './warning-cases.data.js';
import { textArray } from '../commands/create-item.js';

/** How many agencies get required reading, how many cases each, and how diligent each agency's members are. */
const AGENCIES = 6;
const CASES_PER_AGENCY = 8;

/** The library: each scenario told about three masked units, published by the committee over the past year. */
function caseTexts(seed: number, today: string) {
  const r = makeRandom(seed + 1616);
  return scenarios.flatMap((s, si) =>
    [0, 1, 2].map((v) => {
      const n = si * 3 + v;
      const unit = units[(si + v * 3) % units.length];
      const position = positions[(si * 2 + v) % positions.length];
      const who = `${surnames[(si * 5 + v * 7) % surnames.length]}某某`;
      const day = addDays(today, -(360 - n * 8));
      const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
      const fill = (text: string) =>
        text
          .replaceAll('{who}', who)
          .replaceAll('{when}', `${m === 1 ? y - 1 : y}年${m === 1 ? 12 : m - 1}月`)
          .replaceAll('{money}', String(r.int(2, 60) * 1000 + r.int(0, 9) * 100))
          .replaceAll('{times}', String(r.int(3, 12)))
          .replaceAll('{km}', String(r.int(3, 20) * 100));
      const body = sanitizeRichText(
        `<h3>【基本案情】</h3><p>${fill(s.facts)}</p><h3>【处理结果】</h3><p>${fill(s.outcome)}</p><h3>【案例警示】</h3><p>${s.lesson}</p>` +
          `<p>全市机关各级党组织要以案为鉴、以案促改，组织党员干部特别是年轻干部认真学习，对照检查，引导大家扣好廉洁从政“第一粒扣子”。</p>`,
      );
      return { n, title: `${unit}${position}${who}${s.wrong}`, body, tags: s.tags, at: shanghaiTime(day, 9 * 60 + 30) };
    }),
  );
}

/**
 * The warning-case library (警示教育): 42 cases in every city. Outside the tests' tiny city also required reading for
 * six agencies over the past months (partly read: each agency as diligent as it is), and the integrity dramas and
 * storytelling sessions (清廉话剧、清廉书场) linked to the cases they staged. `today` (Asia/Shanghai) fixes the calendar.
 */
export async function seedWarningCases(ctx: ModuleContext, opts: SeedOptions, today = shanghaiDay(new Date())) {
  const { db } = ctx;
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root) return;
  const texts = caseTexts(opts.seed, today);
  await transaction(db, async (tx) => {
    for (const x of texts) {
      await tx.execute(sql`INSERT INTO content_items (kind, title, summary, body, status, org_id, org_path, estimated_seconds, category, tags, source, created_at, updated_at, published_at)
        VALUES ('article', ${x.title}, ${plainText(x.body).replace(/^【基本案情】/, '').slice(0, 100)}, ${x.body}, 'published', ${root.id}, ${root.path}, ${estimateReadingSeconds(x.body)},
                'warning_case', ${textArray(x.tags)}::text[], ${`seed:warning:${x.n}`}, ${x.at.toISOString()}::timestamptz, ${x.at.toISOString()}::timestamptz, ${x.at.toISOString()}::timestamptz)
        ON CONFLICT (source) DO NOTHING`);
    }
  });
  const cases = await rows<{ id: number; published_at: string }>(db, sql`SELECT id, published_at FROM content_items WHERE source LIKE 'seed:warning:%' ORDER BY published_at, id`);
  if (!livingCity(opts)) return opts.log(`警示教育: ${cases.length} 个警示案例`);

  const r = makeRandom(opts.seed + 1617);
  const agencies = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id = ${root.id} ORDER BY id LIMIT ${AGENCIES}`);
  type Assignment = { itemId: number; orgId: number; orgPath: string; assignedAt: Date; deadline: Date };
  type Read = { itemId: number; personId: number; seconds: number; at: Date; confirmed: boolean };
  const assignments: Assignment[] = [];
  const reads: Read[] = [];
  const yesterday = addDays(today, -1);
  // A member may already have read a case (the general reading seed picks from every published item): keep that read.
  const caseIds = cases.map((c) => c.id);
  const taken = new Set(
    caseIds.length ? (await rows<{ k: string }>(db, sql`SELECT item_id || ':' || person_id AS k FROM content_reads WHERE item_id = ANY(${`{${caseIds.join(',')}}`}::int[])`)).map((x) => x.k) : [],
  );
  for (const [ai, agency] of agencies.entries()) {
    const diligence = 0.35 + 0.1 * ai; // 35 % … 85 % of the members finish a case
    const people = await rows<{ id: number }>(db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${agency.path + '%'} ORDER BY p.id`);
    // Recent cases, a different slice per agency, one assigned each month going back.
    const picked = cases.slice(-CASES_PER_AGENCY - ai * 2).slice(0, CASES_PER_AGENCY);
    for (const [ci, item] of picked.entries()) {
      const assignedDay = monthStart(today, CASES_PER_AGENCY - 1 - ci);
      const deadlineDay = addDays(assignedDay, 30);
      assignments.push({ itemId: item.id, orgId: agency.id, orgPath: agency.path, assignedAt: shanghaiTime(assignedDay, 10 * 60), deadline: shanghaiTime(addDays(deadlineDay, 1), 0) });
      for (const p of people) {
        if (!r.chance(diligence * (ci === CASES_PER_AGENCY - 1 ? 0.5 : 1))) continue; // the newest case is only half-way
        const day = addDays(assignedDay, r.int(0, 35));
        if (day > yesterday) continue;
        if (taken.has(`${item.id}:${p.id}`)) continue;
        taken.add(`${item.id}:${p.id}`);
        reads.push({ itemId: item.id, personId: p.id, seconds: r.int(90, 600), at: shanghaiTime(day, r.int(8 * 60, 22 * 60)), confirmed: r.chance(0.3) });
      }
    }
  }
  // The cases the integrity dramas and storytelling sessions staged.
  const sessions = await rows<{ id: number }>(db, sql`SELECT a.id FROM activities a WHERE a.type_code IN ('integrity_drama', 'integrity_storytelling') ORDER BY a.starts_at, a.id LIMIT 12`);
  const links = sessions.flatMap((s, i) => [cases[(i * 5) % cases.length], cases[(i * 5 + 2) % cases.length]].map((c) => ({ activityId: s.id, itemId: c.id })));
  await transaction(db, async (tx) => {
    await bulkInsert(tx, 'content_assignments', [
      ['item_id', 'int', (x) => x.itemId],
      ['org_id', 'int', (x) => x.orgId],
      ['org_path', 'text', (x) => x.orgPath],
      ['deadline', 'timestamptz', (x) => x.deadline],
      ['assigned_at', 'timestamptz', (x) => x.assignedAt],
    ], assignments);
    await bulkInsert(tx, 'content_reads', [
      ['item_id', 'int', (x) => x.itemId],
      ['person_id', 'int', (x) => x.personId],
      ['seconds', 'int', (x) => x.seconds],
      ['last_beat_at', 'timestamptz', (x) => x.at],
      ['completed_at', 'timestamptz', (x) => x.at],
      ['confirmed_at', 'timestamptz', (x) => (x.confirmed ? x.at : null)],
      ['created_at', 'timestamptz', (x) => new Date(x.at.getTime() - x.seconds * 1000)],
    ], reads);
    await bulkInsert(tx, 'content_activity_links', [
      ['activity_id', 'int', (x) => x.activityId],
      ['item_id', 'int', (x) => x.itemId],
    ], links);
  });
  opts.log(`警示教育: ${cases.length} 个警示案例, ${agencies.length} 个单位必读 ${assignments.length} 项, 完成阅读 ${reads.length} 人次, ${sessions.length} 场清廉话剧/书场关联案例`);
}
