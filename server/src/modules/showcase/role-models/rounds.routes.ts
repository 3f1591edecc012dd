import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { idParams } from '../../../kernel/dto.js';
import { inScope } from '../../../kernel/access/scope.js';
import { audit } from '../../../kernel/audit/audit.js';
import { AppError } from '../../../kernel/errors.js';
import { rows } from '../../../kernel/db/client.js';
import { showcaseScope, type ShowcasePermission } from '../showcase.access.js';
import { showcaseVideoSeries } from './role-models.schema.js';
import {
  ballotOut, nominationBody, nominationListQuery, nominationOut, nominationPage, nominationReviewBody, roundBody, roundListQuery, roundOut, roundPage, roundStatusBody, seriesBody, seriesDetailOut, seriesOut, voteBody, votingRoundsOut,
} from './role-models.dto.js';
import { createRound, listNominations, listRounds, managedRound, moveRound, nominate, nominationOutById, reviewNomination, roundOutById } from './rounds.js';
import { ballotOf, castVote, votingRounds } from './voting.js';

const tags = ['showcase'];

/** Rounds of nominations and public votes, the members' ballots, and the micro-video series. */
export function roundRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const submit = { access: { permission: 'showcase.submit' } } as const;
  const manage = { access: { permission: 'showcase.manage' } } as const;
  const session = { access: 'session' } as const;
  const scope = (req: FastifyRequest, p: ShowcasePermission) => showcaseScope(requireAuth(req.auth), p);

  app.get('/api/v1/showcase/rounds', { config: manage, schema: { tags, operationId: 'showcase.listRounds', summary: '典型推荐与投票轮次（管理）', querystring: roundListQuery, response: { 200: roundPage } } }, async (req) =>
    listRounds(db, inScope(sql`r.org_path`, scope(req, 'showcase.manage')), req.query),
  );
  app.post('/api/v1/showcase/rounds', { config: manage, schema: { tags, operationId: 'showcase.createRound', summary: '新建推荐与投票轮次：推荐截止、投票时间、每人票数、结果是否隐藏、入选名额', body: roundBody, response: { 201: roundOut } } }, async (req, reply) => {
    const id = await createRound(db, req, requireAuth(req.auth), scope(req, 'showcase.manage'), req.body);
    return reply.status(201).send(await roundOutById(db, id));
  });
  app.get('/api/v1/showcase/rounds/:id', { config: manage, schema: { tags, operationId: 'showcase.getRound', summary: '轮次详情（管理）', params: idParams, response: { 200: roundOut } } }, async (req) => {
    await managedRound(db, scope(req, 'showcase.manage'), req.params.id);
    return roundOutById(db, req.params.id);
  });
  app.post('/api/v1/showcase/rounds/:id/status', { config: manage, schema: { tags, operationId: 'showcase.moveRound', summary: '开始推荐 / 开始投票 / 结束投票（得票最多者入选并上墙）', params: idParams, body: roundStatusBody, response: { 200: roundOut } } }, async (req) => {
    await moveRound(db, req, scope(req, 'showcase.manage'), req.params.id, req.body.to);
    return roundOutById(db, req.params.id);
  });
  app.get('/api/v1/showcase/rounds/:id/nominations', { config: manage, schema: { tags, operationId: 'showcase.roundNominations', summary: '轮次的推荐（审核与实时票数）', params: idParams, querystring: nominationListQuery, response: { 200: nominationPage } } }, async (req) => {
    await managedRound(db, scope(req, 'showcase.manage'), req.params.id);
    return listNominations(db, sql`n.round_id = ${req.params.id}`, req.query);
  });
  app.post('/api/v1/showcase/nominations/:id/review', { config: manage, schema: { tags, operationId: 'showcase.reviewNomination', summary: '审核推荐（通过后进入投票）', params: idParams, body: nominationReviewBody, response: { 200: nominationOut } } }, async (req) => {
    await reviewNomination(db, req, requireAuth(req.auth), scope(req, 'showcase.manage'), req.params.id, req.body.decision, req.body.note);
    return nominationOutById(db, req.params.id);
  });

  app.get('/api/v1/showcase/open-rounds', { config: submit, schema: { tags, operationId: 'showcase.openRounds', summary: '本单位可推荐的轮次（推荐中）', response: { 200: roundPage } } }, async (req) => {
    const paths = scope(req, 'showcase.submit').paths;
    const reach = paths.length ? sql`r.status = 'nominating' AND r.nomination_deadline > now() AND (${sql.join(paths.map((p) => sql`${p} LIKE r.org_path || '%'`), sql` OR `)})` : sql`false`;
    return listRounds(db, reach, { page: 1, pageSize: 50 });
  });
  app.get('/api/v1/showcase/nominations', { config: submit, schema: { tags, operationId: 'showcase.listNominations', summary: '本单位的推荐', querystring: nominationListQuery, response: { 200: nominationPage } } }, async (req) =>
    listNominations(db, inScope(sql`n.org_path`, scope(req, 'showcase.submit')), req.query, true),
  );
  app.post('/api/v1/showcase/nominations', { config: submit, schema: { tags, operationId: 'showcase.nominate', summary: '推荐典型（附推荐材料，推荐截止前）', body: nominationBody, response: { 201: nominationOut } } }, async (req, reply) => {
    const id = await nominate(db, req, requireAuth(req.auth), scope(req, 'showcase.submit'), req.body);
    const { items } = await listNominations(db, sql`n.id = ${id}`, { page: 1, pageSize: 1 }, true);
    return reply.status(201).send(items[0]);
  });

  app.get('/api/v1/showcase/voting', { config: session, schema: { tags, operationId: 'showcase.votingRounds', summary: '我可参加的投票', response: { 200: votingRoundsOut } } }, async (req) => votingRounds(db, requireAuth(req.auth)));
  app.get('/api/v1/showcase/voting/:id', { config: session, schema: { tags, operationId: 'showcase.ballot', summary: '投票页：候选典型、我的投票、剩余票数（结果隐藏时不显示票数）', params: idParams, response: { 200: ballotOut } } }, async (req) =>
    ballotOf(db, requireAuth(req.auth), req.params.id),
  );
  app.post('/api/v1/showcase/voting/:id/votes', { config: session, schema: { tags, operationId: 'showcase.vote', summary: '投票（每名候选人一票，每轮不超过规定票数）', params: idParams, body: voteBody, response: { 200: ballotOut } } }, async (req) => {
    await castVote(db, req, requireAuth(req.auth), req.params.id, req.body.nominationId);
    return ballotOf(db, requireAuth(req.auth), req.params.id);
  });

  app.get('/api/v1/showcase/series', { config: session, schema: { tags, operationId: 'showcase.listSeries', summary: '微视频系列（《巾帼之话产业》《青年显担当》《奔赴》）', response: { 200: z.object({ items: z.array(seriesOut) }) } } }, async () => ({
    items: await rows<z.infer<typeof seriesOut>>(db, sql`SELECT s.id, s.title, s.description, (SELECT count(*)::int FROM showcase_exemplar_media m JOIN showcase_exemplars e ON e.id = m.exemplar_id WHERE m.series_id = s.id AND e.status = 'published') AS episodes FROM showcase_video_series s ORDER BY s.sort, s.id`),
  }));
  app.get('/api/v1/showcase/series/:id', { config: session, schema: { tags, operationId: 'showcase.getSeries', summary: '微视频系列：各集', params: idParams, response: { 200: seriesDetailOut } } }, async (req) => {
    const [s] = await rows<z.infer<typeof seriesOut>>(db, sql`SELECT id, title, description, 0 AS episodes FROM showcase_video_series WHERE id = ${req.params.id}`);
    if (!s) throw new AppError('not_found');
    const items = await rows<z.infer<typeof seriesDetailOut>['items'][number]>(
      db,
      sql`SELECT m.id, m.kind, m.title, m.series_id AS "seriesId", m.episode, m.poster_key IS NOT NULL AS "hasPoster", m.size::int AS size, e.id AS "exemplarId", e.name AS "exemplarName", o.name AS "orgName"
            FROM showcase_exemplar_media m JOIN showcase_exemplars e ON e.id = m.exemplar_id JOIN orgs o ON o.id = e.org_id
           WHERE m.series_id = ${s.id} AND e.status = 'published' ORDER BY m.episode NULLS LAST, m.id`,
    );
    return { ...s, episodes: items.length, items };
  });
  app.post('/api/v1/showcase/series', { config: manage, schema: { tags, operationId: 'showcase.createSeries', summary: '新建微视频系列', body: seriesBody, response: { 201: seriesOut } } }, async (req, reply) => {
    const [s] = await db.insert(showcaseVideoSeries).values(req.body).onConflictDoNothing().returning({ id: showcaseVideoSeries.id });
    if (!s) throw new AppError('conflict', [{ field: 'title', message: 'a series with this title exists' }]);
    await audit(db, req, { action: 'showcase.series_create', entity: 'showcase_video_series', entityId: s.id, summary: req.body.title, after: req.body });
    return reply.status(201).send({ id: s.id, title: req.body.title, description: req.body.description, episodes: 0 });
  });
}
