import { z } from 'zod';

/**
 * GeoReport v2 answers (open311.format.ts). Each resource answers JSON or XML by the path's `.json`/`.xml`: the JSON
 * form is described in zod (and checked by the serializer), the XML form is the same tree as text/xml.
 */
export const open311Out = (description: string, json: z.ZodType) => ({
  description,
  content: { 'application/json': { schema: json }, 'text/xml': { schema: z.string().meta({ description: '同一结构的 XML · the same tree as XML' }) } },
});

const w3c = z.string().meta({ format: 'date-time', description: 'W3C datetime, +08:00' });

export const serviceOut = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.literal('realtime'),
  keywords: z.string(),
  group: z.string(),
});

export const discoveryOut = z.object({
  changeset: w3c.nullable(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(z.object({ specification: z.string(), url: z.string(), changeset: w3c.nullable(), type: z.string(), formats: z.array(z.string()) })),
});

export const serviceRequestOut = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string(),
  service_notice: z.string(),
  requested_datetime: w3c.nullable(),
  updated_datetime: w3c.nullable(),
  expected_datetime: w3c.nullable(),
  address: z.string(),
  address_id: z.string(),
  zipcode: z.string(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string(),
});

/** services.json, requests.json or discovery.json, as the path names. */
export const resourceOut = z.union([z.array(serviceOut), z.array(serviceRequestOut), discoveryOut]);

export const serviceDefinitionOut = z.object({
  service_code: z.string(),
  attributes: z.array(
    z.object({
      variable: z.boolean(),
      code: z.string(),
      datatype: z.string(),
      required: z.boolean(),
      datatype_description: z.string(),
      order: z.number().int(),
      description: z.string(),
      values: z.array(z.object({ key: z.string(), name: z.string() })),
    }),
  ),
});

export const serviceRequestsOut = z.array(serviceRequestOut);
export const tokenOut = z.array(z.object({ service_request_id: z.string(), token: z.string() }));
export const createdOut = z.array(z.object({ service_request_id: z.string(), service_notice: z.string(), account_id: z.null() }));

/** Every GeoReport error: an array of { code, description }. */
export const open311ErrorsOut = z.array(z.object({ code: z.number().int(), description: z.string() }));
