import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../../kernel/db/client.js';
import { dbKind } from '../../../../../test/harness.js';
import { bulkMembers } from '../../../../../test/bulk-members.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { sampleFiles } from '../../../../../test/sample-files.js';
import { showcaseTestApp } from '../showcase.fixtures.js';
import { roleModelMetrics } from './role-models.metrics.js';
import type { ModuleContext } from '../../../kernel/module.js';

type Ctx = Awaited<ReturnType<typeof showcaseTestApp>>;
const day = 86_400_000;

/**
 * 树典型 through the API: profiles with a photo and a micro-video (poster, Range), a round, nominations by two
 * organisations and the committee's review, members voting at the same moment (no ballot stuffing), hidden
 * results, voters outside the round's subtree, closing (winner to the wall) and the figures.
 */
describe(`role models and votes (${dbKind})`, () => {
  let c: Ctx;
  let roundId: number;
  const ex: Record<string, number> = {};
  const nom: Record<string, number> = {};
  let orgOf: (u: string) => Promise<{ id: number; path: string }>;

  beforeAll(async () => {
    c = await showcaseTestApp();
    orgOf = async (u) =>
      (await rows<{ id: number; path: string }>(c.t.db, sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = ${u} LIMIT 1`))[0];
  });
  afterAll(() => c.t.close());

  it('organisations write profiles in their subtree with a photo and a micro-video of a series', async () => {
    const o1 = await orgOf('orgadmin');
    const o2 = await orgOf('orgadmin2');
    const body = (orgId: number, name: string) => ({ kind: 'person', name, orgId, category: 'frontline', story: `${name}扎根项目一线，带领青年尖刀班攻坚克难。`, honours: [{ year: 2025, title: '优秀共产党员' }] });
    expect((await c.orgadmin.post('/api/v1/showcase/exemplars', body(o2.id, '越界'))).statusCode).toBe(404);
    expect((await c.orgadmin.post('/api/v1/showcase/exemplars', { ...body(o1.id, '类别'), category: 'nope' })).statusCode).toBe(400);
    for (const [k, who, org] of [['a', 'orgadmin', o1], ['b', 'orgadmin2', o2], ['c', 'orgadmin2', o2]] as const) {
      const r = await c[who].post('/api/v1/showcase/exemplars', body(org.id, `典型${k.toUpperCase()}同志`));
      expect(r.statusCode, r.body).toBe(201);
      ex[k] = r.json().id;
    }
    const series = await c.admin.post('/api/v1/showcase/series', { title: '青年显担当（测试）', description: '青年干部微视频' });
    expect(series.statusCode, series.body).toBe(201);
    const video = await c.orgadmin.request({ method: 'POST', url: `/api/v1/showcase/exemplars/${ex.a}/media?title=${encodeURIComponent('第一集')}&seriesId=${series.json().id}&episode=1`, ...multipartBody(sampleFiles.mp4(8192), 'a.mp4', 'video/mp4') });
    expect(video.statusCode, video.body).toBe(201);
    const media = video.json().media[0];
    expect(media).toMatchObject({ kind: 'video', seriesId: series.json().id, episode: 1, hasPoster: false });
    expect((await c.orgadmin.request({ method: 'POST', url: `/api/v1/showcase/media/${media.id}/poster`, ...multipartBody(sampleFiles.png(), 'p.png', 'image/png') })).statusCode).toBe(200);
    // Another organisation cannot touch it; members cannot see a draft profile's video.
    expect((await c.orgadmin2.delete(`/api/v1/showcase/media/${media.id}`)).statusCode).toBe(404);
    expect((await c.member.get(`/api/v1/showcase/media/${media.id}/file`)).statusCode).toBe(404);
    const part = await c.orgadmin.request({ method: 'GET', url: `/api/v1/showcase/media/${media.id}/file`, headers: { range: 'bytes=0-99' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 0-99/8192');
    const poster = await c.orgadmin.get(`/api/v1/showcase/media/${media.id}/poster`);
    expect(poster.headers['content-type']).toBe('image/png');
  });

  it('the committee opens a round; organisations nominate their own profiles; the committee reviews', async () => {
    const now = Date.now();
    const round = { title: '青年先锋网络评选（测试）', nominationDeadline: new Date(now + day).toISOString(), votingOpensAt: new Date(now + 2 * day).toISOString(), votingClosesAt: new Date(now + 9 * day).toISOString(), votesPerMember: 2, hideResults: true, winners: 1 };
    expect((await c.admin.post('/api/v1/showcase/rounds', { ...round, votingOpensAt: round.votingClosesAt })).statusCode).toBe(400);
    expect((await c.orgadmin.post('/api/v1/showcase/rounds', round)).statusCode).toBe(403);
    const r = await c.admin.post('/api/v1/showcase/rounds', round);
    expect(r.statusCode, r.body).toBe(201);
    roundId = r.json().id;
    const material = '推荐理由：扎根一线、攻坚克难、群众认可度高。';
    expect((await c.orgadmin.post('/api/v1/showcase/nominations', { roundId, exemplarId: ex.a, material })).json().error.code).toBe('nomination_closed');
    expect((await c.admin.post(`/api/v1/showcase/rounds/${roundId}/status`, { to: 'nominating' })).statusCode).toBe(200);
    expect((await c.orgadmin.post('/api/v1/showcase/nominations', { roundId, exemplarId: ex.b, material })).statusCode).toBe(404);
    for (const [k, who] of [['a', 'orgadmin'], ['b', 'orgadmin2'], ['c', 'orgadmin2']] as const) {
      const n = await c[who].post('/api/v1/showcase/nominations', { roundId, exemplarId: ex[k], material });
      expect(n.statusCode, n.body).toBe(201);
      nom[k] = n.json().id;
    }
    expect((await c.orgadmin.post('/api/v1/showcase/nominations', { roundId, exemplarId: ex.a, material })).statusCode).toBe(409);
    expect((await c.orgadmin.get('/api/v1/showcase/nominations')).json().items.map((n: { id: number }) => n.id)).toEqual([nom.a]);
    expect((await c.admin.post(`/api/v1/showcase/rounds/${roundId}/status`, { to: 'voting' })).statusCode).toBe(409);
    expect((await c.orgadmin.post(`/api/v1/showcase/nominations/${nom.a}/review`, { decision: 'approved' })).statusCode).toBe(403);
    for (const k of ['a', 'b']) expect((await c.admin.post(`/api/v1/showcase/nominations/${nom[k]}/review`, { decision: 'approved' })).json().status).toBe('approved');
    expect((await c.admin.post(`/api/v1/showcase/nominations/${nom.c}/review`, { decision: 'rejected', note: '材料不全' })).json().status).toBe('rejected');
    expect((await c.admin.post(`/api/v1/showcase/rounds/${roundId}/status`, { to: 'voting' })).statusCode).toBe(200);
  });

  it('votes outside the window are refused; members vote at once without exceeding their votes', async () => {
    const [branch] = await rows<{ id: number }>(c.t.db, sql`SELECT id FROM orgs WHERE kind = 'branch' ORDER BY id LIMIT 1`);
    const members = await bulkMembers(c.t.db, branch.id, 30, 'voter');
    const vote = (m: { cookie: string; csrfToken: string }, nominationId: number) =>
      c.t.app.inject({ method: 'POST', url: `/api/v1/showcase/voting/${roundId}/votes`, headers: { cookie: m.cookie, 'x-csrf-token': m.csrfToken }, payload: { nominationId } });
    expect((await vote(members[0], nom.a)).json().error.code).toBe('vote_not_open');
    await c.t.db.execute(sql`UPDATE showcase_vote_rounds SET nomination_deadline = now() - interval '2 days', voting_opens_at = now() - interval '1 day' WHERE id = ${roundId}`);
    expect((await vote(members[0], nom.c)).statusCode).toBe(404);
    // Each member fires six votes at once: three for A, two for B, one for A again — two votes each, never one nominee twice.
    const results = await Promise.all(members.flatMap((m) => [nom.a, nom.a, nom.b, nom.a, nom.b, nom.a].map((n) => vote(m, n))));
    const ok = results.filter((r) => r.statusCode === 200).length;
    expect(ok).toBe(members.length * 2);
    for (const r of results.filter((x) => x.statusCode !== 200)) {
      expect(r.statusCode).toBe(409);
      expect(['vote_already_cast', 'vote_limit_reached']).toContain(r.json().error.code);
    }
    const [counts] = await rows<{ votes: number; members: number; over: number; drift: number; ballots: number }>(
      c.t.db,
      sql`SELECT (SELECT count(*)::int FROM showcase_votes WHERE round_id = ${roundId}) AS votes,
                 (SELECT count(DISTINCT account_id)::int FROM showcase_votes WHERE round_id = ${roundId}) AS members,
                 (SELECT count(*)::int FROM (SELECT account_id FROM showcase_votes WHERE round_id = ${roundId} GROUP BY account_id HAVING count(*) > 2) x) AS over,
                 (SELECT count(*)::int FROM showcase_nominations n WHERE n.round_id = ${roundId} AND n.vote_count <> (SELECT count(*) FROM showcase_votes v WHERE v.nomination_id = n.id)) AS drift,
                 (SELECT count(*)::int FROM showcase_ballots b WHERE b.round_id = ${roundId} AND b.used <> (SELECT count(*) FROM showcase_votes v WHERE v.round_id = b.round_id AND v.account_id = b.account_id)) AS ballots`,
    );
    expect(counts).toEqual({ votes: members.length * 2, members: members.length, over: 0, drift: 0, ballots: 0 });
    // Every member voted A and B once each.
    const [{ a, b }] = await rows<{ a: number; b: number }>(c.t.db, sql`SELECT (SELECT vote_count FROM showcase_nominations WHERE id = ${nom.a}) AS a, (SELECT vote_count FROM showcase_nominations WHERE id = ${nom.b}) AS b`);
    expect({ a, b }).toEqual({ a: members.length, b: members.length });
  });

  it('results stay hidden from members and the nominating organisations until the round closes', async () => {
    const ballot = await c.member.get(`/api/v1/showcase/voting/${roundId}`);
    expect(ballot.statusCode, ballot.body).toBe(200);
    expect(ballot.json().round).toMatchObject({ open: true, resultsVisible: false });
    expect(ballot.json().nominees.map((n: { voteCount: number | null }) => n.voteCount)).toEqual([null, null]);
    expect(ballot.json().nominees.map((n: { nominationId: number }) => n.nominationId).sort()).toEqual([nom.a, nom.b].sort());
    expect((await c.orgadmin.get('/api/v1/showcase/nominations')).json().items[0].voteCount).toBeNull();
    // The committee sees the live count.
    expect((await c.admin.get(`/api/v1/showcase/rounds/${roundId}/nominations`)).json().items.map((n: { voteCount: number }) => n.voteCount)).toEqual([30, 30, 0]);
  });

  it('a member outside the round’s subtree gets 404, as for a round that does not exist', async () => {
    const o2 = await orgOf('orgadmin2');
    const [r] = await rows<{ id: number }>(
      c.t.db,
      sql`INSERT INTO showcase_vote_rounds (title, org_id, org_path, nomination_deadline, voting_opens_at, voting_closes_at, status)
          VALUES ('某单位内部评选', ${o2.id}, ${o2.path}, now() - interval '2 days', now() - interval '1 day', now() + interval '1 day', 'voting') RETURNING id`,
    );
    const [branch] = await rows<{ id: number }>(c.t.db, sql`SELECT id FROM orgs WHERE kind = 'branch' AND path NOT LIKE ${o2.path + '%'} ORDER BY id LIMIT 1`);
    const [outsider] = await bulkMembers(c.t.db, branch.id, 1, 'outside');
    const get = await c.t.app.inject({ method: 'GET', url: `/api/v1/showcase/voting/${r.id}`, headers: { cookie: outsider.cookie } });
    expect(get.statusCode).toBe(404);
    const list = await c.t.app.inject({ method: 'GET', url: '/api/v1/showcase/voting', headers: { cookie: outsider.cookie } });
    expect(list.json().items.map((x: { id: number }) => x.id)).not.toContain(r.id);
  });

  it('closing picks the winner for the wall and shows the counts; later votes are refused', async () => {
    // B takes the lead with the demo member's vote.
    expect((await c.member.post(`/api/v1/showcase/voting/${roundId}/votes`, { nominationId: nom.b })).statusCode).toBe(200);
    expect((await c.admin.post(`/api/v1/showcase/rounds/${roundId}/status`, { to: 'closed' })).statusCode).toBe(200);
    const ballot = (await c.member.get(`/api/v1/showcase/voting/${roundId}`)).json();
    expect(ballot.round).toMatchObject({ open: false, resultsVisible: true });
    expect(ballot.nominees.map((n: { nominationId: number; voteCount: number; winner: boolean }) => [n.nominationId, n.voteCount, n.winner])).toEqual([
      [nom.b, 31, true],
      [nom.a, 30, false],
    ]);
    expect((await c.member.post(`/api/v1/showcase/voting/${roundId}/votes`, { nominationId: nom.a })).json().error.code).toBe('vote_not_open');
    const wall = (await c.member.get('/api/v1/showcase/wall')).json();
    expect(wall.items.map((e: { id: number }) => e.id)).toEqual([ex.b]);
    // Published now (approved): the video of A plays for members, and its series lists it.
    const a = (await c.member.get(`/api/v1/showcase/exemplars/${ex.a}`)).json();
    expect((await c.member.get(`/api/v1/showcase/media/${a.media[0].id}/file`)).statusCode).toBe(200);
    const series = (await c.member.get('/api/v1/showcase/series')).json().items.find((s: { title: string }) => s.title === '青年显担当（测试）');
    expect(series.episodes).toBe(1);
    expect((await c.member.get(`/api/v1/showcase/exemplars/${ex.c}`)).statusCode).toBe(404);
  });

  it('figures equal the records: role models chosen and votes', async () => {
    const ctx = { db: c.t.db } as ModuleContext;
    const [root] = await rows<{ path: string }>(c.t.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL`);
    const o2 = await orgOf('orgadmin2');
    for (const m of roleModelMetrics) {
      for (const orgPath of [root.path, o2.path]) {
        const value = await m.value(ctx, { orgPath });
        const recs = await m.records!(ctx, { orgPath, page: 1, pageSize: 5 });
        expect(recs.total, m.name).toBe(value);
      }
    }
    const byName = async (name: string, orgPath: string) => roleModelMetrics.find((m) => m.name === name)!.value(ctx, { orgPath });
    expect(await byName('showcase.role_models', o2.path)).toBe(1);
    expect(await byName('showcase.votes', root.path)).toBe(61);
    expect(await byName('showcase.votes', o2.path)).toBe(31);
  });
});
