import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { copyIntoContentUploads, createFromReport, removeContentUpload, type FromReportInput } from '../../content/index.js';
import { imageKinds } from '../../../kernel/files/uploads.js';
import { pathOfKey } from '../../../kernel/files/stored-keys.js';
import { downloadNameOf, fileOfKey } from './output-file.js';
import { pairingResearchOutputs } from '../pairing.schema.js';
import { outputRef, topicInScope, topicOfParticipant, type OutputActor, type TopicRef } from './research.access.js';
import type { OutputInput, OutputPatch } from './research.dto.js';
import { editableStatuses, nextStatus, type OutputAction, type OutputStatus } from './output-states.js';

const topicFor = (tx: Db, actor: OutputActor, topicId: number): Promise<TopicRef> =>
  actor.kind === 'admin' ? topicInScope(tx, actor.scope, topicId, { lock: true }) : topicOfParticipant(tx, actor.participant, topicId, { lead: true, lock: true });

const auditOutput = (tx: Db, req: FastifyRequest, t: TopicRef, action: OutputAction | 'create' | 'update', outputId: number, summary: string, after?: unknown) =>
  audit(tx, req, { action: `pairing.research_output_${action}`, entity: 'pairing_research_output', entityId: outputId, orgId: t.orgId, orgPath: t.orgPath, summary, after });

/** A draft output of an active topic. */
export async function createOutput(db: Db, req: FastifyRequest, auth: AuthContext, actor: OutputActor, topicId: number, input: OutputInput) {
  return transaction(db, async (tx) => {
    const t = await topicFor(tx, actor, topicId);
    if (t.status !== 'active') throw new AppError('invalid_transition', { status: t.status, message: 'the topic is concluded' });
    const [r] = await tx
      .insert(pairingResearchOutputs)
      .values({ topicId, kind: input.kind, title: input.title, summary: input.summary, body: input.body, createdBy: auth.accountId })
      .returning({ id: pairingResearchOutputs.id });
    await auditOutput(tx, req, t, 'create', r.id, input.title, { topicId, kind: input.kind, title: input.title });
    return { id: r.id, topicId };
  });
}

/** Changes the text of a draft or a returned output. */
export async function updateOutput(db: Db, req: FastifyRequest, actor: OutputActor, id: number, patch: OutputPatch) {
  return transaction(db, async (tx) => {
    const r = await outputRef(tx, id, { lock: true });
    const t = await topicFor(tx, actor, r.topicId);
    if (!editableStatuses.includes(r.status as OutputStatus)) throw new AppError('invalid_transition', { status: r.status, action: 'edit' });
    await tx.update(pairingResearchOutputs).set(patch).where(sql`id = ${id}`);
    await auditOutput(tx, req, t, 'update', id, patch.title ?? r.title, { fields: Object.keys(patch) });
    return { id, topicId: r.topicId };
  });
}

/**
 * The output's file as content media, copied: a PDF makes the item a PDF document, an image its poster, a Word file the
 * article's document to download.
 */
async function mediaOfOutput(dataDir: string, title: string, fileKey: string | null): Promise<Pick<FromReportInput, 'kind' | 'files'>> {
  const file = fileOfKey(fileKey);
  const slot = file?.kind === 'pdf' ? 'pdf' : file?.kind === 'docx' ? 'document' : file && imageKinds.includes(file.kind) ? 'poster' : null;
  if (!file || !slot) return { kind: 'article', files: [] };
  const copy = await copyIntoContentUploads(dataDir, pathOfKey(dataDir, fileKey!));
  return { kind: slot === 'pdf' ? 'pdf' : 'article', files: [{ slot, ...copy, mime: file.mime, originalName: downloadNameOf(title, file.kind) }] };
}

/**
 * One step of the review. Publishing puts the approved output into the content library as an item of the topic's
 * organisation (`content_id`), with a copy of its file (`mediaOfOutput`), so content's readers and reading records
 * apply; the review itself stays here, since content offers no review command to other modules.
 */
export async function moveOutput(db: Db, dataDir: string, req: FastifyRequest, auth: AuthContext, actor: OutputActor, id: number, action: OutputAction, note?: string) {
  const copied: string[] = [];
  try {
    return await transaction(db, (tx) => stepOutput(tx, dataDir, copied, req, auth, actor, id, action, note));
  } catch (err) {
    // Nothing was published: the copies made for it go too.
    for (const key of copied) await removeContentUpload(dataDir, key);
    throw err;
  }
}

async function stepOutput(tx: Db, dataDir: string, copied: string[], req: FastifyRequest, auth: AuthContext, actor: OutputActor, id: number, action: OutputAction, note?: string) {
  const r = await outputRef(tx, id, { lock: true });
  const t = await topicFor(tx, actor, r.topicId);
  const to = nextStatus(r.status as OutputStatus, action);
  if (!to) throw new AppError('invalid_transition', { from: r.status, action });
  const now = new Date();
  const set: Partial<typeof pairingResearchOutputs.$inferInsert> = { status: to };
  if (action === 'submit') Object.assign(set, { submittedAt: now });
  if (action === 'approve' || action === 'return') Object.assign(set, { reviewedBy: auth.accountId, reviewedAt: now, reviewNote: note ?? null });
  if (action === 'publish') {
    const media = await mediaOfOutput(dataDir, r.title, r.fileKey);
    copied.push(...(media.files ?? []).map((f) => f.storageKey));
    const contentId = await createFromReport(tx, req, {
      ...media,
      source: `pairing_output:${id}`,
      title: r.title,
      summary: r.summary || undefined,
      body: r.body || `<p>${escapeHtml(r.summary || r.title)}</p>`,
      orgId: t.orgId,
      orgPath: t.orgPath,
      audiencePaths: [],
      createdBy: auth.accountId,
    });
    Object.assign(set, { publishedAt: now, contentId });
  }
  await tx.update(pairingResearchOutputs).set(set).where(sql`id = ${id}`);
  await auditOutput(tx, req, t, action, id, r.title, { from: r.status, to, note: note ?? null, contentId: set.contentId ?? null });
  return { id, topicId: r.topicId, contentId: set.contentId ?? null, orgId: t.orgId };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
