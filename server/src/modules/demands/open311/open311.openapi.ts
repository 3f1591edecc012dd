/**
 * The document of POST /open311/v2/requests.{json,xml}, which reads a form-encoded body by hand (GeoReport v2
 * fields, not a zod schema): the fields it reads, the api_key among them, and the 201 it answers.
 */
const text = { type: 'string' };
const formBody = {
  type: 'object',
  required: ['api_key', 'service_code', 'attribute[district_code]'],
  properties: {
    api_key: { type: 'string', description: '工委发放的 Open311 API 密钥 · The Open311 API key issued by the committee' },
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

const created = {
  type: 'array',
  items: { type: 'object', properties: { service_request_id: text, service_notice: text, account_id: { type: 'string', nullable: true } } },
};
const errors = { type: 'array', items: { type: 'object', properties: { code: { type: 'integer' }, description: text } } };

/** @fastify/swagger's per-route transform (route config `swaggerTransform`): the document only, never validation. */
export function documentCreateRequest({ schema, url }: { schema: unknown; url: string }) {
  return {
    url,
    schema: {
      ...(schema as object),
      operationId: 'open311.createServiceRequest',
      security: [],
      consumes: ['application/x-www-form-urlencoded'],
      body: formBody,
      response: {
        201: { description: '已受理 · Created (JSON or XML, as the path extension says)', ...created },
        400: { description: '请求有误 · Bad request', ...errors },
        403: { description: 'api_key 缺失、无效或已停用 · api_key missing, invalid or revoked', ...errors },
        404: { description: '服务或资源不存在 · Unknown service or resource', ...errors },
      },
    },
  };
}
