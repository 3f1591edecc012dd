import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { mimeOf, sendStoredFile } from '../../../kernel/files/uploads.js';
import { uploadsDir } from '../../../kernel/files/stored-keys.js';
import { pairingScope } from '../pairing.access.js';
import './research.events.js';
import { idParams } from './research.dto.js';
import { outputById } from './research.queries.js';
import { cadreParticipant, entrepreneurParticipant, outputRef, topicInScope, topicOfParticipant, type OutputActor, type Participant } from './research.access.js';
import { attachOutputFile, downloadNameOf, fileOfKey, outputFileKinds, removeOutputFile } from './output-file.js';
import { outputOut } from './research.responses.js';

const tags = ['pairing'];
const fileResponse = fileOut([...new Set(outputFileKinds.map((k) => mimeOf[k]))], '研究成果文件（PDF、Word 或图片）· the output file: PDF, DOCX or an image');

type Side = {
  base: string;
  who: string;
  op: string;
  read: string;
  write: string;
  /** Who writes: an admin in the pairing.manage scope, or the topic's lead. */
  actor: (req: FastifyRequest) => Promise<OutputActor>;
  /** Throws 404 unless the caller may read outputs of the topic. */
  canRead: (req: FastifyRequest, topicId: number) => Promise<unknown>;
};

/**
 * The file of a research output (a report or a policy proposal as PDF, DOCX or image), at each reader's own address:
 * admins (pairing.read to download, pairing.manage to attach) for topics of their subtree, participants — current or
 * past — of the topic (the lead attaches). Anyone else, or an output without a file, is 404.
 */
export function outputFileRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const participantSide = (base: string, permission: string, who: string, op: string, participant: (req: FastifyRequest) => Promise<Participant>): Side => ({
    base,
    who,
    op,
    read: permission,
    write: permission,
    actor: async (req) => ({ kind: 'lead', participant: await participant(req) }),
    canRead: async (req, topicId) => topicOfParticipant(db, await participant(req), topicId),
  });
  const sides: Side[] = [
    {
      base: '/api/v1/pairing/research',
      who: '管理',
      op: '',
      read: 'pairing.read',
      write: 'pairing.manage',
      actor: async (req) => ({ kind: 'admin', scope: pairingScope(requireAuth(req.auth), 'pairing.manage') }),
      canRead: (req, topicId) => topicInScope(db, pairingScope(requireAuth(req.auth), 'pairing.read'), topicId),
    },
    participantSide('/api/v1/me/research', 'pairing.cadre', '干部', 'AsCadre', async (req) => cadreParticipant(requireAuth(req.auth))),
    participantSide('/api/v1/me/entrepreneur/research', 'pairing.entrepreneur', '企业家', 'AsEntrepreneur', (req) => entrepreneurParticipant(db, requireAuth(req.auth))),
  ];
  for (const side of sides) sideRoutes(app, ctx, side);
}

function sideRoutes(app: App, ctx: ModuleContext, side: Side) {
  const { db, env, events } = ctx;
  const path = `${side.base}/outputs/:id/file`;
  const changed = (topicId: number, outputId: number) => events.publish('pairing.research_changed', { topicId, change: 'output_updated', outputId });

  app.post(
    path,
    {
      config: { access: { permission: side.write } },
      schema: {
        tags,
        operationId: `pairing.attachResearchOutputFile${side.op}`,
        summary: `上传研究成果文件（PDF、Word 或图片，20MB 以内；草稿或退回修改中，替换原文件；multipart 字段 file）（${side.who}）`,
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: outputOut },
      },
    },
    async (req) => {
      const r = await attachOutputFile(db, env.DATA_DIR, req, await side.actor(req), req.params.id);
      await changed(r.topicId, r.id);
      return outputById(db, r.id);
    },
  );

  app.delete(
    path,
    { config: { access: { permission: side.write } }, schema: { tags, operationId: `pairing.removeResearchOutputFile${side.op}`, summary: `删除研究成果文件（草稿或退回修改中）（${side.who}）`, params: idParams, response: { 200: outputOut } } },
    async (req) => {
      const r = await removeOutputFile(db, env.DATA_DIR, req, await side.actor(req), req.params.id);
      await changed(r.topicId, r.id);
      return outputById(db, r.id);
    },
  );

  app.get(
    path,
    { config: { access: { permission: side.read } }, schema: { tags, operationId: `pairing.getResearchOutputFile${side.op}`, summary: `下载研究成果文件（${side.who}）`, params: idParams, response: { 200: fileResponse } } },
    async (req, reply) => {
      const r = await outputRef(db, req.params.id);
      await side.canRead(req, r.topicId);
      const file = fileOfKey(r.fileKey);
      if (!file) throw new AppError('not_found');
      return sendStoredFile(req, reply, {
        dir: uploadsDir(env.DATA_DIR, file.area),
        storageKey: file.storageKey,
        mime: file.mime,
        downloadName: file.mime.startsWith('image/') ? undefined : downloadNameOf(r.title, file.kind),
      });
    },
  );
}
