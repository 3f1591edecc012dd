import { openapiTransform } from '../../../kernel/openapi/transform.js';

/**
 * The document of the GeoReport v2 routes: the route's zod answers as the kernel documents them, with the
 * specification's own error body (an array of { code, description }, JSON or XML) in place of the shared one, and
 * for POST /open311/v2/requests.{json,xml} the form-encoded fields it reads by hand (the api_key among them).
 */
const text = { type: 'string' };
const formBody = {
  type: 'object',
  required: ['api_key', 'service_code', 'attribute[district_code]'],
  properties: {
    api_key: { type: 'string', description: '工委发放的 Open311 API 密钥（表单字段，见“系统 → Open311 API 密钥”）· The Open311 API key issued by the committee (a form field)' },
    service_code: text,
    lat: { type: 'number', minimum: -90, maximum: 90 },
    long: { type: 'number', minimum: -180, maximum: 180 },
    address_string: text,
    address_id: text,
    'attribute[district_code]': text,
    'attribute[street_code]': text,
    first_name: text,
    last_name: text,
    phone: text,
    description: text,
  },
};

const errors = { type: 'array', items: { type: 'object', properties: { code: { type: 'integer' }, description: text } } };
const errorContent = { 'application/json': { schema: errors }, 'text/xml': { schema: { type: 'string' } } };
const errorAnswers: Record<string, string> = {
  400: '请求有误 · Bad request',
  403: 'api_key 缺失、无效或已停用 · api_key missing, invalid or revoked',
  404: '服务或资源不存在 · Unknown service or resource',
  429: '请求过于频繁 · Too many requests',
  default: '其他错误 · Any other error',
};

type Input = Parameters<typeof openapiTransform>[0];

/** @fastify/swagger's per-route transform (route config `swaggerTransform`) of every Open311 route: the document only, never validation. */
export function documentOpen311(input: Input) {
  const out = openapiTransform(input);
  const schema = out.schema as Record<string, unknown> & { response?: Record<string, unknown> };
  const creates = (input.route as { method: string | string[] }).method === 'POST';
  const response: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(schema.response ?? {})) if (/^2/.test(status)) response[status] = answer;
  for (const [status, description] of Object.entries(errorAnswers)) {
    if (status === '403' && !creates) continue;
    response[status] = { description, content: errorContent };
  }
  schema.response = response;
  if (creates) Object.assign(schema, { consumes: ['application/x-www-form-urlencoded'], body: formBody });
  return out;
}
