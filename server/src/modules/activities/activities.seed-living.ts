import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { ModuleContext, SeedOptions } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { bulkInsert } from '../../kernel/db/bulk-insert.js';
import { storeBytes } from '../../kernel/files/stored-keys.js';
import { checkBytes } from '../../kernel/files/image-check.js';
import { makeRandom, type Random } from '../../seed/random.js';
import { seedAuditEntries, seedNotices, type SeededAudit, type SeededNotice } from '../../seed/seed-records.js';

const photosPerScale: Record<SeedOptions['scale'], number> = { tiny: 8, small: 16, city: 30 };
const palette = ['#b71c1c', '#1565c0', '#2e7d32', '#6a1b9a', '#ef6c00', '#00695c', '#ad1457', '#4e342e'];
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const HOUR = 3600_000;

/** A photo of a held activity: a poster drawn from SVG with its title, day and venue. */
async function poster(title: string, day: string, venue: string, colour: string, shot: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540"><rect width="960" height="540" fill="${colour}"/>
    <circle cx="${780 - shot * 90}" cy="${150 + shot * 60}" r="${160 - shot * 30}" fill="#ffffff22"/>
    <text x="56" y="120" font-size="30" fill="#ffe082" font-family="Noto Sans CJK SC, sans-serif">${esc(day)} · ${esc(venue)}</text>
    <text x="56" y="260" font-size="52" fill="#ffffff" font-family="Noto Sans CJK SC, sans-serif">${esc(title)}</text>
    <text x="56" y="470" font-size="26" fill="#ffffffcc" font-family="Noto Sans CJK SC, sans-serif">青春之岛 · 活动现场 ${shot + 1}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

type Held = { id: number; title: string; venue: string; starts_at: string; org_id: number; org_path: string; type_code: string };

/**
 * The living city's activities beyond attendance: sign-ups for the upcoming ones (confirmed up to capacity, a waiting
 * list, a few cancelled), the sign-ups and reminders of last month's held ones, photos of the latest held ones, and
 * the organisers' audit entries. Separate random stream: the tests' tiny city (without it) stays as it was.
 */
export async function seedLivingActivities(ctx: ModuleContext, opts: SeedOptions, now = Date.now()) {
  const r = makeRandom(opts.seed + 102);
  const { db } = ctx;
  const people = await rows<{ id: number; path: string }>(db, sql`SELECT p.id, o.path FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.id`);
  const actors = await rows<{ id: number; username: string; path: string }>(
    db,
    sql`SELECT a.id, a.username, o.path FROM accounts a JOIN role_assignments ra ON ra.account_id = a.id JOIN orgs o ON o.id = ra.org_id
         WHERE a.username IN ('admin', 'orgadmin', 'orgadmin2', 'secretary') AND ra.role <> 'member' ORDER BY length(o.path) DESC, a.id`,
  );
  const organiser = (path: string) => actors.find((a) => path.startsWith(a.path)) ?? null;
  const upcoming = await rows<{ id: number; title: string; org_path: string; capacity: number | null; starts_at: string }>(
    db,
    sql`SELECT id, title, org_path, capacity, starts_at FROM activities WHERE starts_at > ${new Date(now).toISOString()}::timestamptz AND status = 'published' ORDER BY id`,
  );
  const held = await rows<Held>(
    db,
    sql`SELECT id, title, venue, starts_at, org_id, org_path, type_code FROM activities WHERE starts_at <= ${new Date(now).toISOString()}::timestamptz AND status = 'published' ORDER BY starts_at DESC, id`,
  );
  type Signup = { activityId: number; personId: number; status: 'confirmed' | 'waitlisted' | 'cancelled'; createdAt: Date; updatedAt: Date };
  const signups: Signup[] = [];
  const notices: SeededNotice[] = [];
  const audits: SeededAudit[] = [];
  const confirmed = new Map<number, number>();
  const demo = (await rows<{ person_id: number }>(db, sql`SELECT person_id FROM accounts WHERE username = 'member' AND person_id IS NOT NULL`))[0]?.person_id;

  for (const a of upcoming) {
    const pool = people.filter((p) => p.path.startsWith(a.org_path));
    const cap = a.capacity ?? pool.length;
    const wanted = Math.min(pool.length, Math.round(cap * (0.3 + 0.9 * r.next())));
    const chosen = sample(r, pool, wanted);
    // The demo member has signed up for a committee-wide activity or two.
    if (demo && a.org_path.split('/').length === 3 && !chosen.some((p) => p.id === demo) && confirmed.size % 2 === 0) chosen.unshift({ id: demo, path: '' });
    let n = 0;
    const starts = new Date(a.starts_at).getTime();
    for (const p of chosen) {
      const createdAt = new Date(now - r.int(1, 14 * 24) * HOUR);
      if (createdAt.getTime() >= starts) continue;
      const status = r.chance(0.05) ? 'cancelled' : n < cap ? 'confirmed' : 'waitlisted';
      if (status === 'confirmed') n++;
      signups.push({ activityId: a.id, personId: p.id, status, createdAt, updatedAt: status === 'cancelled' ? new Date(createdAt.getTime() + r.int(1, 48) * HOUR) : createdAt });
    }
    confirmed.set(a.id, n);
  }
  // Last month's held activities (not the branches' party days, which everyone attends): the attendees had signed up and were reminded.
  const recent = held.filter((a) => a.type_code !== 'party_day' && now - new Date(a.starts_at).getTime() < 30 * 24 * HOUR);
  const attendees = recent.length
    ? await rows<{ activity_id: number; person_id: number }>(db, sql`SELECT activity_id, person_id FROM activity_attendance WHERE activity_id = ANY(${`{${recent.map((a) => a.id).join(',')}}`}::int[]) ORDER BY activity_id, person_id`)
    : [];
  const byId = new Map(recent.map((a) => [a.id, a]));
  for (const x of attendees) {
    const a = byId.get(x.activity_id)!;
    const starts = new Date(a.starts_at);
    const createdAt = new Date(starts.getTime() - r.int(24, 10 * 24) * HOUR);
    signups.push({ activityId: a.id, personId: x.person_id, status: 'confirmed', createdAt, updatedAt: createdAt });
    const at = starts.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
    const remindedAt = new Date(starts.getTime() - r.int(40, 60) * 60_000);
    notices.push({ personId: x.person_id, kind: 'activity_reminder', title: `活动提醒：${a.title}`, body: `${at} 开始${a.venue ? `，地点：${a.venue}` : ''}`, link: `/m/activities/${a.id}`, createdAt: remindedAt, readAt: r.chance(0.8) ? new Date(remindedAt.getTime() + r.int(1, 50) * 60_000) : null });
  }

  // Photos of the latest held activities, uploaded by the organiser after the event.
  const photos: { activityId: number; key: string; caption: string; uploadedBy: number | null; createdAt: Date }[] = [];
  for (const [i, a] of held.slice(0, photosPerScale[opts.scale]).entries()) {
    const starts = new Date(a.starts_at);
    const day = starts.toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
    const by = organiser(a.org_path);
    const shots = 1 + (i % 2);
    for (let s = 0; s < shots; s++) {
      const bytes = await poster(a.title, day, a.venue ?? '', palette[(i + s) % palette.length], s);
      const key = await storeBytes(ctx.env.DATA_DIR, 'activities', await checkBytes(bytes, ['jpeg']));
      const createdAt = new Date(starts.getTime() + r.int(3, 30) * HOUR);
      photos.push({ activityId: a.id, key, caption: s === 0 ? `${a.title}现场` : '合影留念', uploadedBy: by?.id ?? null, createdAt });
      if (by) audits.push({ at: createdAt, accountId: by.id, actor: by.username, action: 'activities.photo_upload', entity: 'activity', entityId: a.id, orgId: a.org_id, orgPath: a.org_path, summary: `image/jpeg ${bytes.length} B` });
    }
  }
  // Who published the activities the demo accounts manage.
  for (const a of [...held, ...upcoming.map((u) => ({ ...u, org_id: null as number | null, venue: '', type_code: '' }))]) {
    const by = organiser(a.org_path);
    if (!by || by.username === 'admin') continue;
    audits.push({ at: new Date(new Date(a.starts_at).getTime() - r.int(3, 14) * 24 * HOUR), accountId: by.id, actor: by.username, action: 'activities.create', entity: 'activity', entityId: a.id, orgId: a.org_id, orgPath: a.org_path, summary: a.title });
  }

  await transaction(db, async (tx) => {
    await bulkInsert(tx, 'activity_signups', [
      ['activity_id', 'int', (s) => s.activityId],
      ['person_id', 'int', (s) => s.personId],
      ['status', 'text', (s) => s.status],
      ['created_at', 'timestamptz', (s) => s.createdAt],
      ['updated_at', 'timestamptz', (s) => s.updatedAt],
    ], signups);
    for (const [id, n] of confirmed) await tx.execute(sql`UPDATE activities SET confirmed_count = ${n} WHERE id = ${id}`);
    if (recent.length) await tx.execute(sql`UPDATE activities SET reminded_at = starts_at - interval '1 hour' WHERE id = ANY(${`{${recent.map((a) => a.id).join(',')}}`}::int[])`);
    await bulkInsert(tx, 'activity_photos', [
      ['activity_id', 'int', (p) => p.activityId],
      ['file_key', 'text', (p) => p.key],
      ['caption', 'text', (p) => p.caption],
      ['uploaded_by', 'int', (p) => p.uploadedBy],
      ['created_at', 'timestamptz', (p) => p.createdAt],
    ], photos);
    await seedNotices(tx, notices);
    await seedAuditEntries(tx, audits);
  });
  opts.log(`活动报名: ${signups.length} 条（${upcoming.length} 场待开展）, 活动照片 ${photos.length} 张, 活动提醒 ${notices.length} 条`);
}

function sample<T>(r: Random, list: T[], k: number): T[] {
  const copy = list.slice();
  for (let i = 0; i < Math.min(k, copy.length); i++) {
    const j = i + Math.floor(r.next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, k);
}
