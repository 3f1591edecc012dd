import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { audit } from '../../../kernel/audit/audit.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { attachmentHeader, XLSX_MIME } from '../../../kernel/roster/columns.js';
import { loadRound, manageScope } from '../assessment.access.js';
import { resultUses } from '../assessment.schema.js';
import { roundParams, roundTargetParams } from '../rounds/rounds.dto.js';
import { resultOut } from '../rounds/rounds.responses.js';
import { allResults, roundDetail } from '../rounds/rounds.queries.js';
import { setUses } from './uses.js';
import { resultsPdf, resultsWorkbook, titleOf } from './exports.js';

const tags = ['assessment'];
const usesBody = z.object({ uses: z.array(z.enum(resultUses)).max(2) });
const exportQuery = z.object({ list: z.enum(['all', ...resultUses]).default('all').meta({ description: 'all 全部结果 · award 评先评优候选 · appointment 调整使用参考' }) });

/** Uses of confirmed results (评先评优 / 调整使用) and the exports of the results and of each list. */
export function usesRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const manage = { access: { permission: 'assessment.manage' } } as const;
  const base = '/api/v1/assessment/rounds/:id';

  app.put(
    `${base}/results/:targetId/uses`,
    { config: manage, schema: { tags, summary: '标记结果运用：评先评优候选、调整使用参考（已确认的轮次，留痕）', params: roundTargetParams, body: usesBody, response: { 200: resultOut } } },
    async (req) => {
      const out = await setUses(db, req, manageScope(requireAuth(req.auth)), req.params.id, req.params.targetId, req.body.uses);
      await ctx.events.publish('assessment.round_changed', { roundId: req.params.id, change: 'uses' });
      return out;
    },
  );

  for (const kind of ['xlsx', 'pdf'] as const) {
    const mime = kind === 'xlsx' ? XLSX_MIME : 'application/pdf';
    app.get(
      `${base}/export.${kind}`,
      {
        config: manage,
        schema: { tags, summary: kind === 'xlsx' ? '导出考核结果或名单（Excel）' : '导出考核结果或名单（可打印 PDF）', params: roundParams, querystring: exportQuery, response: { 200: fileOut(mime, '考核结果 · the results') } },
      },
      async (req, reply) => {
        const r = await loadRound(db, manageScope(requireAuth(req.auth)), req.params.id);
        const d = await roundDetail(db, r.id);
        const list = req.query.list;
        const lines = await allResults(db, r.id, list === 'all' ? undefined : list);
        const head = { roundName: r.name, periodFrom: r.periodFrom, periodTo: r.periodTo, scopeOrgName: d.scopeOrgName, status: r.status, list };
        const buf = kind === 'xlsx' ? await resultsWorkbook(head, lines) : await resultsPdf(head, lines);
        await audit(db, req, { action: 'assessment.results_export', entity: 'assessment_round', entityId: r.id, orgId: r.scopeOrgId, orgPath: r.scopeOrgPath, summary: `${titleOf(head)} (${kind}): ${lines.length}` });
        return reply.header('content-type', mime).header('content-disposition', attachmentHeader(`${titleOf(head)}.${kind}`)).send(buf);
      },
    );
  }
}
