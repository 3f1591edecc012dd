import Fastify from 'fastify';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { responseSerializer } from './serializer.js';
import { countOut, dayOut, fileOut, instantOut } from './responses.js';

async function appWith(mode: 'strict' | 'lenient', answer: unknown) {
  const warnings: unknown[] = [];
  const app = Fastify();
  app.setSerializerCompiler(responseSerializer(mode, (...args) => warnings.push(args)) as never);
  const schema = z.object({ id: z.number(), at: instantOut, day: dayOut, note: z.string().nullable() });
  app.get('/x', { schema: { response: { 200: schema } } }, async () => answer);
  app.get('/file', { schema: { response: { 200: fileOut('text/csv', 'a file') } } }, async (_req, reply) => reply.type('text/csv').send(Buffer.from('a,b\n')));
  await app.ready();
  return { app, warnings };
}

describe('response serializer', () => {
  it('sends what the schema names, instants as ISO strings, and drops the rest', async () => {
    const { app } = await appWith('strict', { id: 1, at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), day: '2026-01-02', note: null, passwordHash: 'x' });
    const res = await app.inject('/x');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: 1, at: '2026-01-02T03:04:05.000Z', day: '2026-01-02', note: null });
    expect((await app.inject('/file')).body).toBe('a,b\n');
  });

  it('strict: an answer that breaks its schema fails the request', async () => {
    const { app } = await appWith('strict', { id: '1', at: new Date(), day: '2026-01-02', note: null });
    const res = await app.inject('/x');
    expect(res.statusCode).toBe(500);
  });

  it('lenient: the answer goes out as it is and the mismatch is logged by path only', async () => {
    const { app, warnings } = await appWith('lenient', { id: '1', at: new Date(0), day: '2026-01-02', note: null });
    const res = await app.inject('/x');
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe('1');
    expect(JSON.stringify(warnings)).toContain('"path":"id"');
    expect(JSON.stringify(warnings)).not.toContain('2026-01-02');
  });

  it('sends a count the database gave as text as a number, and refuses text that is not one', async () => {
    const app = Fastify();
    app.setSerializerCompiler(responseSerializer('strict', () => {}) as never);
    let answer: unknown = { n: '12' };
    app.get('/n', { schema: { response: { 200: z.object({ n: countOut }) } } }, async () => answer);
    await app.ready();
    expect((await app.inject('/n')).body).toBe('{"n":12}');
    answer = { n: 7 };
    expect((await app.inject('/n')).body).toBe('{"n":7}');
    answer = { n: 'many' };
    expect((await app.inject('/n')).statusCode).toBe(500);
  });

  it('a response in two content types: the JSON form is checked against its schema, the other goes out as the route wrote it', async () => {
    const app = Fastify();
    app.setSerializerCompiler(responseSerializer('strict', () => undefined) as never);
    const both = { description: 'JSON or XML', content: { 'application/json': { schema: z.array(z.object({ id: z.string() })) }, 'text/xml': { schema: z.string() } } };
    app.get<{ Params: { format: string } }>('/r/:format', { schema: { response: { 200: both } } }, async (req, reply) => {
      if (req.params.format === 'xml') return reply.header('content-type', 'text/xml; charset=utf-8').send('<r><id>1</id></r>');
      if (req.params.format === 'bad') return reply.header('content-type', 'application/json; charset=utf-8').send([{ id: 1 }]);
      return reply.header('content-type', 'application/json; charset=utf-8').send([{ id: '1', secret: 'x' }]);
    });
    await app.ready();
    expect((await app.inject('/r/json')).json()).toEqual([{ id: '1' }]);
    const xml = await app.inject('/r/xml');
    expect([xml.statusCode, xml.headers['content-type'], xml.body]).toEqual([200, 'text/xml; charset=utf-8', '<r><id>1</id></r>']);
    expect((await app.inject('/r/bad')).statusCode).toBe(500);
  });
});
