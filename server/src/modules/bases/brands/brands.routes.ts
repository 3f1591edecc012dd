import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { pathInScope } from '../../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { isoDay, rowId } from '../../../kernel/dto.js';
import { dayOut, itemsOf } from '../../../kernel/openapi/responses.js';
import { figuresFor } from '../../../kernel/figures/figures.module.js';
import { basesScope, violatesUnique } from '../bases.access.js';
import { idParams, text } from '../bases.dto.js';
import { brandEntryKinds, honourLevels } from '../bases.schema.js';

const tags = ['bases'];
const metricName = z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/, 'a registered metric name, e.g. pairing.pairs_started');

const brandBody = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
    name: text(60).min(2),
    orgId: rowId,
    description: text(4000).default(''),
    linkedModules: z.array(z.string().regex(/^[a-z]+$/)).max(12).default([]),
    metricNames: z.array(metricName).max(12).default([]),
  })
  .meta({ examples: [{ code: 'qingchuang_pi', name: '青创π', orgId: 1, description: '青年干部与青年企业家“两青共进”', linkedModules: ['pairing'], metricNames: ['pairing.pairs_started'] }] });
// No defaults in a change: what is left out stays as it is.
const brandPatch = z
  .object({ name: text(60).min(2), orgId: rowId, description: text(4000), linkedModules: z.array(z.string().regex(/^[a-z]+$/)).max(12), metricNames: z.array(metricName).max(12) })
  .partial();
const entryBody = z
  .object({ kind: z.enum(brandEntryKinds), title: text(120).min(2), description: text(2000).default(''), level: z.enum(honourLevels).nullable().default(null), awardedBy: text(100).nullable().default(null), happenedOn: isoDay })
  .refine((e) => (e.kind === 'honour') === (e.level !== null), { path: ['level'], message: 'an honour has a level; a milestone has none' });

const entryOut = z.object({ id: z.number().int(), kind: z.enum(brandEntryKinds), title: z.string(), description: z.string(), level: z.enum(honourLevels).nullable(), awardedBy: z.string().nullable(), happenedOn: dayOut });
const brandSummary = { id: z.number().int(), code: z.string(), name: z.string(), orgId: z.number().int(), orgName: z.string(), description: z.string(), linkedModules: z.array(z.string()), metricNames: z.array(z.string()), honourCount: z.number().int() };
const brandSummaryOut = z.object(brandSummary).meta({ id: 'BasesBrandSummary' });
const brandOut = z
  .object({
    ...brandSummary,
    entries: z.array(entryOut),
    /** The named metrics' values over the brand owner's subtree (or the caller's own scope when narrower), all time. */
    figures: z.array(z.object({ name: z.string(), label: z.string().nullable(), unit: z.string().nullable(), value: z.number().nullable(), orgId: z.number().int() })),
  })
  .meta({ id: 'BasesBrand' });

const columns = sql`b.id, b.code, b.name, b.org_id AS "orgId", o.name AS "orgName", b.org_path AS "orgPath", b.description, b.linked_modules AS "linkedModules", b.metric_names AS "metricNames",
  (SELECT count(*)::int FROM bases_brand_entries e WHERE e.brand_id = b.id AND e.kind = 'honour') AS "honourCount"`;
type BrandRow = { id: number; name: string; orgId: number; orgPath: string; metricNames: string[] };
const arr = (list: string[]) => `{${list.map((x) => JSON.stringify(x)).join(',')}}`;

/**
 * The committee's party-building brands: every admin reads them (they are the committee's showcase); the owner
 * subtree's admins edit them. Their figures come from registered metrics, computed for the caller's reach.
 */
export function brandsRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const read = { access: { permission: 'bases.read' } } as const;
  const manage = { access: { permission: 'bases.manage' } } as const;

  const unknownMetrics = (names: string[]) => names.filter((n) => !figuresFor(ctx).get(n));
  const checkMetrics = (names: string[] | undefined) => {
    const missing = unknownMetrics(names ?? []);
    if (missing.length) throw new AppError('validation_failed', missing.map((n) => ({ field: 'metricNames', message: `unknown metric ${n}` })));
  };
  const brandOf = async (id: number) => (await rows<BrandRow>(db, sql`SELECT ${columns} FROM bases_brands b JOIN orgs o ON o.id = b.org_id WHERE b.id = ${id}`))[0];

  async function detail(req: FastifyRequest, id: number): Promise<never> {
    const b = await brandOf(id);
    if (!b) throw new AppError('not_found');
    const scope = basesScope(requireAuth(req.auth), 'bases.read');
    // Figures over the brand owner's subtree when the caller reaches it, else over the caller's own first subtree.
    const orgPath = pathInScope(b.orgPath, scope) ? b.orgPath : scope.paths[0];
    const [org] = await rows<{ id: number }>(db, sql`SELECT id FROM orgs WHERE path = ${orgPath}`);
    const engine = figuresFor(ctx);
    const figures = await Promise.all(
      b.metricNames.map(async (name) => {
        const m = engine.get(name);
        if (!m) return { name, label: null, unit: null, value: null, orgId: org.id };
        return { name, label: m.def.label.zh, unit: m.def.unit ?? null, value: await engine.value(m, { orgPath }), orgId: org.id };
      }),
    );
    const entries = await rows(db, sql`SELECT id, kind, title, description, level, awarded_by AS "awardedBy", happened_on::text AS "happenedOn" FROM bases_brand_entries WHERE brand_id = ${id} ORDER BY happened_on, id`);
    return { ...b, entries: entries as never[], figures } as never;
  }

  const managed = async (req: FastifyRequest, id: number) => {
    const b = await brandOf(id);
    if (!b || !pathInScope(b.orgPath, basesScope(requireAuth(req.auth), 'bases.manage'))) throw new AppError('not_found');
    return b;
  };
  const codeTaken = (err: unknown) => {
    if (violatesUnique(err, 'bases_brands_code_uq')) throw new AppError('conflict', [{ field: 'code', message: 'a brand of this code exists' }]);
    throw err;
  };

  app.get('/api/v1/bases/brands', { config: read, schema: { tags, operationId: 'bases.listBrands', summary: '党建品牌', response: { 200: itemsOf(brandSummaryOut) } } }, async () => ({
    items: (await rows(db, sql`SELECT ${columns} FROM bases_brands b JOIN orgs o ON o.id = b.org_id ORDER BY b.id`)) as never[],
  }));

  app.get('/api/v1/bases/brands/:id', { config: read, schema: { tags, operationId: 'bases.getBrand', summary: '品牌详情（里程碑、荣誉、数据）', params: idParams, response: { 200: brandOut } } }, async (req) => detail(req, req.params.id));

  app.post('/api/v1/bases/brands', { config: manage, schema: { tags, operationId: 'bases.createBrand', summary: '新建品牌', body: brandBody, response: { 201: brandOut } } }, async (req, reply) => {
    const b = req.body;
    checkMetrics(b.metricNames);
    const orgPath = (await assertOrgsInScope(db, basesScope(requireAuth(req.auth), 'bases.manage'), [{ field: 'orgId', id: b.orgId }])).get(b.orgId)!;
    const id = await transaction(db, async (tx) => {
      const [row] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO bases_brands (code, name, org_id, org_path, description, linked_modules, metric_names, created_by)
            VALUES (${b.code}, ${b.name}, ${b.orgId}, ${orgPath}, ${b.description}, ${arr(b.linkedModules)}::text[], ${arr(b.metricNames)}::text[], ${requireAuth(req.auth).accountId}) RETURNING id`,
      );
      await audit(tx, req, { action: 'bases.brand_create', entity: 'bases_brand', entityId: row.id, orgId: b.orgId, orgPath, summary: b.name, after: b });
      return row.id;
    }).catch(codeTaken);
    await events.publish('bases.brand_changed', { brandId: id });
    return reply.status(201).send(await detail(req, id));
  });

  app.patch('/api/v1/bases/brands/:id', { config: manage, schema: { tags, operationId: 'bases.updateBrand', summary: '修改品牌', params: idParams, body: brandPatch, response: { 200: brandOut } } }, async (req) => {
    const b = await managed(req, req.params.id);
    checkMetrics(req.body.metricNames);
    const p = req.body;
    const orgPath = p.orgId ? (await assertOrgsInScope(db, basesScope(requireAuth(req.auth), 'bases.manage'), [{ field: 'orgId', id: p.orgId }])).get(p.orgId)! : b.orgPath;
    await transaction(db, async (tx) => {
      await tx.execute(sql`UPDATE bases_brands SET name = coalesce(${p.name ?? null}, name), org_id = ${p.orgId ?? b.orgId}, org_path = ${orgPath}, description = coalesce(${p.description ?? null}, description),
          linked_modules = coalesce(${p.linkedModules ? arr(p.linkedModules) : null}::text[], linked_modules), metric_names = coalesce(${p.metricNames ? arr(p.metricNames) : null}::text[], metric_names), updated_at = now()
        WHERE id = ${b.id}`);
      await audit(tx, req, { action: 'bases.brand_update', entity: 'bases_brand', entityId: b.id, orgId: p.orgId ?? b.orgId, orgPath, summary: b.name, after: p });
    });
    await events.publish('bases.brand_changed', { brandId: b.id });
    return detail(req, b.id);
  });

  app.post('/api/v1/bases/brands/:id/entries', { config: manage, schema: { tags, summary: '登记品牌里程碑或所获荣誉', params: idParams, body: entryBody, response: { 200: brandOut } } }, async (req) => {
    const b = await managed(req, req.params.id);
    const e = req.body;
    await transaction(db, async (tx) => {
      await tx.execute(sql`INSERT INTO bases_brand_entries (brand_id, kind, title, description, level, awarded_by, happened_on, created_by)
        VALUES (${b.id}, ${e.kind}, ${e.title}, ${e.description}, ${e.level}, ${e.awardedBy}, ${e.happenedOn}, ${requireAuth(req.auth).accountId})`);
      await audit(tx, req, { action: 'bases.brand_entry', entity: 'bases_brand', entityId: b.id, orgId: b.orgId, orgPath: b.orgPath, summary: `${e.kind}：${e.title}` });
    });
    await events.publish('bases.brand_changed', { brandId: b.id });
    return detail(req, b.id);
  });
}
