import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { pathInScope, scopeFor, type Scope } from '../../../kernel/access/scope.js';
import { fileOut, okOut } from '../../../kernel/openapi/responses.js';
import { XLSX_MIME, attachmentHeader } from '../../../kernel/roster/columns.js';
import { shanghaiDay } from '../../../kernel/time.js';
import { boardQuery, periodListQuery, periodParams, periodSquadParams, rankingQuery, ratingBody, rubricBody, squadParams, yearParams, yearSettingsBody } from './scoring.dto.js';
import { boardOut, closeOut, historyOut, periodOut, periodsCreatedOut, periodsOut, rankingOut, ratingFormOut, rubricOut, squadScoreOut, yearOut } from './scoring.responses.js';
import { currentPeriod, getPeriod, listPeriods, periodLabel, yearSettings, type Period } from './periods.js';
import { createPeriods, rubricOf, saveRubric, saveYearSettings } from './years.js';
import { closePeriod, computePeriod, rankingOf, snapshotsOf, type ComputedSquad } from './service.js';
import { ratingForm, saveRatings, squadInScope } from './ratings.js';
import { rankingWorkbook, squadHistory } from './history.js';

const tags = ['squads'];
const read = { permission: 'squads.read' };
const configure = { permission: 'squads.configure' };
const rate = { permission: 'squads.rate' };
const BOARD_TTL_MS = 60_000;

const periodView = (p: Period) => ({ ...p, label: periodLabel(p) });

/** 五比一做 scoring: year settings, periods, the computed preview and ranking, ratings, closing, history, export, the public board. */
export function scoringRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const base = '/api/v1/squads/scoring';

  const periodOr404 = async (id: number) => {
    const p = await getPeriod(db, id);
    if (!p) throw new AppError('not_found');
    return p;
  };
  const orgNames = async (ids: number[]) => {
    if (ids.length === 0) return new Map<number, string>();
    const list = await rows<{ id: number; name: string }>(db, sql`SELECT id, name FROM orgs WHERE id = ANY(${`{${[...new Set(ids)].join(',')}}`}::int[])`);
    return new Map(list.map((o) => [o.id, o.name]));
  };
  const withOrgNames = async (list: ComputedSquad[]) => {
    const names = await orgNames(list.map((r) => r.orgId));
    return list.map(({ inputs: _inputs, orgPath: _orgPath, ...r }) => ({ ...r, orgName: names.get(r.orgId) ?? '' }));
  };
  /** The lines of the caller's scope (ranks stay those of the whole competition), optionally under one organisation and by name. */
  const scopedLines = async (all: ComputedSquad[], scope: Scope, query: { q?: string; orgId?: number }) => {
    let list = all.filter((r) => pathInScope(r.orgPath, scope));
    if (query.orgId) {
      const [o] = await rows<{ path: string }>(db, sql`SELECT path FROM orgs WHERE id = ${query.orgId}`);
      if (!o || !pathInScope(o.path, scope)) throw new AppError('not_found', { field: 'orgId' });
      list = list.filter((r) => r.orgPath.startsWith(o.path));
    }
    if (query.q) list = list.filter((r) => r.name.includes(query.q!));
    return list;
  };

  app.get(`${base}/years/:year`, { config: { access: read }, schema: { tags, summary: '年度考评设置（周期、权重、评分细则）', params: yearParams, response: { 200: yearOut } } }, async (req) => {
    const y = req.params.year;
    const [settings, criteria, periods] = await Promise.all([yearSettings(db, y), rubricOf(db, y), listPeriods(db, y)]);
    return { ...settings, criteria, periods: periods.map(periodView) };
  });

  app.put(`${base}/years/:year`, { config: { access: configure }, schema: { tags, summary: '保存年度考评设置', params: yearParams, body: yearSettingsBody, response: { 200: yearOut } } }, async (req) => {
    const y = req.params.year;
    await saveYearSettings(db, req, y, req.body);
    const [settings, criteria, periods] = await Promise.all([yearSettings(db, y), rubricOf(db, y), listPeriods(db, y)]);
    return { ...settings, criteria, periods: periods.map(periodView) };
  });

  app.put(`${base}/years/:year/rubric`, { config: { access: configure }, schema: { tags, summary: '保存“比作为”评分细则（3–5 项）', params: yearParams, body: rubricBody, response: { 200: rubricOut } } }, async (req) => ({
    items: await saveRubric(db, req, req.params.year, req.body.criteria),
  }));

  app.post(`${base}/years/:year/periods`, { config: { access: configure }, schema: { tags, summary: '生成年度考评周期（按月或按季度）', params: yearParams, response: { 200: periodsCreatedOut } } }, async (req) => {
    const r = await createPeriods(db, req, req.params.year);
    return { created: r.created, items: r.items.map(periodView) };
  });

  app.get(`${base}/periods`, { config: { access: read }, schema: { tags, summary: '考评周期列表', querystring: periodListQuery, response: { 200: periodsOut } } }, async (req) => ({
    items: (await listPeriods(db, req.query.year)).map(periodView),
  }));

  app.get(
    `${base}/periods/:id/ranking`,
    { config: { access: read }, schema: { tags, summary: '五比一做排名（开放周期实时计算，已结算周期为快照）', params: periodParams, querystring: rankingQuery, response: { 200: rankingOut } } },
    async (req) => {
      const scope = scopeFor(requireAuth(req.auth), 'squads.read');
      const p = await periodOr404(req.params.id);
      const all = await rankingOf(ctx, p);
      const list = await scopedLines(all, scope, req.query);
      const { page, pageSize } = req.query;
      return {
        period: periodView(p),
        live: p.status === 'open',
        ranked: all.length,
        items: await withOrgNames(list.slice((page - 1) * pageSize, page * pageSize)),
        total: list.length,
        page,
        pageSize,
      };
    },
  );

  app.get(
    `${base}/periods/:id/ranking.xlsx`,
    { config: { access: read }, schema: { tags, summary: '导出排名（Excel，范围内）', params: periodParams, querystring: rankingQuery.omit({ page: true, pageSize: true }), response: { 200: fileOut(XLSX_MIME, '排名表 · the ranking workbook') } } },
    async (req, reply) => {
      const scope = scopeFor(requireAuth(req.auth), 'squads.read');
      const p = await periodOr404(req.params.id);
      const list = await withOrgNames(await scopedLines(await rankingOf(ctx, p), scope, req.query));
      const title = `${periodLabel(p)}“五比一做”排名${p.status === 'open' ? '（实时，未结算）' : ''}`;
      const buf = await rankingWorkbook(title, list);
      await audit(db, req, { action: 'squads.ranking_export', entity: 'squad_period', entityId: p.id, summary: `${title}: ${list.length} squads` });
      reply.header('content-type', XLSX_MIME).header('content-disposition', attachmentHeader(`${periodLabel(p)}五比一做排名.xlsx`));
      return reply.send(buf);
    },
  );

  app.get(
    `${base}/periods/:id/squads/:squadId`,
    { config: { access: read }, schema: { tags, summary: '尖刀班本期得分与依据（下钻）', params: periodSquadParams, response: { 200: squadScoreOut } } },
    async (req) => {
      const scope = scopeFor(requireAuth(req.auth), 'squads.read');
      const p = await periodOr404(req.params.id);
      await squadInScope(ctx, scope, req.params.squadId);
      const line = (p.status === 'closed' ? await snapshotsOf(ctx, p.id, { withInputs: true, squadId: req.params.squadId }) : await computePeriod(ctx, p)).find(
        (r) => r.squadId === req.params.squadId,
      );
      if (!line) throw new AppError('not_found');
      const members = (line.inputs?.learning?.members ?? []).map((m) => m.personId);
      const people = members.length ? await rows<{ personId: number; name: string }>(db, sql`SELECT id AS "personId", name FROM people WHERE id = ANY(${`{${members.join(',')}}`}::int[]) ORDER BY id`) : [];
      const [named] = await withOrgNames([line]);
      return { period: periodView(p), live: p.status === 'open', line: named, inputs: line.inputs as unknown as Record<string, unknown>, members: people };
    },
  );

  app.post(`${base}/periods/:id/close`, { config: { access: configure }, schema: { tags, summary: '结算考评周期（冻结得分、排名与“一做”）', params: periodParams, response: { 200: closeOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const n = await closePeriod(ctx, req, req.params.id, auth.accountId);
    return { period: periodView((await getPeriod(db, req.params.id))!), squads: n };
  });

  app.get(
    `${base}/periods/:id/ratings/:squadId`,
    { config: { access: rate }, schema: { tags, summary: '“比作为”评分表（含其余四项计算得分）', params: periodSquadParams, response: { 200: ratingFormOut } } },
    async (req) => {
      const auth = requireAuth(req.auth);
      return ratingForm(ctx, scopeFor(auth, 'squads.rate'), req.params.id, req.params.squadId, auth.accountId);
    },
  );

  app.put(
    `${base}/periods/:id/ratings/:squadId`,
    { config: { access: rate }, schema: { tags, summary: '提交“比作为”评分', params: periodSquadParams, body: ratingBody, response: { 200: okOut } } },
    async (req) => {
      const auth = requireAuth(req.auth);
      await saveRatings(ctx, req, scopeFor(auth, 'squads.rate'), req.params.id, req.params.squadId, auth.accountId, req.body.scores);
      return { ok: true as const };
    },
  );

  app.get(`${base}/squads/:squadId/history`, { config: { access: read }, schema: { tags, summary: '尖刀班历次得分（雷达图、排名走势）', params: squadParams, response: { 200: historyOut } } }, async (req) => {
    const squad = await squadInScope(ctx, scopeFor(requireAuth(req.auth), 'squads.read'), req.params.squadId);
    return { squad: { id: squad.id, name: squad.name }, ...(await squadHistory(ctx, squad.id)) };
  });

  app.get(`/api/v1/me/squad-scores`, { config: { access: { permission: 'squads.join' } }, schema: { tags, summary: '我的尖刀班历次得分与排名', response: { 200: historyOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    if (!auth.personId) throw new AppError('person_required');
    const [s] = await rows<{ id: number; name: string }>(
      db,
      sql`SELECT s.id, s.name FROM squad_members m JOIN squads s ON s.id = m.squad_id WHERE m.person_id = ${auth.personId} AND m.status = 'active'`,
    );
    if (!s) return { squad: null, items: [] };
    return { squad: s, ...(await squadHistory(ctx, s.id)) };
  });

  // The big screen's board is public (no sign-in on a wall display): squad and organisation names and scores only, no
  // people. The period is the open one containing today (computed, kept a minute), else the latest closed one.
  let board: { at: number; periodId: number; lines: ComputedSquad[] } | null = null;
  app.get(
    `${base}/board`,
    { config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { tags, summary: '大屏：本期尖刀班排行（公开）', querystring: boardQuery, response: { 200: boardOut } } },
    async (req) => {
      const p = await currentPeriod(db, shanghaiDay(new Date()));
      if (!p) return { period: null, items: [] };
      if (!board || board.periodId !== p.id || Date.now() - board.at > BOARD_TTL_MS) {
        board = { at: Date.now(), periodId: p.id, lines: await rankingOf(ctx, p) };
      }
      const top = await withOrgNames(board.lines.slice(0, req.query.limit));
      return {
        period: { id: p.id, label: periodLabel(p), status: p.status },
        items: top.map((r) => ({ rank: r.rank, name: r.name, orgName: r.orgName, learning: r.learning, skill: r.skill, innovation: r.innovation, duty: r.duty, performance: r.performance, total: r.total, movement: r.movement, badge: r.badge })),
      };
    },
  );
}
