import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../module.js';
import { AppError } from '../errors.js';
import { rows, transaction } from '../db/client.js';
import { scopeFor } from '../access/scope.js';
import { assertCityWide } from '../access/city-wide.js';
import { audit, diff } from '../audit/audit.js';
import { requireAuth } from '../auth/auth-context.js';
import {
  myPointsQuery,
  myPointsResponse,
  orgLeaderboardQuery,
  orgLeaderboardResponse,
  peopleLeaderboardQuery,
  peopleLeaderboardResponse,
  ruleItem,
  ruleParams,
  rulesResponse,
  ruleUpdateBody,
  ruleCreateBody,
  awardableEventsResponse,
  myTodayResponse,
} from './points.dto.js';
import { myToday } from './points.today.js';
import { awardableEvents, isAwardable } from './awardable.js';
import {
  listRules,
  myPoints,
  orgInScope,
  orgLeaderboard,
  orgOfOwnPerson,
  peopleLeaderboard,
  personOrgId,
  presentRule,
  scopeRootId,
  type RuleRow,
} from './points.queries.js';

export function pointsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const tags = ['points'];

  app.get(
    '/api/v1/points/me',
    { config: { access: 'session' }, schema: { tags, summary: '我的积分 My points', querystring: myPointsQuery, response: { 200: myPointsResponse } } },
    async (req) => {
      const auth = requireAuth(req.auth);
      if (auth.personId == null) throw new AppError('not_found', { reason: 'account has no person record' });
      return myPoints(db, auth.personId, req.query.page, req.query.pageSize);
    },
  );

  app.get(
    '/api/v1/points/my/today',
    { config: { access: 'session' }, schema: { tags, summary: '今日任务与积分 Today’s tasks and points', response: { 200: myTodayResponse } } },
    async (req) => {
      const auth = requireAuth(req.auth);
      if (auth.personId == null) throw new AppError('not_found', { reason: 'account has no person record' });
      return myToday(db, auth.personId);
    },
  );

  app.get(
    '/api/v1/points/leaderboard/orgs',
    {
      config: { access: { permission: 'points.leaderboard' } },
      schema: { tags, summary: '组织积分排行 Organisation ranking', querystring: orgLeaderboardQuery, response: { 200: orgLeaderboardResponse } },
    },
    async (req) => {
      const scope = scopeFor(requireAuth(req.auth), 'points.leaderboard');
      const parentId = req.query.parentId ?? scopeRootId(scope);
      const parent = parentId == null ? undefined : await orgInScope(db, parentId, scope);
      if (!parent) throw new AppError('not_found');
      return { parentId: parent.id, items: await orgLeaderboard(db, parent, req.query, req.query.sort) };
    },
  );

  app.get(
    '/api/v1/points/leaderboard/people',
    {
      config: { access: { permission: 'points.leaderboard' } },
      schema: { tags, summary: '个人积分排行 Personal ranking', querystring: peopleLeaderboardQuery, response: { 200: peopleLeaderboardResponse } },
    },
    async (req) => {
      const auth = requireAuth(req.auth);
      const scope = scopeFor(auth, 'points.leaderboard');
      const orgId = req.query.orgId ?? (auth.personId != null ? await personOrgId(db, auth.personId) : null) ?? scopeRootId(scope);
      const org = orgId == null ? undefined : ((await orgInScope(db, orgId, scope)) ?? (await orgOfOwnPerson(db, orgId, auth.personId)));
      if (!org) throw new AppError('not_found');
      // Personal ranking is opt-in per organisation; by default only aggregates are shown.
      if (!org.personal_leaderboard) return { orgId: org.id, enabled: false, items: [] };
      return { orgId: org.id, enabled: true, items: await peopleLeaderboard(db, org, req.query, req.query.limit) };
    },
  );

  app.get(
    '/api/v1/points/rules',
    { config: { access: { permission: 'points_rules.read' } }, schema: { tags, summary: '积分规则 Points rules', response: { 200: rulesResponse } } },
    async () => ({ items: await listRules(db) }),
  );

  app.put(
    '/api/v1/points/rules/:code',
    {
      config: { access: { permission: 'points_rules.write' } },
      schema: { tags, summary: '修改积分规则 Update a points rule', params: ruleParams, body: ruleUpdateBody, response: { 200: ruleItem } },
    },
    async (req) => {
      await assertCityWide(db, req.auth, 'points_rules.write');
      const { points, dailyCap, active } = req.body;
      return transaction(db, async (tx) => {
        const [before] = await rows<RuleRow>(tx, sql`SELECT * FROM points_rules WHERE code = ${req.params.code} FOR UPDATE`);
        if (!before) throw new AppError('not_found');
        const [after] = await rows<RuleRow>(
          tx,
          sql`UPDATE points_rules SET points = ${points}, daily_cap = ${dailyCap}, active = ${active}, updated_at = now()
               WHERE code = ${req.params.code} RETURNING *`,
        );
        const changes = diff({ points: before.points, dailyCap: before.daily_cap, active: before.active }, { points, dailyCap, active });
        await audit(tx, req, {
          action: 'points_rules.update',
          entity: 'points_rule',
          entityId: before.code,
          summary: `${before.name}（${before.code}）`,
          ...changes,
        });
        return presentRule(after);
      });
    },
  );

  app.get(
    '/api/v1/points/events',
    {
      config: { access: { permission: 'points_rules.read' } },
      schema: { tags, summary: '可计分的事件 Events a rule may listen to', response: { 200: awardableEventsResponse } },
    },
    async () => {
      const counts = await rows<{ event_type: string; n: number }>(db, sql`SELECT event_type, count(*)::int AS n FROM points_rules GROUP BY 1`);
      const byEvent = new Map(counts.map((c) => [c.event_type, c.n]));
      return { items: awardableEvents().map((e) => ({ ...e, rules: byEvent.get(e.event) ?? 0 })) };
    },
  );

  app.post(
    '/api/v1/points/rules',
    {
      config: { access: { permission: 'points_rules.write' } },
      schema: { tags, summary: '新增积分规则 Create a points rule', body: ruleCreateBody, response: { 201: ruleItem } },
    },
    async (req, reply) => {
      await assertCityWide(db, req.auth, 'points_rules.write');
      const { eventType, name, points, dailyCap, active } = req.body;
      if (!isAwardable(eventType)) throw new AppError('validation_failed', [{ field: 'eventType', message: 'no module awards points for this event' }]);
      const code = req.body.code ?? `${eventType.replace(/[^a-z0-9]+/g, '_')}_${Date.now().toString(36)}`.slice(0, 64);
      const created = await transaction(db, async (tx) => {
        const [row] = await rows<RuleRow>(
          tx,
          sql`INSERT INTO points_rules (code, name, event_type, points, daily_cap, active)
              VALUES (${code}, ${name}, ${eventType}, ${points}, ${dailyCap}, ${active})
              ON CONFLICT (code) DO NOTHING RETURNING *`,
        );
        if (!row) throw new AppError('conflict', [{ field: 'code', message: 'a rule with this code exists' }]);
        await audit(tx, req, {
          action: 'points_rules.create',
          entity: 'points_rule',
          entityId: row.code,
          summary: `${row.name}（${row.code}）`,
          after: { eventType, points, dailyCap, active },
        });
        return row;
      });
      return reply.code(201).send(presentRule(created));
    },
  );
}
