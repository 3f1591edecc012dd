import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../module.js';
import { AppError } from '../errors.js';
import { TopicCache } from '../cache/topic-cache.js';
import { scopeFor } from '../access/scope.js';
import { audit } from '../audit/audit.js';
import { requireAuth } from '../auth/auth-context.js';
import { idParams } from './org.dto.js';
import { createPersonBody, peopleQuery, peopleResponse, personItem, updatePersonBody } from './people.dto.js';
import { listPeople, personInScope, presentPerson } from './people.queries.js';
import { orgInScope } from './org.queries.js';
import { createPerson, updatePerson } from './commands/save-person.js';

const tags = ['people'];
type PeoplePermission = 'people.read' | 'people.read_full' | 'people.write';

export function peopleRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const listCache = new TopicCache<string>('people');
  const scope = (req: FastifyRequest, permission: PeoplePermission) => scopeFor(requireAuth(req.auth), permission);
  const found = async (req: FastifyRequest, id: number, permission: PeoplePermission) => {
    const person = await personInScope(db, id, scope(req, permission));
    if (!person) throw new AppError('not_found');
    return person;
  };

  app.get(
    '/api/v1/people',
    { config: { access: { permission: 'people.read' } }, schema: { tags, summary: '人员列表 People', querystring: peopleQuery, response: { 200: peopleResponse } } },
    async (req, reply) => {
      const s = scope(req, 'people.read');
      // Same scope and same query give the same page until a people or org write bumps the topic.
      const key = JSON.stringify([s.paths, req.query]);
      let body = listCache.get(key);
      if (!body) {
        const org = req.query.orgId ? await orgInScope(db, req.query.orgId, s) : undefined;
        if (req.query.orgId && !org) throw new AppError('not_found', [{ field: 'orgId', message: 'organisation not found' }]);
        body = JSON.stringify(peopleResponse.parse(await listPeople(db, s, req.query, org?.path)));
        listCache.set(key, body);
      }
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );

  app.get(
    '/api/v1/people/:id',
    { config: { access: { permission: 'people.read' } }, schema: { tags, summary: '人员（脱敏）Person, masked', params: idParams, response: { 200: personItem } } },
    async (req) => presentPerson(await found(req, req.params.id, 'people.read'), true),
  );

  app.get(
    '/api/v1/people/:id/full',
    {
      config: { access: { permission: 'people.read_full' } },
      schema: { tags, summary: '人员完整信息（留痕）Person, full record (audited)', params: idParams, response: { 200: personItem } },
    },
    async (req) => {
      const person = await found(req, req.params.id, 'people.read_full');
      await audit(db, req, { action: 'people.read_full', entity: 'person', entityId: person.id, orgId: person.org_id, orgPath: person.org_path, summary: person.name });
      return presentPerson(person, false);
    },
  );

  app.post(
    '/api/v1/people',
    { config: { access: { permission: 'people.write' }, invalidates: ['people'] }, schema: { tags, summary: '新增人员 Add person', body: createPersonBody, response: { 201: personItem } } },
    async (req, reply) => {
      const created = await createPerson(db, req, scope(req, 'people.write'), req.body);
      await ctx.events.publish('org.person_created', { personId: created.id, orgId: created.orgId });
      return reply.status(201).send(presentPerson(await found(req, created.id, 'people.write'), true));
    },
  );

  app.patch(
    '/api/v1/people/:id',
    {
      config: { access: { permission: 'people.write' }, invalidates: ['people', 'sessions'] },
      schema: { tags, summary: '修改人员 Update person', params: idParams, body: updatePersonBody, response: { 200: personItem } },
    },
    async (req) => {
      await updatePerson(db, req, scope(req, 'people.write'), req.params.id, req.body);
      return presentPerson(await found(req, req.params.id, 'people.write'), true);
    },
  );
}
