import ICAL from 'ical.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { buildJobRunner } from '../../app.js';

// The server's own zone must not leak into the feed: run it in UTC, as production containers do.
process.env.TZ = 'UTC';

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

describe(`activity calendar feeds, reminders and inbox (${dbKind})`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let member: Awaited<ReturnType<TestApp['login']>>;
  let rootId: number;
  const create = async (body: Record<string, unknown>) => {
    const res = await admin.post('/api/v1/activities', { typeCode: 'lecture', orgId: rootId, venue: '市直机关党校报告厅', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number };
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    member = await t.login('member');
    [{ id: rootId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
  });
  afterAll(() => t.close());

  it("a member's secret feed lists their confirmed activities and parses as iCalendar", async () => {
    const startsAt = inMinutes(24 * 60);
    const a = await create({ title: '“初心致远”青年宣讲', startsAt, endsAt: inMinutes(25 * 60) });
    const other = await create({ title: '未报名的活动', startsAt: inMinutes(48 * 60), endsAt: inMinutes(49 * 60) });
    await member.post(`/api/v1/me/activities/${a.id}/signup`);
    const { url } = (await member.post('/api/v1/me/calendar', {})).json();
    const path = new URL(url).pathname;
    const res = await t.anonymous().get(path);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(res.body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['“初心致远”青年宣讲']);
    expect(events[0].location).toBe('市直机关党校报告厅');
    expect(Math.abs(events[0].startDate.toJSDate().getTime() - new Date(startsAt).getTime())).toBeLessThan(1000);
    expect(events.map((e) => e.uid)).not.toContain(`activity-${other.id}@vanguard`);

    const rotated = (await member.post('/api/v1/me/calendar', { rotate: true })).json();
    expect(rotated.url).not.toBe(url);
    expect((await t.anonymous().get(path)).statusCode).toBe(404);
    expect((await t.anonymous().get('/api/v1/calendar/' + 'x'.repeat(32) + '.ics')).statusCode).toBe(404);
  });

  it('writes absolute UTC instants (DTSTART/DTEND/DTSTAMP end in Z), whatever the server process time zone', async () => {
    const a = await create({ title: '冬季宣讲', startsAt: '2026-12-10T09:30:00+08:00', endsAt: '2026-12-10T11:00:00+08:00' });
    const { url } = (await admin.post(`/api/v1/orgs/${rootId}/calendar`)).json();
    const body = (await t.anonymous().get(new URL(url).pathname)).body;
    const cal = new ICAL.Component(ICAL.parse(body));
    expect(cal.getFirstProperty('timezone-id')).toBeNull(); // not an RFC 5545 property
    const vevent = cal.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === `activity-${a.id}@vanguard`)!;
    // A floating time has no instant: a client shows it at that wall-clock time in its own zone.
    const instant = (prop: string) => {
      const time = vevent.getFirstPropertyValue(prop) as InstanceType<typeof ICAL.Time>;
      expect(time.zone?.tzid, prop).toBe('UTC');
      return time.toJSDate().toISOString();
    };
    expect(instant('dtstart')).toBe('2026-12-10T01:30:00.000Z');
    expect(instant('dtend')).toBe('2026-12-10T03:00:00.000Z');
    expect(Math.abs(new Date(instant('dtstamp')).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("an organisation's feed lists what it organises", async () => {
    const a = await create({ title: '读书分享会', typeCode: 'reading_session', startsAt: inMinutes(300), endsAt: inMinutes(360) });
    const { url } = (await admin.post(`/api/v1/orgs/${rootId}/calendar`)).json();
    const body = (await t.anonymous().get(new URL(url).pathname)).body;
    const uids = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).toContain(`activity-${a.id}@vanguard`);
  });

  it('the reminder job notifies confirmed participants once, about an hour ahead', async () => {
    const soon = await create({ title: '健康讲座：颈椎保健', typeCode: 'health_lecture', startsAt: inMinutes(40), endsAt: inMinutes(100) });
    const far = await create({ title: '下周的活动', startsAt: inMinutes(7 * 24 * 60), endsAt: inMinutes(7 * 24 * 60 + 60) });
    await member.post(`/api/v1/me/activities/${soon.id}/signup`);
    await member.post(`/api/v1/me/activities/${far.id}/signup`);
    const runner = buildJobRunner(t.ctx);
    await t.db.execute(sql`DELETE FROM jobs`);
    await runner.tick();
    await t.db.execute(sql`DELETE FROM jobs`);
    await runner.tick();
    const inbox = (await member.get('/api/v1/notifications')).json();
    const reminders = inbox.items.filter((n: { kind: string }) => n.kind === 'activity_reminder');
    expect(reminders.map((n: { title: string }) => n.title)).toEqual(['活动提醒：健康讲座：颈椎保健']);
    expect(inbox.unreadCount).toBeGreaterThan(0);
    expect((await member.post(`/api/v1/notifications/${reminders[0].id}/read`)).statusCode).toBe(200);
    const secretary = await t.login('secretary');
    expect((await secretary.post(`/api/v1/notifications/${reminders[0].id}/read`)).statusCode).toBe(404);
  });

  it('a promoted waitlister gets a notice', async () => {
    const a = await create({ title: '话剧党课《信仰》', typeCode: 'drama_lecture', capacity: 1, startsAt: inMinutes(600), endsAt: inMinutes(700) });
    const secretary = await t.login('secretary');
    await member.post(`/api/v1/me/activities/${a.id}/signup`);
    await secretary.post(`/api/v1/me/activities/${a.id}/signup`);
    await member.delete(`/api/v1/me/activities/${a.id}/signup`);
    const titles = (await secretary.get('/api/v1/notifications')).json().items.map((n: { title: string }) => n.title);
    expect(titles).toContain('候补成功：话剧党课《信仰》');
  });
});
