import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { assertActive, loadSquad, myMembership, squadById, squadInScope, squadScope } from '../squads.access.js';
import { idParams } from '../squads/squads.dto.js';
import { evidenceQuery } from '../tasks/tasks.dto.js';
import { documentKinds, insertEvidence, keepingFile, receiveEvidence } from '../tasks/evidence.js';
import { acceptBody, declineBody, innovationListQuery, submitInnovationBody } from './innovations.dto.js';
import { innovationById, innovationsWhere } from './innovations.queries.js';
import { innovationListOut, innovationOut } from './innovations.responses.js';

const tags = ['squads'];

interface InnovationRow {
  id: number;
  squad_id: number;
  title: string;
  status: 'submitted' | 'accepted' | 'declined';
  org_id: number;
  org_path: string;
}
const innovationSelect = sql`SELECT i.id, i.squad_id, i.title, i.status, s.org_id, s.org_path FROM squad_innovations i JOIN squads s ON s.id = i.squad_id`;

/** Innovation items (比创新): a squad's members submit with evidence; the supervising organisation accepts or declines with a reason. */
export function innovationsRoutes(app: App, ctx: ModuleContext) {
  const { db, env, events } = ctx;
  const read = { access: { permission: 'squads.read' } } as const;
  const write = { access: { permission: 'squads.write' } } as const;
  const join = { access: { permission: 'squads.join' } } as const;

  app.get('/api/v1/squads/:id/innovations', { config: read, schema: { tags, summary: '创新成果列表', params: idParams, querystring: innovationListQuery, response: { 200: innovationListOut } } }, async (req) => {
    await loadSquad(db, squadScope(requireAuth(req.auth), 'squads.read'), req.params.id);
    return { items: await innovationsWhere(db, sql`i.squad_id = ${req.params.id} ${req.query.status ? sql`AND i.status = ${req.query.status}` : sql``}`) };
  });

  /** submitted → accepted | declined, by the supervising organisation. */
  async function decide(req: FastifyRequest, id: number, status: 'accepted' | 'declined', reason: string | null) {
    const scope = squadScope(requireAuth(req.auth), 'squads.write');
    const i = await transaction(db, async (tx) => {
      const [i] = await rows<InnovationRow>(tx, sql`${innovationSelect} WHERE i.id = ${id} AND ${squadInScope(scope)} FOR UPDATE OF i`);
      if (!i) throw new AppError('not_found');
      if (i.status !== 'submitted') throw new AppError('invalid_transition', { from: i.status, to: status });
      await tx.execute(sql`UPDATE squad_innovations SET status = ${status}, decided_by = ${req.auth?.accountId ?? null}, decided_at = now(), decision_reason = ${reason} WHERE id = ${id}`);
      await audit(tx, req, { action: `squads.innovation_${status === 'accepted' ? 'accept' : 'decline'}`, entity: 'squad_innovation', entityId: id, orgId: i.org_id, orgPath: i.org_path, summary: reason ? `${i.title}：${reason}` : i.title, after: { status, reason } });
      return i;
    });
    await events.publish('squads.innovation_changed', { squadId: i.squad_id, innovationId: id, change: status });
    return (await innovationById(db, id))!;
  }

  app.post('/api/v1/squad-innovations/:id/accept', { config: write, schema: { tags, summary: '采纳创新成果', params: idParams, body: acceptBody, response: { 200: innovationOut } } }, async (req) => decide(req, req.params.id, 'accepted', req.body.reason || null));

  app.post('/api/v1/squad-innovations/:id/decline', { config: write, schema: { tags, summary: '不予采纳（须说明理由）', params: idParams, body: declineBody, response: { 200: innovationOut } } }, async (req) => decide(req, req.params.id, 'declined', req.body.reason));

  app.get('/api/v1/me/squad/innovations', { config: join, schema: { tags, summary: '我的尖刀班的创新成果', querystring: innovationListQuery, response: { 200: innovationListOut } } }, async (req) => {
    const m = await myMembership(db, requireAuth(req.auth));
    return { items: await innovationsWhere(db, sql`i.squad_id = ${m.squadId} ${req.query.status ? sql`AND i.status = ${req.query.status}` : sql``}`) };
  });

  app.post('/api/v1/me/squad/innovations', { config: join, schema: { tags, summary: '提交创新成果（随后上传佐证）', body: submitInnovationBody, response: { 201: innovationOut } } }, async (req, reply) => {
    const m = await myMembership(db, requireAuth(req.auth));
    const id = await transaction(db, async (tx) => {
      const squad = await squadById(tx, m.squadId, { lock: true });
      assertActive(squad);
      const [i] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO squad_innovations (squad_id, kind, title, description, submitted_by) VALUES (${squad.id}, ${req.body.kind}, ${req.body.title}, ${req.body.description}, ${req.auth?.accountId ?? null}) RETURNING id`,
      );
      await audit(tx, req, { action: 'squads.innovation_submit', entity: 'squad_innovation', entityId: i.id, orgId: squad.org_id, orgPath: squad.org_path, summary: req.body.title, after: req.body });
      return i.id;
    });
    await events.publish('squads.innovation_changed', { squadId: m.squadId, innovationId: id, change: 'submitted' });
    return reply.status(201).send((await innovationById(db, id))!);
  });

  /** An innovation of my squad, still undecided, locked. */
  const lockMine = async (tx: Db, squadId: number, id: number) => {
    const [i] = await rows<InnovationRow>(tx, sql`${innovationSelect} WHERE i.id = ${id} AND i.squad_id = ${squadId} FOR UPDATE OF i`);
    if (!i) throw new AppError('not_found');
    if (i.status !== 'submitted') throw new AppError('invalid_transition', { from: i.status, to: 'evidence' });
    return i;
  };

  app.post('/api/v1/me/squad/innovations/:id/evidence', { config: join, schema: { tags, summary: '上传创新成果佐证（图片或 PDF，multipart 字段 file）', params: idParams, querystring: evidenceQuery, consumes: ['multipart/form-data'], response: { 201: innovationOut } } }, async (req, reply) => {
    const m = await myMembership(db, requireAuth(req.auth));
    await transaction(db, (tx) => lockMine(tx, m.squadId, req.params.id));
    const stored = await receiveEvidence(req, env.DATA_DIR, documentKinds);
    await keepingFile(env.DATA_DIR, stored, () =>
      transaction(db, async (tx) => {
        const i = await lockMine(tx, m.squadId, req.params.id);
        const evidenceId = await insertEvidence(tx, req, { squadId: m.squadId, innovationId: i.id }, stored, req.query.caption ?? '');
        await audit(tx, req, { action: 'squads.evidence_upload', entity: 'squad_innovation', entityId: i.id, orgId: i.org_id, orgPath: i.org_path, summary: `${stored.mime} ${stored.size} B`, after: { evidenceId } });
      }),
    );
    await events.publish('squads.innovation_changed', { squadId: m.squadId, innovationId: req.params.id, change: 'evidence' });
    return reply.status(201).send((await innovationById(db, req.params.id))!);
  });
}
