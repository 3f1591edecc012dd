import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../server/src/kernel/db/client.js';
import { createTestApp, dbKind, type TestApp } from './harness.js';
import { seededRandom } from '../server/src/modules/learning/question-rules.js';
import { multipartBody } from './multipart.js';

/**
 * Schema-derived fuzzing: every operation of /api/openapi.json gets hostile values in each path parameter,
 * query parameter and JSON body field, one at a time, from a committee admin and from no one. Bad input must
 * answer 4xx: any 5xx fails, printed with the operation, the value and the body.
 * Deterministic: a seeded PRNG picks a fixed sample per operation.
 */

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  nullable?: boolean;
  default?: unknown;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Param = { name: string; in: string; required?: boolean; schema?: Schema };
type Operation = { parameters?: Param[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };

const SEED = 20261206;
// FUZZ_ALL=1 tries every case of every operation (minutes): for a deliberate hunt, not for the suite.
const ALL = process.env.FUZZ_ALL === '1' ? Infinity : 0;
// FUZZ_ONLY=/practice/ limits the run to the operations whose path holds that text.
const ONLY = process.env.FUZZ_ONLY ?? '';
const ADMIN_CASES_PER_OP = ALL || 32;
const ANON_CASES_PER_PUBLIC_OP = ALL || 20;
const ANON_CASES_PER_PRIVATE_OP = 2;

/** Operations left out, and why. */
const skipped: Array<{ method: string; path: string; why: string }> = [
  { method: 'POST', path: '/api/v1/auth/logout', why: 'ends the session the fuzzer signs in with' },
  { method: 'POST', path: '/api/v1/auth/password', why: 'would change the password of the account the fuzzer signs in with' },
  { method: 'GET', path: '/api/v1/figures/stream', why: 'an event stream never ends; kernel/figures tests it over a real connection' },
];

/** The server's error in one line: the database's own message when a query failed. */
function serverError(err: Error | null): string {
  if (!err) return '(no error thrown)';
  const cause = (err as Error & { cause?: { message?: string; code?: string } }).cause;
  return (cause?.message ? `${cause.code ?? ''} ${cause.message}` : err.message.split('\n')[0]!).slice(0, 300);
}

type RawBody = { label: string; payload: Buffer; type: string };

/** Broken multipart bodies for upload operations: cut short, without a boundary, hostile names, not an image. */
function multipartBodies(): RawBody[] {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const whole = multipartBody(png, 'a.png', 'image/png');
  return [
    { label: 'cut short', payload: whole.payload.subarray(0, whole.payload.length - 30), type: whole.headers['content-type'] },
    { label: 'no boundary', payload: Buffer.from('x'), type: 'multipart/form-data' },
    { label: 'empty', payload: Buffer.alloc(0), type: whole.headers['content-type'] },
    { label: 'NUL in the file name', ...typed(multipartBody(png, 'a\u0000.png', 'image/png')) },
    { label: 'lone surrogate in a field', ...typed(multipartBody(png, 'a.png', 'image/png', { data: '\ud800', caption: '\ud800' })) },
    { label: 'image header only', ...typed(multipartBody(png, 'a.png', 'image/png', {}, 'photos')) },
  ];
}
const typed = (b: ReturnType<typeof multipartBody>) => ({ payload: b.payload, type: b.headers['content-type'] });

function shuffled<T>(items: T[], rnd: () => number): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const HUGE = 'x'.repeat(100_000);

/** Raw text for path and query strings; `raw` values are already percent-encoded. */
const textValues: Array<{ label: string; text: string; raw?: boolean }> = [
  { label: '2^31', text: '2147483648' },
  { label: '2^63', text: '9223372036854775808' },
  { label: '-1', text: '-1' },
  { label: '0', text: '0' },
  { label: '1.5', text: '1.5' },
  { label: '1e400', text: '1e400' },
  { label: 'NaN', text: 'NaN' },
  { label: 'word', text: 'abc' },
  { label: 'empty', text: '' },
  { label: 'NUL', text: 'a\u0000b' },
  { label: 'lone surrogate', text: '%ED%A0%80', raw: true },
  { label: 'bad percent', text: '%E0%A4%A', raw: true },
  { label: '100k chars', text: HUGE },
  { label: 'date 2026-13-45', text: '2026-13-45' },
  { label: 'date 2026-02-30', text: '2026-02-30' },
  { label: 'month 2026-00', text: '2026-00' },
];

/** JSON values for body fields. */
const jsonValues: Array<{ label: string; value: unknown }> = [
  { label: 'null', value: null },
  { label: 'array', value: [] },
  { label: 'object', value: {} },
  { label: 'true', value: true },
  { label: '2^31', value: 2 ** 31 },
  { label: '2^63', value: 2 ** 63 },
  { label: '-2^31-1', value: -(2 ** 31) - 1 },
  { label: '-1', value: -1 },
  { label: '1.5', value: 1.5 },
  { label: '1e308', value: 1e308 },
  { label: '"2^31"', value: '2147483648' },
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'lone surrogate', value: 'a\ud800b' },
  { label: '100k chars', value: HUGE },
  { label: 'empty string', value: '' },
  { label: 'date 2026-13-45', value: '2026-13-45' },
  { label: 'date 2026-02-30', value: '2026-02-30' },
  { label: 'datetime 2026-02-30', value: '2026-02-30T10:00:00Z' },
  { label: 'array of NUL', value: ['\u0000'] },
  { label: 'array of 2^31', value: [2 ** 31] },
];

/**
 * Routes that document no query or body (Open311 reads its own form-encoded parameters) are probed with these names,
 * in the query and, for POST, in a form-encoded body.
 */
const probeNames = ['service_request_id', 'service_code', 'start_date', 'end_date', 'status', 'api_key', 'lat', 'long', 'address_string', 'attribute[district_code]', 'description', 'phone', 'q', 'id'];

const wholeBodies: Array<{ label: string; value: unknown }> = [
  { label: 'empty object', value: {} },
  { label: 'array', value: [] },
  { label: 'null', value: null },
  { label: 'string', value: 'a\u0000' },
];

describe(`fuzzing every operation with hostile input (${dbKind})`, () => {
  let t: TestApp;
  let lastError: Error | null = null;
  let doc: { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };
  beforeAll(async () => {
    // The server's own error for each 5xx, to print beside it (the test app logs nothing).
    t = await createTestApp({}, { beforeReady: (app) => app.addHook('onError', async (_req, _reply, err) => void (lastError = err)) });
    doc = (await t.anonymous().get('/api/openapi.json')).json();
  });
  afterAll(() => t?.close());

  function resolve(s: Schema | undefined): Schema {
    let cur = s ?? {};
    for (let i = 0; cur.$ref && i < 10; i++) cur = doc.components?.schemas?.[cur.$ref.split('/').pop()!] ?? {};
    return cur;
  }

  /** A plausible value for a schema, so one field at a time can be made hostile. */
  function sample(s0: Schema | undefined, depth = 0): unknown {
    const s = resolve(s0);
    if (s.const !== undefined) return s.const;
    if (s.enum?.length) return s.enum[0];
    if (s.default !== undefined) return s.default;
    const alt = s.anyOf ?? s.oneOf;
    if (alt?.length) return sample(alt.find((x) => resolve(x).type !== 'null') ?? alt[0], depth);
    if (s.allOf?.length) return Object.assign({}, ...s.allOf.map((x) => sample(x, depth) as object));
    const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
    if (type === 'object' || s.properties) {
      const out: Record<string, unknown> = {};
      if (depth < 4) for (const k of s.required ?? []) out[k] = sample(s.properties?.[k], depth + 1);
      return out;
    }
    if (type === 'array') return s.minItems && depth < 4 ? Array.from({ length: s.minItems }, () => sample(s.items, depth + 1)) : [];
    if (type === 'integer' || type === 'number') return Math.max(s.minimum ?? 1, 1);
    if (type === 'boolean') return false;
    if (s.format === 'date-time') return '2026-05-01T08:00:00.000Z';
    if (s.format === 'date') return '2026-05-01';
    return 'a'.repeat(Math.max(s.minLength ?? 1, 1));
  }

  /** Dotted paths of the body's fields (objects' properties, first array items), to make hostile. */
  function fieldPaths(s0: Schema | undefined, prefix: string[] = [], depth = 0): string[][] {
    const s = resolve(s0);
    const alt = s.anyOf ?? s.oneOf ?? s.allOf;
    if (alt) return [...new Set(alt.flatMap((x) => fieldPaths(x, prefix, depth).map((p) => JSON.stringify(p))))].map((p) => JSON.parse(p));
    const out: string[][] = [];
    if (depth > 3) return out;
    for (const [k, v] of Object.entries(s.properties ?? {})) {
      out.push([...prefix, k]);
      out.push(...fieldPaths(v, [...prefix, k], depth + 1));
    }
    return out;
  }

  function withField(base: unknown, path: string[], value: unknown): unknown {
    const root = structuredClone(base ?? {}) as Record<string, unknown>;
    let cur = root;
    for (const k of path.slice(0, -1)) {
      if (typeof cur[k] !== 'object' || cur[k] === null || Array.isArray(cur[k])) cur[k] = {};
      cur = cur[k] as Record<string, unknown>;
    }
    cur[path[path.length - 1]!] = value;
    return root;
  }

  it('answers no 5xx to hostile path, query and body values, signed in or not', async () => {
    const started = Date.now();
    const rnd = seededRandom(SEED);
    let admin = await t.login('admin');
    const [other] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'member'`);
    const otherAccountId = other!.id;
    const anon = t.anonymous();
    const access = new Map(t.routes.map((r) => [`${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`, r.access]));
    const failures: string[] = [];
    const notes: string[] = [];
    let operations = 0;
    let tried = 0;
    let derived = 0;
    const contentTypes = new Set<string>();
    const timings: Array<{ op: string; ms: number }> = [];

    const ops = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/v1/') || p.startsWith('/open311/'))
      .flatMap(([path, byMethod]) => Object.entries(byMethod).map(([m, op]) => ({ method: m.toUpperCase(), path, op })))
      .filter((o) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(o.method) && o.path.includes(ONLY))
      .sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));

    for (const { method, path, op } of ops) {
      const skip = skipped.find((s) => s.method === method && s.path === path);
      if (skip) {
        notes.push(`skipped ${method} ${path}: ${skip.why}`);
        continue;
      }
      const content = op.requestBody?.content ?? {};
      for (const c of Object.keys(content)) contentTypes.add(c);
      const multipart = Object.keys(content).some((c) => c.startsWith('multipart/'));
      operations++;
      const params = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path');
      const queryParams = params.filter((p) => p.in === 'query');
      const bodySchema = content['application/json']?.schema;
      const basePath: Record<string, string> = {};
      for (const p of pathParams) {
        // Open311's {file} is a name with its format: without one, every request stops at 404 before reading anything.
        if (p.name === 'file' && path.startsWith('/open311/')) basePath[p.name] = 'requests.json';
        // Account operations work on another account: resetting the fuzzer's own password would end its session for good.
        else if (p.name === 'id' && path.startsWith('/api/v1/accounts/')) basePath[p.name] = String(otherAccountId);
        else basePath[p.name] = String(sample(p.schema));
      }
      const baseQuery: Record<string, string> = {};
      for (const p of queryParams.filter((q) => q.required)) baseQuery[p.name] = String(sample(p.schema));
      const baseBody = bodySchema ? sample(bodySchema) : undefined;

      type Case = { label: string; path: Record<string, string>; query: string; body: unknown; form?: string; raw?: RawBody };
      const enc = (v: { text: string; raw?: boolean }) => (v.raw ? v.text : encodeURIComponent(v.text));
      const qs = (q: Record<string, string>, extra = '') =>
        [...Object.entries(q).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`), extra].filter(Boolean).join('&');
      const cases: Case[] = [];
      for (const p of pathParams)
        for (const v of textValues) if (v.text !== '') cases.push({ label: `path ${p.name} = ${v.label}`, path: { ...basePath, [p.name]: enc(v) }, query: qs(baseQuery), body: baseBody });
      for (const p of queryParams) {
        const rest = { ...baseQuery };
        delete rest[p.name];
        for (const v of textValues) cases.push({ label: `query ${p.name} = ${v.label}`, path: basePath, query: qs(rest, `${encodeURIComponent(p.name)}=${enc(v)}`), body: baseBody });
        cases.push({ label: `query ${p.name} twice`, path: basePath, query: qs(rest, `${p.name}=1&${p.name}=2`), body: baseBody });
      }
      if (!queryParams.length && !bodySchema) {
        for (const name of probeNames)
          for (const v of textValues) {
            cases.push({ label: `undocumented query ${name} = ${v.label}`, path: basePath, query: `${encodeURIComponent(name)}=${enc(v)}`, body: undefined });
            if (method === 'POST') cases.push({ label: `form field ${name} = ${v.label}`, path: basePath, query: '', body: undefined, form: `api_key=x&service_code=x&${encodeURIComponent(name)}=${enc(v)}` });
          }
      }
      if (!bodySchema && ['POST', 'PUT', 'PATCH'].includes(method)) {
        // No JSON body documented (uploads read multipart themselves): a JSON body must not confuse the route either.
        for (const v of wholeBodies) cases.push({ label: `undocumented body = ${v.label}`, path: basePath, query: qs(baseQuery), body: v.value });
      }
      if (multipart) for (const v of multipartBodies()) cases.push({ label: `multipart body: ${v.label}`, path: basePath, query: qs(baseQuery), body: undefined, raw: v });
      if (bodySchema) {
        for (const f of fieldPaths(bodySchema))
          for (const v of jsonValues) cases.push({ label: `body ${f.join('.')} = ${v.label}`, path: basePath, query: qs(baseQuery), body: withField(baseBody, f, v.value) });
        for (const v of wholeBodies) cases.push({ label: `body = ${v.label}`, path: basePath, query: qs(baseQuery), body: v.value });
      }
      const opStarted = Date.now();
      const order = shuffled(cases, rnd);
      derived += cases.length;
      const isPublic = access.get(`${method} ${path}`) === 'public';
      const runs: Array<{ who: 'admin' | 'anonymous'; cases: Case[] }> = [
        { who: 'admin', cases: order.slice(0, ADMIN_CASES_PER_OP) },
        { who: 'anonymous', cases: order.slice(0, isPublic ? ANON_CASES_PER_PUBLIC_OP : ANON_CASES_PER_PRIVATE_OP) },
      ];
      for (const run of runs) {
        for (const c of run.cases) {
          const url = path.replace(/\{([A-Za-z]+)\}/g, (_, n: string) => (c.path[n] === basePath[n] ? encodeURIComponent(c.path[n]!) : c.path[n]!)) + (c.query ? `?${c.query}` : '');
          const who = run.who === 'admin' ? admin : anon;
          const hasBody = c.body !== undefined && method !== 'GET' && method !== 'DELETE';
          lastError = null;
          const res = await who.request({
            method: method as 'GET',
            url,
            ...(hasBody ? { payload: JSON.stringify(c.body), headers: { 'content-type': 'application/json' } } : {}),
            ...(c.form !== undefined ? { payload: c.form, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
            ...(c.raw ? { payload: c.raw.payload, headers: { 'content-type': c.raw.type } } : {}),
          });
          tried++;
          if (res.statusCode >= 500) failures.push(`${run.who} ${method} ${path} — ${c.label}\n    → ${res.statusCode} ${res.body.slice(0, 300)}\n    server: ${serverError(lastError)}`);
          if (run.who === 'admin' && res.statusCode === 401 && (await admin.get('/api/v1/auth/me')).statusCode === 401) {
            notes.push(`${method} ${path} (${c.label}) ended the admin session; signed in again`);
            admin = await t.login('admin');
          }
        }
      }
      timings.push({ op: `${method} ${path}`, ms: Date.now() - opStarted });
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    timings.sort((a, b) => b.ms - a.ms);
    console.log(`slowest: ${timings.slice(0, 5).map((x) => `${x.op} ${x.ms} ms`).join('; ')}`);
    console.log(`content types: ${[...contentTypes].join(', ')}`);
    for (const n of notes) console.log(n);
    for (const f of failures) console.log(`5xx: ${f}`);
    console.log(`fuzz (${dbKind}): ${operations} operations, ${derived} hostile values derived, ${tried} requests sent, ${failures.length} answered 5xx, ${seconds} s`);
    if (!ONLY) expect(operations).toBeGreaterThan(50);
    expect(failures, failures.join('\n')).toEqual([]);
  }, ALL ? 3_600_000 : 480_000);
});
