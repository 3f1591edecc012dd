import { sql, type SQL } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { intake } from '../intake/intake.js';
import { hashApiKey } from '../config/config.routes.js';
import { charCount, MAX_DESCRIPTION_CHARS, normalisePhone, stripXmlIllegal } from '../../../../../common/citizen-text.js';
import { documentOpen311 } from './open311.openapi.js';
import { createdOut, open311Out, resourceOut, serviceDefinitionOut, serviceRequestsOut, tokenOut } from './open311.responses.js';
import { contentType, service, serviceDefinition, serviceRequest, splitFormat, toXml, w3c, type CategoryRow, type Format, type RequestRow } from './open311.format.js';

/** A GeoReport error: status and body as the specification defines them (an array of {code, description}). */
class Open311Error extends Error {
  constructor(readonly status: 400 | 403 | 404, description: string) {
    super(description);
  }
}

const DAY = 86400_000;
const MAX_WINDOW_DAYS = 90;
const MAX_RESULTS = 1000;
const tags = ['open311'];
const read = { access: 'public' as const, rateLimit: { max: 300, timeWindow: '1 minute' }, swaggerTransform: documentOpen311 };
const rootOf: Record<string, string> = { services: 'services', requests: 'service_requests', tokens: 'service_requests', discovery: 'discovery', service_definition: 'service_definition' };

function formatOf(req: FastifyRequest): Format {
  return /\.xml(\?|$)/.test(req.url) ? 'xml' : 'json';
}

/** JSON goes out through the route's response schema (kernel/openapi/serializer.ts); XML as text. */
function send(reply: FastifyReply, format: Format, root: string, body: unknown, status = 200) {
  return reply.status(status).header('content-type', contentType[format]).send(format === 'json' ? body : toXml(root, body));
}

function file(param: string, expected: string[]): { name: string; format: Format } {
  const f = splitFormat(param);
  if (!f || !expected.includes(f.name)) throw new Open311Error(404, 'resource not found; use .json or .xml');
  return f;
}

function field(body: Record<string, string>, name: string): string | undefined {
  const v = body[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function number(body: Record<string, string>, name: string, min: number, max: number): number | undefined {
  const v = field(body, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new Open311Error(400, `${name} is not a valid coordinate`);
  return n;
}

function date(q: Record<string, string>, name: string): Date | undefined {
  const v = field(q, name);
  if (v === undefined) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Open311Error(400, `${name} must be a W3C datetime such as 2026-11-05T08:15:30+08:00`);
  return d;
}

const requestSelect = sql`SELECT d.tracking_code, d.status, d.category_code, c.name AS category_name, d.description, d.org_id, o.name AS org_name, d.answer,
    m.tracking_code AS merged_into_code, d.address, d.lat, d.long, d.received_at, d.updated_at, d.resolution_due_at, d.anonymised_at
  FROM demands d LEFT JOIN demand_categories c ON c.code = d.category_code LEFT JOIN orgs o ON o.id = d.org_id
  LEFT JOIN demands m ON m.id = d.merged_into_id`;
/** Demands of enterprise-only categories (pairing's concerns) are not published through Open311. */
const publicOnly = sql`coalesce(c.audience, 'public') = 'public'`;

/** Open311 GeoReport v2 under /open311/v2 (outside /api/v1: the key, not a session, identifies a client). */
export async function open311Routes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  await app.register(async (s) => {
    s.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    s.setErrorHandler((err: Error, req, reply) => {
      const format = formatOf(req);
      let status: number = 500;
      let description = 'internal error';
      if (err instanceof Open311Error) [status, description] = [err.status, err.message];
      else if (err instanceof AppError && err.status < 500) {
        status = err.status === 403 ? 403 : err.status === 404 ? 404 : 400;
        const details = Array.isArray(err.details) ? (err.details as { field: string; message: string }[]).map((d) => `${d.field}: ${d.message}`).join('; ') : '';
        description = details || err.message;
      } else if ((err as Error & { statusCode?: number }).statusCode! < 500) {
        status = (err as Error & { statusCode?: number }).statusCode === 429 ? 429 : 400;
        description = err.message;
      } else req.log.error({ err }, 'open311 error');
      return send(reply, format, 'errors', [{ code: status, description }], status);
    });

    /** When the service list last changed: the latest audited change of a category (the reference seeding included). */
    const changeset = async () => {
      const [r] = await rows<{ at: string | Date }>(db, sql`SELECT COALESCE((SELECT max(at) FROM audit_log WHERE entity = 'demand_category'), (SELECT min(at) FROM audit_log), now()) AS at`);
      return w3c(r.at);
    };
    const categories = () => rows<CategoryRow>(db, sql`SELECT code, name, response_value, response_unit, resolution_value, resolution_unit FROM demand_categories WHERE active AND audience = 'public' ORDER BY sort, code`);

    s.get<{ Params: { file: string }; Querystring: Record<string, string> }>('/open311/v2/:file', { config: read, schema: { tags, operationId: 'open311.getResource', summary: 'GeoReport v2: services / requests / discovery', response: { 200: open311Out('服务、诉求列表或服务发现（JSON 或 XML，由扩展名决定）· services, requests or discovery, JSON or XML by the extension', resourceOut) } } }, async (req, reply) => {
      const f = file(req.params.file, ['services', 'requests', 'discovery']);
      if (f.name === 'services') return send(reply, f.format, 'services', (await categories()).map(service));
      if (f.name === 'discovery') {
        const url = `${req.protocol}://${req.host}/open311/v2/`;
        const changed = await changeset();
        return send(reply, f.format, 'discovery', { changeset: changed, contact: '12345', key_service: '向市委市直机关工委申请 API 密钥', endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url, changeset: changed, type: 'production', formats: ['text/xml', 'application/json'] }] });
      }
      return send(reply, f.format, 'service_requests', await listRequests(req.query));
    });

    s.get<{ Params: { file: string } }>('/open311/v2/services/:file', { config: read, schema: { tags, operationId: 'open311.getServiceDefinition', summary: 'GeoReport v2: service definition', response: { 200: open311Out('服务定义 · service definition', serviceDefinitionOut) } } }, async (req, reply) => {
      const f = splitFormat(req.params.file);
      if (!f) throw new Open311Error(404, 'resource not found; use .json or .xml');
      if (!(await categories()).some((c) => c.code === f.name)) throw new Open311Error(404, `service_code ${f.name} not found`);
      return send(reply, f.format, 'service_definition', serviceDefinition(f.name));
    });

    s.get<{ Params: { file: string } }>('/open311/v2/requests/:file', { config: read, schema: { tags, operationId: 'open311.getServiceRequest', summary: 'GeoReport v2: one service request', response: { 200: open311Out('一件诉求 · one service request', serviceRequestsOut) } } }, async (req, reply) => {
      const f = splitFormat(req.params.file);
      if (!f) throw new Open311Error(404, 'resource not found; use .json or .xml');
      const found = await rows<RequestRow>(db, sql`${requestSelect} JOIN demand_tracking t ON t.district_code = d.district_code AND t.demand_id = d.id WHERE t.tracking_code = ${f.name} AND ${publicOnly}`);
      if (!found.length) throw new Open311Error(404, `service_request_id ${f.name} not found`);
      return send(reply, f.format, 'service_requests', found.map(serviceRequest));
    });

    s.get<{ Params: { file: string } }>('/open311/v2/tokens/:file', { config: read, schema: { tags, operationId: 'open311.getTokenRequestId', summary: 'GeoReport v2: service request id of a token', response: { 200: open311Out('token 对应的诉求编号 · the request id of a token', tokenOut) } } }, async (req, reply) => {
      const f = splitFormat(req.params.file);
      if (!f) throw new Open311Error(404, 'resource not found; use .json or .xml');
      const [t] = await rows<{ tracking_code: string }>(db, sql`SELECT tracking_code FROM demand_tracking WHERE tracking_code = ${f.name}`);
      if (!t) throw new Open311Error(404, `token ${f.name} not found`);
      return send(reply, f.format, 'service_requests', [{ service_request_id: t.tracking_code, token: t.tracking_code }]);
    });

    s.post<{ Params: { file: string }; Body: Record<string, string> | undefined }>('/open311/v2/:file', {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' }, swaggerTransform: documentOpen311 },
      schema: {
        tags,
        operationId: 'open311.createServiceRequest',
        summary: 'GeoReport v2: create a service request (form-encoded, with the api_key field)',
        response: { 201: open311Out('已受理（JSON 或 XML，由扩展名决定）· Created, JSON or XML by the extension', createdOut) },
      },
    }, async (req, reply) => {
      const f = file(req.params.file, ['requests']);
      const body = req.body && typeof req.body === 'object' ? req.body : {};
      const key = field(body, 'api_key');
      const [client] = key ? await rows<{ id: number }>(db, sql`UPDATE open311_api_keys SET last_used_at = now() WHERE key_hash = ${hashApiKey(key)} AND revoked_at IS NULL RETURNING id`) : [];
      if (!client) throw new Open311Error(403, 'api_key is missing, invalid or revoked');
      const code = field(body, 'service_code');
      if (!code) throw new Open311Error(400, 'service_code is required');
      const [cat] = await rows<{ name: string; audience: string }>(db, sql`SELECT name, audience FROM demand_categories WHERE code = ${code} AND active`);
      if (!cat) throw new Open311Error(404, `service_code ${code} not found`);
      if (cat.audience !== 'public') throw new Open311Error(400, `service_code ${code} is not open to the public`);
      const lat = number(body, 'lat', -90, 90);
      const long = number(body, 'long', -180, 180);
      const address = field(body, 'address_string') ?? field(body, 'address_id');
      if ((lat === undefined || long === undefined) && !address) throw new Open311Error(400, 'a location is required: lat and long, address_string or address_id');
      const district = field(body, 'attribute[district_code]');
      if (!district) throw new Open311Error(400, 'attribute[district_code] is required');
      const name = [field(body, 'last_name'), field(body, 'first_name')].filter(Boolean).join('');
      const given = field(body, 'phone');
      const phone = given ? normalisePhone(given) : null;
      if (given && !phone) throw new Open311Error(400, 'phone is not a phone number (5–20 digits; spaces, dashes, parentheses and +86 are fine)');
      const description = stripXmlIllegal(field(body, 'description') ?? '').trim() || cat.name;
      if (charCount(description) > MAX_DESCRIPTION_CHARS) throw new Open311Error(400, `description is longer than ${MAX_DESCRIPTION_CHARS} characters`);
      const { demand } = await intake(
        db,
        req,
        { categoryCode: code, description: charCount(description) >= 5 ? description : `${cat.name}：${description}`, address, lat, long, districtCode: district, streetCode: field(body, 'attribute[street_code]') ?? null, citizenName: name || null, citizenPhone: phone ?? null, channel: 'open311', clientKey: `key:${client.id}` },
        { actor: { accountId: null, name: `Open311 #${client.id}` } },
      );
      const notice = `已受理，${demand.status === 'dispatched' ? '已派至承办单位，' : ''}预计 ${w3c(demand.resolution_due_at)} 前办结`;
      return send(reply, f.format, 'service_requests', [{ service_request_id: demand.tracking_code, service_notice: notice, account_id: null }], 201);
    });

    async function listRequests(q: Record<string, string>) {
      const ids = field(q, 'service_request_id');
      if (ids) {
        const list = ids.split(',').map((s) => s.trim()).filter(Boolean).slice(0, MAX_RESULTS);
        return (await rows<RequestRow>(db, sql`${requestSelect} JOIN demand_tracking t ON t.district_code = d.district_code AND t.demand_id = d.id
          WHERE t.tracking_code IN (${sql.join(list.map((x) => sql`${x}`), sql`, `)}) AND ${publicOnly} ORDER BY d.received_at DESC`)).map(serviceRequest);
      }
      const end = date(q, 'end_date') ?? new Date();
      const start = date(q, 'start_date') ?? new Date(end.getTime() - MAX_WINDOW_DAYS * DAY);
      if (end < start) throw new Open311Error(400, 'end_date is before start_date');
      if (end.getTime() - start.getTime() > MAX_WINDOW_DAYS * DAY) throw new Open311Error(400, `start_date and end_date may not span more than ${MAX_WINDOW_DAYS} days`);
      const where: SQL[] = [publicOnly, sql`d.received_at >= ${start.toISOString()}::timestamptz`, sql`d.received_at <= ${end.toISOString()}::timestamptz`];
      const codes = field(q, 'service_code')?.split(',').map((s) => s.trim()).filter(Boolean);
      if (codes?.length) where.push(sql`d.category_code IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`);
      const statuses = field(q, 'status')?.split(',').map((s) => s.trim());
      if (statuses?.length) {
        if (statuses.some((s) => s !== 'open' && s !== 'closed')) throw new Open311Error(400, 'status must be open or closed');
        if (!(statuses.includes('open') && statuses.includes('closed'))) {
          where.push(statuses[0] === 'open' ? sql`d.status IN ('received','dispatched','accepted','in_progress')` : sql`d.status IN ('answered','closed')`);
        }
      }
      return (await rows<RequestRow>(db, sql`${requestSelect} WHERE ${sql.join(where, sql` AND `)} ORDER BY d.received_at DESC LIMIT ${MAX_RESULTS}`)).map(serviceRequest);
    }
  });
}
