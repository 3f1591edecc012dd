import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { audit, diff } from '../../kernel/audit/audit.js';
import { assertCityWide } from '../../kernel/access/city-wide.js';
import { activityCategoryOut, activityTypeOut } from './activities.responses.js';

const tags = ['activities'];
const configure = { access: { permission: 'activities.configure' } } as const;
const code = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'lower-case letters, digits and _ (2–40)');
const names = { name: z.string().trim().min(1).max(40), nameEn: z.string().trim().min(1).max(80), active: z.boolean().default(true) };
const categoryFields = z.object(names);
const typeFields = z.object({ ...names, categoryCode: code, countsServiceHours: z.boolean().default(false) });
const codeParams = z.object({ code });

type CategoryRow = z.infer<typeof activityCategoryOut>;
type TypeRow = z.infer<typeof activityTypeOut>;
const categoryCols = sql`code, name, name_en AS "nameEn", active`;
const typeCols = sql`code, name, name_en AS "nameEn", category_code AS "categoryCode", counts_service_hours AS "countsServiceHours", active`;

/** The city's catalogue of activity categories and types: committee admins of the whole city add, rename and deactivate them. */
export function activityTypeRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const cityWide = (req: { auth: Parameters<typeof assertCityWide>[1] }) => assertCityWide(db, req.auth, 'activities.configure');
  const categoryExists = async (tx: typeof db, c: string) => {
    const [found] = await rows(tx, sql`SELECT 1 FROM activity_categories WHERE code = ${c}`);
    if (!found) throw new AppError('validation_failed', [{ field: 'categoryCode', message: 'unknown activity category' }]);
  };

  app.post('/api/v1/activity-categories', { config: configure, schema: { tags, summary: '新增活动类别', body: categoryFields.extend({ code }), response: { 201: activityCategoryOut } } }, async (req, reply) => {
    await cityWide(req);
    const b = req.body;
    const created = await transaction(db, async (tx) => {
      const [row] = await rows<CategoryRow>(tx, sql`INSERT INTO activity_categories (code, name, name_en, active, sort)
        VALUES (${b.code}, ${b.name}, ${b.nameEn}, ${b.active}, (SELECT coalesce(max(sort), 0) + 1 FROM activity_categories)) ON CONFLICT (code) DO NOTHING RETURNING ${categoryCols}`);
      if (!row) throw new AppError('conflict', [{ field: 'code', message: 'a category with this code exists' }]);
      await audit(tx, req, { action: 'activities.category_create', entity: 'activity_category', entityId: row.code, summary: `${row.name}（${row.code}）`, after: b });
      return row;
    });
    return reply.code(201).send(created);
  });

  app.put('/api/v1/activity-categories/:code', { config: configure, schema: { tags, summary: '修改或停用活动类别', params: codeParams, body: categoryFields, response: { 200: activityCategoryOut } } }, async (req) => {
    await cityWide(req);
    const b = req.body;
    return transaction(db, async (tx) => {
      const [before] = await rows<CategoryRow>(tx, sql`SELECT ${categoryCols} FROM activity_categories WHERE code = ${req.params.code} FOR UPDATE`);
      if (!before) throw new AppError('not_found');
      const [after] = await rows<CategoryRow>(tx, sql`UPDATE activity_categories SET name = ${b.name}, name_en = ${b.nameEn}, active = ${b.active} WHERE code = ${req.params.code} RETURNING ${categoryCols}`);
      await audit(tx, req, { action: 'activities.category_update', entity: 'activity_category', entityId: before.code, summary: `${after.name}（${after.code}）`, ...diff(before, after) });
      return after;
    });
  });

  app.post('/api/v1/activity-types', { config: configure, schema: { tags, summary: '新增活动类型', body: typeFields.extend({ code }), response: { 201: activityTypeOut } } }, async (req, reply) => {
    await cityWide(req);
    const b = req.body;
    const created = await transaction(db, async (tx) => {
      await categoryExists(tx, b.categoryCode);
      const [row] = await rows<TypeRow>(tx, sql`INSERT INTO activity_types (code, name, name_en, category_code, counts_service_hours, active, sort)
        VALUES (${b.code}, ${b.name}, ${b.nameEn}, ${b.categoryCode}, ${b.countsServiceHours}, ${b.active}, (SELECT coalesce(max(sort), 0) + 1 FROM activity_types))
        ON CONFLICT (code) DO NOTHING RETURNING ${typeCols}`);
      if (!row) throw new AppError('conflict', [{ field: 'code', message: 'a type with this code exists' }]);
      await audit(tx, req, { action: 'activities.type_create', entity: 'activity_type', entityId: row.code, summary: `${row.name}（${row.code}）`, after: b });
      return row;
    });
    return reply.code(201).send(created);
  });

  app.put('/api/v1/activity-types/:code', { config: configure, schema: { tags, summary: '修改或停用活动类型', params: codeParams, body: typeFields, response: { 200: activityTypeOut } } }, async (req) => {
    await cityWide(req);
    const b = req.body;
    return transaction(db, async (tx) => {
      const [before] = await rows<TypeRow>(tx, sql`SELECT ${typeCols} FROM activity_types WHERE code = ${req.params.code} FOR UPDATE`);
      if (!before) throw new AppError('not_found');
      await categoryExists(tx, b.categoryCode);
      const [after] = await rows<TypeRow>(tx, sql`UPDATE activity_types SET name = ${b.name}, name_en = ${b.nameEn}, category_code = ${b.categoryCode},
        counts_service_hours = ${b.countsServiceHours}, active = ${b.active} WHERE code = ${req.params.code} RETURNING ${typeCols}`);
      await audit(tx, req, { action: 'activities.type_update', entity: 'activity_type', entityId: before.code, summary: `${after.name}（${after.code}）`, ...diff(before, after) });
      return after;
    });
  });
}
