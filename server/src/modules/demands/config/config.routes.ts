import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { scopeFor } from '../../../kernel/access/scope.js';
import { assertCityWide } from '../../../kernel/access/city-wide.js';
import { holidayImportRoutes } from './holiday-import.js';
import { apiKeyBody, categoryBody, categoryParams, holidayBody, holidayParams, holidayQuery, ruleBody } from '../demands.dto.js';
import { idParams } from '../../../kernel/dto.js';
import { editableSettings, getSettings, putSettings } from './demands.settings.js';
import { departmentById } from '../demands.access.js';
import { okOut } from '../../../kernel/openapi/responses.js';
import { apiKeyCreatedOut, apiKeyOut, apiKeysOut, categoriesOut, categoryOut, categoryPutOut, holidayOut, holidayPutOut, holidaysOut, ruleOut, rulePutOut, rulesOut } from './config.responses.js';

const tags = ['demands-config'];
const configure = { access: { permission: 'demands.configure' } } as const;

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Catalogue, holiday calendar, dispatch rules, settings and Open311 keys: committee admins only. */
export function demandConfigRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  /** Every setting here holds for the whole city: only the committee at the root may change it. */
  const cityWide = (req: { auth: Parameters<typeof assertCityWide>[1] }) => assertCityWide(db, req.auth, 'demands.configure');
  holidayImportRoutes(app, ctx);

  app.get('/api/v1/demand-categories', { config: { access: 'session' }, schema: { tags, summary: '诉求分类与办理时限', response: { 200: categoriesOut } } }, async () => ({
    items: await rows<z.infer<typeof categoryOut>>(db, sql`SELECT code, name, name_en AS "nameEn", default_org_id AS "defaultOrgId", default_agency AS "defaultAgency", response_value AS "responseValue",
      response_unit AS "responseUnit", resolution_value AS "resolutionValue", resolution_unit AS "resolutionUnit", active, audience FROM demand_categories ORDER BY sort, code`),
  }));

  app.put('/api/v1/demand-categories/:code', { config: configure, schema: { tags, summary: '新增或修改诉求分类', params: categoryParams, body: categoryBody, response: { 200: categoryPutOut } } }, async (req) => {
    await cityWide(req);
    const b = req.body;
    if (b.defaultOrgId) await departmentById(db, b.defaultOrgId, scopeFor(requireAuth(req.auth), 'demands.configure'), 'defaultOrgId');
    await transaction(db, async (tx) => {
      await tx.execute(sql`INSERT INTO demand_categories (code, name, name_en, default_org_id, response_value, response_unit, resolution_value, resolution_unit, active, sort)
        VALUES (${req.params.code}, ${b.name}, ${b.nameEn}, ${b.defaultOrgId}, ${b.responseValue}, ${b.responseUnit}, ${b.resolutionValue}, ${b.resolutionUnit}, ${b.active}, 1000)
        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en, default_org_id = EXCLUDED.default_org_id, response_value = EXCLUDED.response_value,
          response_unit = EXCLUDED.response_unit, resolution_value = EXCLUDED.resolution_value, resolution_unit = EXCLUDED.resolution_unit, active = EXCLUDED.active`);
      await audit(tx, req, { action: 'demands.category_put', entity: 'demand_category', entityId: req.params.code, after: b });
    });
    return { code: req.params.code, ...b };
  });

  app.get('/api/v1/demand-holidays', { config: { access: 'session' }, schema: { tags, summary: '节假日与调休日历', querystring: holidayQuery, response: { 200: holidaysOut } } }, async (req) => ({
    items: await rows<z.infer<typeof holidayOut>>(db, sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, is_workday AS "isWorkday", name FROM demand_holidays
      ${req.query.year ? sql`WHERE extract(year FROM day) = ${req.query.year}` : sql``} ORDER BY day`),
  }));

  app.put('/api/v1/demand-holidays/:day', { config: configure, schema: { tags, summary: '设置节假日或调休上班日', params: holidayParams, body: holidayBody, response: { 200: holidayPutOut } } }, async (req) => {
    await cityWide(req);
    await transaction(db, async (tx) => {
      await tx.execute(sql`INSERT INTO demand_holidays (day, is_workday, name) VALUES (${req.params.day}::date, ${req.body.isWorkday}, ${req.body.name})
        ON CONFLICT (day) DO UPDATE SET is_workday = EXCLUDED.is_workday, name = EXCLUDED.name`);
      await audit(tx, req, { action: 'demands.holiday_put', entity: 'demand_holiday', entityId: req.params.day, after: req.body });
    });
    return { day: req.params.day, ...req.body };
  });

  app.delete('/api/v1/demand-holidays/:day', { config: configure, schema: { tags, summary: '删除日历例外（恢复周一至周五工作）', params: holidayParams, response: { 200: okOut } } }, async (req) => {
    await cityWide(req);
    const gone = await transaction(db, async (tx) => {
      const r = await rows(tx, sql`DELETE FROM demand_holidays WHERE day = ${req.params.day}::date RETURNING day`);
      if (r.length) await audit(tx, req, { action: 'demands.holiday_delete', entity: 'demand_holiday', entityId: req.params.day });
      return r.length;
    });
    if (!gone) throw new AppError('not_found');
    return { ok: true as const };
  });

  app.get('/api/v1/demand-dispatch-rules', { config: { access: { permission: 'demands.dispatch' } }, schema: { tags, summary: '派单规则（分类×区域→承办单位）', response: { 200: rulesOut } } }, async () => ({
    items: await rows<z.infer<typeof ruleOut>>(db, sql`SELECT r.id, r.category_code AS "categoryCode", r.district_code AS "districtCode", r.org_id AS "orgId", o.name AS "orgName", r.priority
      FROM demand_dispatch_rules r JOIN orgs o ON o.id = r.org_id ORDER BY r.category_code, r.district_code`),
  }));

  app.post('/api/v1/demand-dispatch-rules', { config: configure, schema: { tags, summary: '新增或修改派单规则', body: ruleBody, response: { 200: rulePutOut } } }, async (req) => {
    await cityWide(req);
    const b = req.body;
    await departmentById(db, b.orgId, scopeFor(requireAuth(req.auth), 'demands.configure'));
    const [cat] = await rows(db, sql`SELECT 1 FROM demand_categories WHERE code = ${b.categoryCode}`);
    if (!cat) throw new AppError('validation_failed', [{ field: 'categoryCode', message: 'unknown category' }]);
    return transaction(db, async (tx) => {
      const [r] = await rows<{ id: number }>(tx, sql`INSERT INTO demand_dispatch_rules (category_code, district_code, org_id, priority) VALUES (${b.categoryCode}, ${b.districtCode}, ${b.orgId}, ${b.priority})
        ON CONFLICT (category_code, district_code) DO UPDATE SET org_id = EXCLUDED.org_id, priority = EXCLUDED.priority RETURNING id`);
      await audit(tx, req, { action: 'demands.rule_put', entity: 'demand_dispatch_rule', entityId: r.id, after: b });
      return { id: r.id, ...b };
    });
  });

  app.delete('/api/v1/demand-dispatch-rules/:id', { config: configure, schema: { tags, summary: '删除派单规则', params: idParams, response: { 200: okOut } } }, async (req) => {
    await cityWide(req);
    const gone = await transaction(db, async (tx) => {
      const r = await rows(tx, sql`DELETE FROM demand_dispatch_rules WHERE id = ${req.params.id} RETURNING id`);
      if (r.length) await audit(tx, req, { action: 'demands.rule_delete', entity: 'demand_dispatch_rule', entityId: req.params.id });
      return r.length;
    });
    if (!gone) throw new AppError('not_found');
    return { ok: true as const };
  });

  app.get('/api/v1/demand-settings', { config: configure, schema: { tags, summary: '青诉即办设置（个人信息保留年限、人机校验难度、每号码每日限额）', response: { 200: editableSettings } } }, async () => getSettings(db));

  app.put('/api/v1/demand-settings', { config: configure, schema: { tags, summary: '修改青诉即办设置', body: editableSettings.partial(), response: { 200: editableSettings } } }, async (req) => {
    await cityWide(req);
    const before = await getSettings(db);
    await transaction(db, async (tx) => {
      await putSettings(tx, req.body);
      await audit(tx, req, { action: 'demands.settings_put', entity: 'demand_settings', before, after: req.body });
    });
    return getSettings(db);
  });

  app.get('/api/v1/open311-keys', { config: configure, schema: { tags, summary: 'Open311 API 密钥', response: { 200: apiKeysOut } } }, async () => ({
    items: await rows<z.infer<typeof apiKeyOut>>(db, sql`SELECT id, name, key_prefix AS "keyPrefix", created_at AS "createdAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt" FROM open311_api_keys ORDER BY id`),
  }));

  app.post('/api/v1/open311-keys', { config: configure, schema: { tags, summary: '创建 Open311 API 密钥（仅显示一次）', body: apiKeyBody, response: { 201: apiKeyCreatedOut } } }, async (req, reply) => {
    await cityWide(req);
    const key = `o311_${randomBytes(24).toString('base64url')}`;
    const created = await transaction(db, async (tx) => {
      const [r] = await rows<{ id: number }>(tx, sql`INSERT INTO open311_api_keys (name, key_hash, key_prefix, created_by) VALUES (${req.body.name}, ${hashApiKey(key)}, ${key.slice(0, 9)}, ${requireAuth(req.auth).accountId}) RETURNING id`);
      await audit(tx, req, { action: 'demands.api_key_create', entity: 'open311_api_key', entityId: r.id, summary: req.body.name });
      return r;
    });
    return reply.status(201).send({ id: created.id, name: req.body.name, key });
  });

  app.post('/api/v1/open311-keys/:id/revoke', { config: configure, schema: { tags, summary: '停用 Open311 API 密钥', params: idParams, body: z.object({}).optional(), response: { 200: okOut } } }, async (req) => {
    await cityWide(req);
    const done = await transaction(db, async (tx) => {
      const r = await rows(tx, sql`UPDATE open311_api_keys SET revoked_at = now() WHERE id = ${req.params.id} AND revoked_at IS NULL RETURNING id`);
      if (r.length) await audit(tx, req, { action: 'demands.api_key_revoke', entity: 'open311_api_key', entityId: req.params.id });
      return r.length;
    });
    if (!done) throw new AppError('not_found');
    return { ok: true as const };
  });
}
