import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import { audit } from '../../kernel/audit/audit.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { scopeFor, pathInScope } from '../../kernel/access/scope.js';
import { asyncAnswerBody, awardParams, myResultsQuery, roundParams } from './contests.dto.js';
import { myResults } from './my-results.js';
import { answerAsync, nextQuestion } from './commands/async-play.js';
import { certificatePng } from './certificate.js';

import { fileOut } from '../../kernel/openapi/responses.js';
import { type MyAwardOut, type MyRoundOut, answerOut, myAwardsOut, myResultsOut, myRoundsOut, playOut } from './contests.responses.js';

const tags = ['contests'];
const play = { access: { permission: 'contests.play' } } as const;

/** Members: online rounds, their awards and certificates. */
export function playRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;

  app.get('/api/v1/contests/my/rounds', { config: play, schema: { tags, summary: '我可参加的竞赛轮次', response: { 200: myRoundsOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const path = auth.personOrgPath ?? '';
    const items = await rows<MyRoundOut>(
      db,
      sql`SELECT r.id, r.name, r.kind, r.code, r.phase, r.opens_at AS "opensAt", r.closes_at AS "closesAt", cardinality(r.question_ids) AS questions,
                 r.seconds_per_question AS "secondsPerQuestion", c.id AS "contestId", c.name AS "contestName"
            FROM contest_rounds r JOIN contests c ON c.id = r.contest_id
           WHERE r.phase <> 'ended' AND r.phase <> 'draft'
             AND (${path} LIKE c.org_path || '%' OR EXISTS (SELECT 1 FROM contest_teams t WHERE t.contest_id = c.id AND ${auth.personId ?? 0} = ANY(t.roster)))
           ORDER BY r.id DESC LIMIT 50`,
    );
    return { items };
  });

  // Read-only and the caller's own rows: what a phone needs to show a result again after a reload or once a round closed.
  app.get('/api/v1/contests/my/results', { config: play, schema: { tags, summary: '我的竞赛成绩（得分、名次、奖项）', querystring: myResultsQuery, response: { 200: myResultsOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    if (!auth.personId) return { items: [] };
    return { items: await myResults(db, auth.personId, req.query.roundId) };
  });

  app.post('/api/v1/contests/rounds/:roundId/play', { config: play, schema: { tags, summary: '线上轮次：取当前题目（服务器计时）', params: roundParams, response: { 200: playOut } } }, async (req) =>
    nextQuestion(db, requireAuth(req.auth), req.params.roundId),
  );

  app.post('/api/v1/contests/rounds/:roundId/answer', { config: play, schema: { tags, summary: '线上轮次：提交本题答案', params: roundParams, body: asyncAnswerBody, response: { 200: answerOut } } }, async (req) => {
    const r = await answerAsync(db, requireAuth(req.auth), req.params.roundId, req.body.index, req.body.choice);
    if (r.late) throw new AppError('contest_answer_late');
    return r;
  });

  app.get('/api/v1/contests/my/awards', { config: play, schema: { tags, summary: '我的获奖与证书', response: { 200: myAwardsOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const items = await rows<MyAwardOut>(
      db,
      sql`SELECT a.id, a.tier, a.rank, a.score, a.name, a.certificate_no AS "certificateNo", c.name AS "contestName", r.name AS "roundName", a.created_at AS "createdAt"
            FROM contest_awards a JOIN contests c ON c.id = a.contest_id JOIN contest_rounds r ON r.id = a.round_id
           WHERE a.person_id = ${auth.personId ?? 0}
              OR a.team_id IN (SELECT team_id FROM contest_players WHERE round_id = a.round_id AND person_id = ${auth.personId ?? 0})
           ORDER BY a.id DESC`,
    );
    return { items };
  });

  app.get('/api/v1/contests/awards/:awardId/certificate.png', { config: { access: 'session' }, schema: { tags, summary: '下载荣誉证书（PNG）', params: awardParams, response: { 200: fileOut('image/png', '荣誉证书（PNG）· The certificate as a PNG image') } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const [a] = await rows<{ id: number; tier: string; rank: number; score: number; name: string; certificate_no: string; person_id: number | null; team_id: number | null; round_id: number; created_at: string; contest_name: string; round_name: string; org_path: string; org_name: string }>(
      db,
      sql`SELECT a.*, c.name AS contest_name, r.name AS round_name, c.org_path, o.name AS org_name
            FROM contest_awards a JOIN contests c ON c.id = a.contest_id JOIN contest_rounds r ON r.id = a.round_id JOIN orgs o ON o.id = c.org_id WHERE a.id = ${req.params.awardId}`,
    );
    if (!a) throw new AppError('not_found');
    const [member] = a.team_id ? await rows(db, sql`SELECT 1 FROM contest_players WHERE round_id = ${a.round_id} AND team_id = ${a.team_id} AND person_id = ${auth.personId ?? 0}`) : [];
    const own = (a.person_id != null && a.person_id === auth.personId) || !!member;
    const organiser = auth.assignments.length > 0 && pathInScope(a.org_path, scopeFor(auth, 'contests.manage'));
    if (!own && !organiser) throw new AppError('not_found');
    const png = await certificatePng({ name: a.name, contestName: a.contest_name, roundName: a.round_name, tier: a.tier, rank: a.rank, score: a.score, certificateNo: a.certificate_no, issuer: a.org_name, date: new Date(a.created_at) });
    await audit(db, req, { action: 'contests.certificate', entity: 'contest_award', entityId: a.id, orgPath: a.org_path });
    return reply.header('content-type', 'image/png').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${a.certificate_no}.png`)}`).send(png);
  });
}
