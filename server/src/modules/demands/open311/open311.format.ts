import { agencyName } from '../demands.access.js';
import { districtName, qingdao } from '../config/demands.reference.js';
import { openStatuses, type DemandStatus } from '../workflow/demands.machine.js';
import { stripXmlIllegal } from '../../../../../common/citizen-text.js';

/** GeoReport v2 representations (http://wiki.open311.org/GeoReport_v2): field names exactly as the specification spells them. */

export type Format = 'json' | 'xml';

/** 'requests.json' → ['requests', 'json']; anything else is not a GeoReport resource. */
export function splitFormat(file: string): { name: string; format: Format } | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { name: m[1], format: m[2] as Format } : null;
}

/** W3C datetime with the Asia/Shanghai offset, as the specification requires a timezone. */
export function w3c(v: string | Date | null): string | null {
  if (v == null) return null;
  const local = new Date(new Date(v).getTime() + 8 * 3600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

const singular: Record<string, string> = { services: 'service', service_requests: 'request', errors: 'error', attributes: 'attribute', values: 'value', endpoints: 'endpoint', formats: 'format' };

// Rows written before intake stripped them may still hold characters XML cannot carry: they are dropped here.
const escape = (s: string) => stripXmlIllegal(s).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

function node(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) return `<${name}>${value.map((v) => node(singular[name] ?? 'item', v)).join('')}</${name}>`;
  if (typeof value === 'object') return `<${name}>${Object.entries(value).map(([k, v]) => node(k, v)).join('')}</${name}>`;
  return `<${name}>${escape(String(value))}</${name}>`;
}

export function toXml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${node(root, value)}`;
}

export const contentType: Record<Format, string> = { json: 'application/json; charset=utf-8', xml: 'text/xml; charset=utf-8' };

export interface CategoryRow {
  code: string;
  name: string;
  response_value: number;
  response_unit: string;
  resolution_value: number;
  resolution_unit: string;
}

const groups: Record<string, string> = { emergency: '紧急求助', water: '市政公用', power: '市政公用', gas: '市政公用', heating: '市政公用', city_mgmt: '城市管理', roads: '城市管理', public_transit: '城市管理', parking: '城市管理', greening: '城市管理', construction_noise: '城市管理', environment: '城市管理' };
const unitText = (v: number, u: string) => (u === 'h' ? `${v}小时` : `${v}个工作日`);

export function service(c: CategoryRow) {
  return {
    service_code: c.code,
    service_name: c.name,
    description: `${c.name}：${unitText(c.response_value, c.response_unit)}内响应，${unitText(c.resolution_value, c.resolution_unit)}内办结`,
    metadata: true,
    type: 'realtime',
    keywords: c.name,
    group: groups[c.code] ?? '社会民生',
  };
}

/** Where it happened is part of every request here: the district decides who handles it. */
export function serviceDefinition(code: string) {
  return {
    service_code: code,
    attributes: [
      { variable: true, code: 'district_code', datatype: 'singlevaluelist', required: true, datatype_description: '区（市）行政区划代码', order: 1, description: '诉求发生地所在区（市）', values: qingdao.districts.map((d) => ({ key: d.code, name: d.name })) },
      { variable: true, code: 'street_code', datatype: 'singlevaluelist', required: false, datatype_description: '街道（镇）行政区划代码', order: 2, description: '诉求发生地所在街道（镇）', values: qingdao.streets.map((s) => ({ key: s.code, name: `${districtName.get(s.district) ?? ''}${s.name}` })) },
    ],
  };
}

export interface RequestRow {
  tracking_code: string;
  status: DemandStatus;
  category_code: string;
  category_name: string | null;
  description: string;
  org_id: number | null;
  org_name: string | null;
  answer: string | null;
  merged_into_code: string | null;
  address: string;
  lat: number | null;
  long: number | null;
  received_at: string | Date;
  updated_at: string | Date;
  resolution_due_at: string | Date;
  anonymised_at: string | Date | null;
}

export function open311Status(status: DemandStatus): 'open' | 'closed' {
  return openStatuses.includes(status) ? 'open' : 'closed';
}

export function serviceRequest(r: RequestRow) {
  const notes = r.merged_into_code ? `已与 ${r.merged_into_code} 合并办理` : r.answer ?? '';
  return {
    service_request_id: r.tracking_code,
    status: open311Status(r.status),
    status_notes: notes,
    service_name: r.category_name ?? r.category_code,
    service_code: r.category_code,
    description: r.anonymised_at ? '' : r.description,
    agency_responsible: r.org_id ? agencyName(r.org_name) : '',
    service_notice: '',
    requested_datetime: w3c(r.received_at),
    updated_datetime: w3c(r.updated_at),
    expected_datetime: open311Status(r.status) === 'open' ? w3c(r.resolution_due_at) : null,
    address: r.anonymised_at ? '' : r.address,
    address_id: '',
    zipcode: '',
    lat: r.lat,
    long: r.long,
    media_url: '',
  };
}
