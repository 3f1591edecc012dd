import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../kernel/db/client.js';
import { dbKind } from '../../../../../test/harness.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { sampleFiles } from '../../../../../test/sample-files.js';
import { basesTestApp, type Client } from '../bases.fixtures.js';

type Ctx = Awaited<ReturnType<typeof basesTestApp>>;

/** A member account for a person of the agency `orgPath` (the demo password), signed in. */
async function memberOf(c: Ctx, orgPath: string, username: string): Promise<Client> {
  const [p] = await rows<{ id: number; orgId: number }>(c.t.db, sql`SELECT p.id, p.org_id AS "orgId" FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${orgPath + '%'} AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = p.id) ORDER BY p.id LIMIT 1`);
  const [a] = await rows<{ id: number }>(
    c.t.db,
    sql`INSERT INTO accounts (username, password_hash, person_id, display_name, must_change_password) SELECT ${username}, password_hash, ${p.id}, ${username}, false FROM accounts WHERE username = 'member' RETURNING id`,
  );
  await c.t.db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${a.id}, 'member', ${p.orgId})`);
  return c.t.login(username);
}

describe(`读书分享会: book lists, notes, likes, moderated comments, scope and figures (${dbKind})`, () => {
  let c: Ctx;
  let member: Client;
  let memberB: Client;
  beforeAll(async () => {
    c = await basesTestApp();
    member = await c.t.login('member');
    memberB = await memberOf(c, c.orgs.agency2.path, 'reader.b');
  });
  afterAll(() => c?.t.close());

  const book = (orgId: number, over: Record<string, unknown> = {}) => ({ title: '习近平新时代中国特色社会主义思想学习纲要', author: '中共中央宣传部', isbn: '978-7-5147-0934-6', publisher: '学习出版社', orgId, ...over });
  const figure = async (name: string, orgId?: number) => (await c.admin.get(`/api/v1/figures/${name}${orgId ? `?orgId=${orgId}` : ''}`)).json().value as number;

  it('validates the ISBN checksum (400, nothing written), keeps it as ISBN-13, refuses the same book twice on one list', async () => {
    const [{ n: before }] = await rows<{ n: number }>(c.t.db, sql`SELECT count(*)::int AS n FROM bases_reading_books`);
    const bad = await c.orgadmin.post('/api/v1/bases/reading/books', book(c.orgs.agency1.id, { isbn: '978-7-5147-0934-5' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('isbn');
    const [{ n: after }] = await rows<{ n: number }>(c.t.db, sql`SELECT count(*)::int AS n FROM bases_reading_books`);
    expect(after).toBe(before);

    const ok = await c.orgadmin.post('/api/v1/bases/reading/books', book(c.orgs.agency1.id, { isbn: '0-13-110362-8', title: 'The C Programming Language', author: 'Kernighan, Ritchie' }));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().isbn).toBe('9780131103627');
    // a change touches only what it names
    const retired = await c.orgadmin.patch(`/api/v1/bases/reading/books/${ok.json().id}`, { status: 'retired' });
    expect(retired.json()).toMatchObject({ status: 'retired', isbn: '9780131103627', publisher: '学习出版社', author: 'Kernighan, Ritchie' });
    expect((await c.orgadmin.patch(`/api/v1/bases/reading/books/${ok.json().id}`, { isbn: '0-13-110362-9' })).statusCode).toBe(400);
    await c.orgadmin.patch(`/api/v1/bases/reading/books/${ok.json().id}`, { status: 'active' });
    const twice = await c.orgadmin.post('/api/v1/bases/reading/books', book(c.orgs.agency1.id, { isbn: '978-0-13-110362-7' }));
    expect(twice.statusCode).toBe(409);
    const none = await c.orgadmin.post('/api/v1/bases/reading/books', book(c.orgs.agency1.id, { isbn: '', title: '机关党建工作读本' }));
    expect(none.statusCode).toBe(201);
    expect(none.json().isbn).toBeNull();
  });

  it('an agency admin manages only its subtree: another agency’s book and notes are 404, and its list is not shown', async () => {
    const own = (await c.orgadmin.post('/api/v1/bases/reading/books', book(c.orgs.agency1.id))).json();
    expect((await c.orgadmin2.patch(`/api/v1/bases/reading/books/${own.id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await c.orgadmin2.post('/api/v1/bases/reading/books', book(c.orgs.agency1.id))).statusCode).toBe(404);
    const list2 = (await c.orgadmin2.get('/api/v1/bases/reading/books?pageSize=100')).json();
    expect(list2.items.map((b: { id: number }) => b.id)).not.toContain(own.id);
    // members read their own agency's lists (and the committee's), not another agency's
    expect((await member.get(`/api/v1/me/reading/books/${own.id}`)).statusCode).toBe(200);
    expect((await memberB.get(`/api/v1/me/reading/books/${own.id}`)).statusCode).toBe(404);
    expect((await memberB.post(`/api/v1/me/reading/books/${own.id}/notes`, { kind: 'note', body: '越权' })).statusCode).toBe(404);
    const committee = (await c.admin.post('/api/v1/bases/reading/books', book(c.root.id, { isbn: null, title: '之江新语' }))).json();
    expect((await memberB.get('/api/v1/me/reading/books?pageSize=100')).json().items.map((b: { id: number }) => b.id)).toContain(committee.id);
    // a member cannot manage
    expect((await member.get('/api/v1/bases/reading/books')).statusCode).toBe(403);
  });

  it('notes publish at once; likes count once per person; comments wait for the organiser of the author’s agency', async () => {
    const b = (await c.admin.post('/api/v1/bases/reading/books', book(c.root.id, { isbn: '978-0-306-40615-7', title: '平凡的世界', author: '路遥' }))).json();
    const noteRes = await member.post(`/api/v1/me/reading/books/${b.id}/notes`, { kind: 'excerpt', body: '生活不能等待别人来安排，要自己去争取和奋斗。', location: '第一部' });
    expect(noteRes.statusCode, noteRes.body).toBe(201);
    const note = noteRes.json();
    expect(note).toMatchObject({ status: 'published', mine: true, likes: 0, comments: [] });
    expect((await member.post(`/api/v1/me/reading/books/${b.id}/notes`, { kind: 'note', body: '' })).statusCode).toBe(400);

    expect((await memberB.post(`/api/v1/me/reading/notes/${note.id}/like`)).json()).toEqual({ likes: 1, likedByMe: true });
    expect((await memberB.post(`/api/v1/me/reading/notes/${note.id}/like`)).json()).toEqual({ likes: 1, likedByMe: true });
    expect((await member.post(`/api/v1/me/reading/notes/${note.id}/like`)).json()).toEqual({ likes: 2, likedByMe: true });
    expect((await member.delete(`/api/v1/me/reading/notes/${note.id}/like`)).json()).toEqual({ likes: 1, likedByMe: false });

    const commented = await memberB.post(`/api/v1/me/reading/notes/${note.id}/comments`, { body: '说得好，共勉！' });
    expect(commented.statusCode, commented.body).toBe(201);
    expect(commented.json().comments).toEqual([expect.objectContaining({ body: '说得好，共勉！', status: 'pending', mine: true })]);
    // hidden from everyone else until approved
    const seen = async (who: Client) => (await who.get(`/api/v1/me/reading/books/${b.id}`)).json().notes.items.find((n: { id: number }) => n.id === note.id);
    expect((await seen(member)).comments).toEqual([]);
    // the queue is the author's agency's: orgadmin (agency 1) sees it, orgadmin2 does not and gets 404 deciding it
    const queue2 = (await c.orgadmin2.get('/api/v1/bases/reading/comments')).json();
    expect(queue2.items).toEqual([]);
    const queue = (await c.orgadmin.get('/api/v1/bases/reading/comments')).json();
    const pending = queue.items.find((x: { noteId: number }) => x.noteId === note.id);
    expect(pending).toMatchObject({ status: 'pending', bookTitle: '平凡的世界' });
    expect((await c.orgadmin2.post(`/api/v1/bases/reading/comments/${pending.id}/approve`)).statusCode).toBe(404);
    expect((await c.orgadmin.post(`/api/v1/bases/reading/comments/${pending.id}/approve`)).json().status).toBe('approved');
    expect((await c.orgadmin.post(`/api/v1/bases/reading/comments/${pending.id}/reject`)).statusCode).toBe(409);
    expect((await seen(member)).comments).toEqual([expect.objectContaining({ body: '说得好，共勉！', status: 'approved', mine: false })]);

    // post-moderation of notes: the organiser hides it with a reason; others no longer see it, the author sees why
    expect((await c.orgadmin2.post(`/api/v1/bases/reading/notes/${note.id}/hide`, { reason: '与主题无关' })).statusCode).toBe(404);
    expect((await c.orgadmin.post(`/api/v1/bases/reading/notes/${note.id}/hide`, { reason: '' })).statusCode).toBe(400);
    expect((await c.orgadmin.post(`/api/v1/bases/reading/notes/${note.id}/hide`, { reason: '与主题无关' })).json()).toMatchObject({ status: 'hidden', hiddenReason: '与主题无关' });
    expect(await seen(memberB)).toBeUndefined();
    expect(await seen(member)).toMatchObject({ status: 'hidden', hiddenReason: '与主题无关' });
    expect((await memberB.post(`/api/v1/me/reading/notes/${note.id}/like`)).statusCode).toBe(404);
    expect((await c.orgadmin.post(`/api/v1/bases/reading/notes/${note.id}/restore`)).json().status).toBe('published');

    const audits = await rows<{ action: string }>(c.t.db, sql`SELECT action FROM audit_log WHERE action LIKE 'bases.reading_%'`);
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['bases.reading_book_create', 'bases.reading_note', 'bases.reading_like', 'bases.reading_unlike', 'bases.reading_comment', 'bases.reading_comment_approve', 'bases.reading_note_hide', 'bases.reading_note_restore']),
    );
  });

  it('uploads a cover through the files service and serves it to readers only', async () => {
    const b = (await c.orgadmin.post('/api/v1/bases/reading/books', book(c.orgs.agency1.id, { isbn: '99921-58-10-7', title: '红岩' }))).json();
    const { payload, headers } = multipartBody(sampleFiles.png(), 'cover.png', 'image/png');
    const up = await c.orgadmin.request({ method: 'POST', url: `/api/v1/bases/reading/books/${b.id}/cover`, payload, headers });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().coverUrl).toBe(`/api/v1/bases/reading/books/${b.id}/cover`);
    const img = await member.get(`/api/v1/bases/reading/books/${b.id}/cover?w=120`);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/webp');
    expect((await memberB.get(`/api/v1/bases/reading/books/${b.id}/cover`)).statusCode).toBe(404);
  });

  it('links the books a reading session discussed (a 读书分享会 activity of the subtree only)', async () => {
    const b = (await c.orgadmin.post('/api/v1/bases/reading/books', book(c.orgs.agency1.id, { isbn: '979-10-90636-07-1', title: '苦难辉煌' }))).json();
    const activity = (typeCode: string, title: string) => ({ typeCode, title, orgId: c.orgs.agency1.id, startsAt: '2027-04-23T06:00:00Z', endsAt: '2027-04-23T08:00:00Z' });
    const session = (await c.orgadmin.post('/api/v1/activities', activity('reading_session', '“书香润初心 作风铸担当”青年读书分享会'))).json();
    const other = (await c.orgadmin.post('/api/v1/activities', activity('party_day', '主题党日'))).json();
    expect(session.id && other.id).toBeTruthy();
    const put = await c.orgadmin.put(`/api/v1/bases/reading/sessions/${session.id}/books`, { bookIds: [b.id, b.id] });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().books.map((x: { id: number }) => x.id)).toEqual([b.id]);
    expect((await c.orgadmin2.get(`/api/v1/bases/reading/sessions/${session.id}/books`)).statusCode).toBe(404);
    expect((await c.orgadmin.put(`/api/v1/bases/reading/sessions/${other.id}/books`, { bookIds: [b.id] })).statusCode).toBe(404);
    const foreign = (await c.orgadmin2.post('/api/v1/bases/reading/books', book(c.orgs.agency2.id, { title: '另一机关书目' }))).json();
    expect((await c.orgadmin.put(`/api/v1/bases/reading/sessions/${session.id}/books`, { bookIds: [foreign.id] })).statusCode).toBe(404);
  });

  it('figures (books read, notes, participants) equal the counts of their records, by organisation and month', async () => {
    const b = (await c.orgadmin.post('/api/v1/bases/reading/books', book(c.orgs.agency1.id, { isbn: null, title: '习近平的七年知青岁月' }))).json();
    const before = { read: await figure('bases.reading_books_read'), notes: await figure('bases.reading_notes'), people: await figure('bases.reading_participants', c.orgs.agency1.id) };
    for (const body of ['第一篇', '第二篇']) await member.post(`/api/v1/me/reading/books/${b.id}/notes`, { kind: 'note', body });
    expect(await figure('bases.reading_books_read')).toBe(before.read + 1); // one member, one book
    expect(await figure('bases.reading_notes')).toBe(before.notes + 2);

    for (const name of ['bases.reading_books_read', 'bases.reading_notes', 'bases.reading_participants']) {
      for (const orgId of [c.root.id, c.orgs.agency1.id, c.orgs.agency2.id]) {
        const value = await figure(name, orgId);
        const records = (await c.admin.get(`/api/v1/figures/${name}/records?orgId=${orgId}&pageSize=100`)).json();
        expect(records.total, `${name} @${orgId}`).toBe(value);
      }
    }
    const [{ n: published }] = await rows<{ n: number }>(c.t.db, sql`SELECT count(*)::int AS n FROM bases_reading_notes WHERE status = 'published'`);
    expect(await figure('bases.reading_notes')).toBe(published);
    const [{ n: people }] = await rows<{ n: number }>(c.t.db, sql`SELECT count(DISTINCT person_id)::int AS n FROM bases_reading_notes WHERE status = 'published' AND org_path LIKE ${c.orgs.agency1.path + '%'}`);
    expect(await figure('bases.reading_participants', c.orgs.agency1.id)).toBe(people);
    expect(people).toBeGreaterThanOrEqual(before.people);
    // the agency admin's figure is its own subtree; another agency is 404
    expect((await c.orgadmin2.get(`/api/v1/figures/bases.reading_notes?orgId=${c.orgs.agency1.id}`)).statusCode).toBe(404);
    // by month: this month's notes are all of them (they were written now)
    const series = (await c.admin.get(`/api/v1/figures/bases.reading_notes/series?bucket=month&orgId=${c.orgs.agency1.id}`)).json();
    expect(series.items.at(-1).value).toBeGreaterThanOrEqual(2);
    expect(series.total).toBe(await figure('bases.reading_notes', c.orgs.agency1.id));
  });
});
